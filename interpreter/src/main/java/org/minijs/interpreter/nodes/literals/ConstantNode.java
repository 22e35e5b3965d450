package org.minijs.interpreter.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;

/** A literal number, string, boolean, null or undefined. */
public final class ConstantNode extends JSNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public boolean producesUnboxedInts() {
        return value instanceof Integer || value instanceof Double; // let i = 0 starts an unboxed counter
    }
}
