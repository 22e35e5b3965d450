package org.minijs.interpreter.async;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.promise.PromiseOperations;

/**
 * [[Call]] of an async function: the promise capability and the activation, then AsyncFunctionStart; returns
 * the promise. The body lives in a separate call target so that every resumption re-enters it the same way.
 */
public final class AsyncFunctionRootNode extends ResumableCallRootNode {
    public AsyncFunctionRootNode(TruffleLanguage<?> language, String name, SourceSection section,
                                 FrameDescriptor bodyDescriptor, int stateSlot, RootCallTarget body) {
        super(language, name, section, bodyDescriptor, stateSlot, body);
    }

    @Override
    protected Object start(JSRealm realm, VirtualFrame callFrame, MaterializedFrame bodyFrame) {
        AsyncFunctionFrame state = new AsyncFunctionFrame(realm, bodyFrame,
                PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm)), body,
                displayName());
        bodyFrame.setObject(stateSlot, state);
        state.start();
        return state.promise();
    }
}
