package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.SavedValue;

/** {@code left op right}: evaluates both operands in order, then applies the operation. Resumable. */
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
        return operation.execute(l, r);
    }
}
