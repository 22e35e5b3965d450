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

/**
 * [[Call]] of a function whose body can suspend (async function, generator, async generator): allocates the
 * resumable frame (a materialized frame with the body's descriptor, holding the call's arguments) and lets
 * the subclass create the activation that drives the body call target.
 */
public abstract class ResumableCallRootNode extends JSRootNode {
    private final FrameDescriptor bodyDescriptor;
    protected final int stateSlot;
    protected final RootCallTarget body;

    protected ResumableCallRootNode(TruffleLanguage<?> language, String name, SourceSection section,
                                    FrameDescriptor bodyDescriptor, int stateSlot, RootCallTarget body) {
        super(language, new FrameDescriptor(), name, section);
        this.bodyDescriptor = bodyDescriptor;
        this.stateSlot = stateSlot;
        this.body = body;
    }

    @Override
    public final boolean isInternal() {
        return true;
    }

    @Override
    public final Object execute(VirtualFrame frame) {
        MaterializedFrame bodyFrame = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(), bodyDescriptor);
        return start(JSRealm.get(this), frame, bodyFrame);
    }

    /** Creates the activation, stores it in the state slot of {@code bodyFrame}, starts it, returns the result. */
    protected abstract Object start(JSRealm realm, VirtualFrame callFrame, MaterializedFrame bodyFrame);
}
