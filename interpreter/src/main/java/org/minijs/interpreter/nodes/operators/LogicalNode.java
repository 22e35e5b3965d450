package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;

/**
 * {@code && || ??}: the right operand runs only when the left does not decide. Resumable: a suspension in the
 * right operand is remembered so re-entry goes straight back into it.
 */
public final class LogicalNode extends JSNode {
    @Child private JSNode left;
    @Child private JSNode right;
    private final String operator;
    private final int resumeSlot;

    public LogicalNode(String operator, JSNode left, JSNode right, int resumeSlot) {
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (Resume.take(frame, resumeSlot) == null) {
            Object l = left.execute(frame);
            boolean decided = switch (operator) {
                case "&&" -> !JSRuntime.toBoolean(l);
                case "||" -> JSRuntime.toBoolean(l);
                default -> !JSRuntime.isNullish(l);
            };
            if (decided) {
                return l;
            }
        }
        if (resumeSlot < 0) {
            return right.execute(frame);
        }
        try {
            return right.execute(frame);
        } catch (SuspendException e) {
            Resume.save(frame, resumeSlot, Boolean.TRUE);
            throw e;
        }
    }
}
