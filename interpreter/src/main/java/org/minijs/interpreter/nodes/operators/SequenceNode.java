package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;

/** The comma operator: every operand in order, the value of the last. */
public final class SequenceNode extends JSNode {
    @Child private OperandsNode operands;

    public SequenceNode(OperandsNode operands) {
        this.operands = operands;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] values = operands.executeValues(frame);
        return values[values.length - 1];
    }
}
