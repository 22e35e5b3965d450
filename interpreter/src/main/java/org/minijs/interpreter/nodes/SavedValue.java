package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;

/**
 * The two-operand case of the save-on-unwind protocol: evaluate a first operand, then a second one that may
 * suspend; if it does, keep the first value so that re-entry does not evaluate the first operand again.
 */
public final class SavedValue {
    private SavedValue() {
    }

    /** The first operand's value: restored after a suspension, else freshly evaluated. */
    public static Object first(VirtualFrame frame, int resumeSlot, JSNode first) {
        Object saved = Resume.take(frame, resumeSlot);
        return saved != null ? saved : first.execute(frame);
    }

    /** Evaluates {@code second}, saving {@code firstValue} if it suspends. */
    public static Object second(VirtualFrame frame, int resumeSlot, Object firstValue, JSNode second) {
        if (resumeSlot < 0) {
            return second.execute(frame);
        }
        try {
            return second.execute(frame);
        } catch (SuspendException e) {
            Resume.save(frame, resumeSlot, firstValue);
            throw e;
        }
    }
}
