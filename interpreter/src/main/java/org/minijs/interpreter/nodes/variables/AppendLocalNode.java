package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.operators.BinaryOperation;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/**
 * {@code s += x} or {@code s = s + x} as a statement (its value unused) on a let or var held in a frame slot.
 * While s holds a string and x is a primitive other than a symbol, x's string is appended to a
 * {@link StringAccumulator} kept in the slot, so a loop that builds a string copies it once instead of at
 * every step (V8 gets the same from its cons strings). In every other case (s in its TDZ or not a string, x an
 * object whose conversion runs code, a symbol) this is the ordinary addition and store: while s is not a
 * string, the ordinary compound assignment's own nodes, so numeric sums keep their int path.
 */
public final class AppendLocalNode extends JSNode {
    private final int slot;
    @Child private JSNode numeric; // the ordinary s = s + x nodes: numbers (unboxed ints), objects, the TDZ
    @Child private JSNode value;
    @Child private BinaryOperation add; // without children: applied to evaluated operands
    @Child private WriteLocalNode write;

    public AppendLocalNode(int slot, JSNode numeric, JSNode value, BinaryOperation add, WriteLocalNode write) {
        this.slot = slot;
        this.numeric = numeric;
        this.value = value;
        this.add = add;
        this.write = write;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
        if (!(old instanceof String) && !(old instanceof StringAccumulator)) {
            numeric.execute(frame); // a counter or a sum keeps its int path; the TDZ check is the read's
            return Undefined.INSTANCE;
        }
        StringAccumulator accumulator = old instanceof StringAccumulator a ? a : null;
        int lengthBefore = accumulator != null ? accumulator.length() : -1;
        Object v = value.execute(frame);
        // evaluating x may itself have appended to s (s += (s += 'y')): then s's value before is a prefix
        boolean unchanged = accumulator == null || accumulator.length() == lengthBefore;
        if (unchanged && !(v instanceof JSObject) && !(v instanceof Symbol)) {
            if (accumulator == null) {
                accumulator = new StringAccumulator((String) old);
            }
            accumulator.append(v instanceof String s ? s : JSRuntime.toString(v));
            frame.setObject(slot, accumulator);
            return Undefined.INSTANCE;
        }
        Object left = accumulator == null ? old : unchanged ? accumulator.toString() : accumulator.prefix(lengthBefore);
        write.executeWrite(frame, add.executeEvaluated(left, v));
        return Undefined.INSTANCE;
    }
}
