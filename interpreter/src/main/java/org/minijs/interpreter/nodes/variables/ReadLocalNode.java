package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/**
 * Reads a binding held in a frame slot of the running function. {@link WriteLocalNode} keeps ints unboxed in
 * the slot; this node specializes on the slot's tag and hands them to typed parents (arithmetic, comparisons,
 * stores) through executeInt, so they never see a box. Only an object slot can hold the TDZ marker, so only
 * that specialization checks it.
 */
public abstract class ReadLocalNode extends JSNode {
    protected final int slot;
    private final String name;
    private final boolean checkTdz;

    protected ReadLocalNode(int slot, String name, boolean checkTdz) {
        this.slot = slot;
        this.name = name;
        this.checkTdz = checkTdz;
    }

    @Override
    public abstract int executeInt(VirtualFrame frame) throws UnexpectedResultException;

    @Override
    public boolean producesUnboxedInts() {
        return true;
    }

    @Specialization(guards = "frame.isInt(slot)")
    protected int readInt(VirtualFrame frame) {
        return frame.getInt(slot);
    }

    @Specialization(guards = "frame.isObject(slot)")
    protected Object readObject(VirtualFrame frame) {
        Object value = frame.getObject(slot);
        if (checkTdz && value == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Cannot access '" + name + "' before initialization", this);
        }
        if (value instanceof StringAccumulator accumulator) {
            return accumulator.toString(); // a string being built by AppendLocalNode
        }
        return value;
    }

    /** A slot never written (its tag still illegal): the frame's default value, as an object slot reads. */
    @Fallback
    protected Object readUnwritten(VirtualFrame frame) {
        return frame.getValue(slot);
    }
}
