package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** if/else and the conditional operator. Resumable: remembers which branch suspended. */
public final class IfNode extends JSNode {
    @Child private JSNode test;
    @Child private JSNode consequent;
    @Child private JSNode alternate; // may be null
    private final int resumeSlot;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(JSNode test, JSNode consequent, JSNode alternate, int resumeSlot) {
        this.test = test;
        this.consequent = consequent;
        this.alternate = alternate;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = Resume.take(frame, resumeSlot);
        boolean branch = saved != null ? (Boolean) saved : profile.profile(JSRuntime.toBoolean(test.execute(frame)));
        if (resumeSlot < 0) {
            return run(frame, branch);
        }
        try {
            return run(frame, branch);
        } catch (SuspendException e) {
            Resume.save(frame, resumeSlot, branch);
            throw e;
        }
    }

    /** Each branch is called through its own child field, so the compiler can inline both. */
    private Object run(VirtualFrame frame, boolean branch) {
        if (branch) {
            return consequent.execute(frame);
        }
        return alternate == null ? Undefined.INSTANCE : alternate.execute(frame);
    }
}
