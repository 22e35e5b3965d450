package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.nodes.JSNode;

/**
 * {@code i++}, {@code --i} ... on a non-const binding in a frame slot: an int slot is updated in place,
 * unboxed; anything else (a boxed value, an overflow, the TDZ) takes the general update.
 */
public abstract class UpdateLocalNode extends JSNode {
    protected final int slot;
    private final int delta;
    private final boolean prefix;
    @Child private UpdateVariableNode general;

    protected UpdateLocalNode(int slot, int delta, boolean prefix, UpdateVariableNode general) {
        this.slot = slot;
        this.delta = delta;
        this.prefix = prefix;
        this.general = general;
    }

    @Override
    public abstract int executeInt(VirtualFrame frame) throws UnexpectedResultException;

    @Override
    public boolean producesUnboxedInts() {
        return true;
    }

    @Specialization(guards = "frame.isInt(slot)", rewriteOn = ArithmeticException.class)
    protected int updateInt(VirtualFrame frame) {
        int old = frame.getInt(slot);
        int updated = Math.addExact(old, delta);
        frame.setInt(slot, updated);
        return prefix ? updated : old;
    }

    @Specialization
    protected Object update(VirtualFrame frame) {
        return general.execute(frame);
    }
}
