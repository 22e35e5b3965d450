package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;

/**
 * Evaluates a list of operand expressions left to right into an array: the shared first step of calls,
 * array and template literals. Resumable: when an operand suspends, the values of the operands before it are
 * saved, and on re-entry evaluation continues with the operand that suspended.
 */
public final class OperandsNode extends JSNode {
    @Children private final JSNode[] operands;
    private final int resumeSlot;

    public OperandsNode(JSNode[] operands, int resumeSlot) {
        this.operands = operands;
        this.resumeSlot = resumeSlot;
    }

    private record Progress(Object[] values, int next) { }

    public int size() {
        return operands.length;
    }

    /** True when an operand may suspend; otherwise a parent may evaluate the operands one by one itself. */
    public boolean isResumable() {
        return resumeSlot >= 0;
    }

    public JSNode operand(int i) {
        return operands[i];
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeValues(frame);
    }

    @ExplodeLoop
    public Object[] executeValues(VirtualFrame frame) {
        Object[] values;
        int start = 0;
        Object saved = Resume.take(frame, resumeSlot);
        if (saved != null) {
            values = ((Progress) saved).values;
            start = ((Progress) saved).next;
        } else {
            values = new Object[operands.length];
        }
        for (int i = 0; i < operands.length; i++) {
            if (i < start) {
                continue;
            }
            if (resumeSlot < 0) {
                values[i] = operands[i].execute(frame);
            } else {
                try {
                    values[i] = operands[i].execute(frame);
                } catch (SuspendException e) {
                    Resume.save(frame, resumeSlot, new Progress(values, i));
                    throw e;
                }
            }
        }
        return values;
    }
}
