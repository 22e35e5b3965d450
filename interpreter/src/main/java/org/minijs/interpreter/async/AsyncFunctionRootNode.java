package org.minijs.interpreter.async;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.promise.PromiseOperations;

/**
 * [[Call]] of an async function: allocates the resumable frame (a materialized frame with the body's
 * descriptor), creates the promise capability, runs AsyncFunctionStart and returns the promise. The body
 * itself lives in a separate call target so that every resumption re-enters it the same way.
 */
public final class AsyncFunctionRootNode extends JSRootNode {
    private final FrameDescriptor bodyDescriptor;
    private final int stateSlot;
    private final RootCallTarget body;

    public AsyncFunctionRootNode(TruffleLanguage<?> language, String name, SourceSection section,
                                 FrameDescriptor bodyDescriptor, int stateSlot, RootCallTarget body) {
        super(language, new FrameDescriptor(), name, section);
        this.bodyDescriptor = bodyDescriptor;
        this.stateSlot = stateSlot;
        this.body = body;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSRealm realm = JSRealm.get(this);
        MaterializedFrame bodyFrame = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), bodyDescriptor);
        AsyncFunctionFrame state = new AsyncFunctionFrame(realm, bodyFrame,
                PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm)), body,
                displayName());
        bodyFrame.setObject(stateSlot, state);
        state.start();
        return state.promise();
    }
}
