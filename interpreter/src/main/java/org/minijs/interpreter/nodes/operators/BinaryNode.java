package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.SavedValue;

/**
 * {@code left op right} whose right operand may suspend: evaluates both operands in order, keeping the left
 * value across a suspension, then applies the operation. Operands that cannot suspend are the operation's own
 * children instead (see {@link BinaryOperation}).
 */
public final class BinaryNode extends JSNode {
    @Child private JSNode left;
    @Child private JSNode right;
    @Child private BinaryOperation operation;
    private final int resumeSlot;

    public BinaryNode(JSNode left, JSNode right, BinaryOperation operation, int resumeSlot) {
        this.left = left;
        this.right = right;
        this.operation = operation;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = SavedValue.first(frame, resumeSlot, left);
        Object r = SavedValue.second(frame, resumeSlot, l, right);
        return operation.executeEvaluated(l, r);
    }
}
