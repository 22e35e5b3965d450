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
        JSNode taken = branch ? consequent : alternate;
        if (taken == null) {
            return Undefined.INSTANCE;
        }
        if (resumeSlot < 0) {
            return taken.execute(frame);
        }
        try {
            return taken.execute(frame);
        } catch (SuspendException e) {
            Resume.save(frame, resumeSlot, branch);
            throw e;
        }
    }
}
