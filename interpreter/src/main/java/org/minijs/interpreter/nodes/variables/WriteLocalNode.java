package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.variables.WriteVariableNode.Mode;

/**
 * Writes a binding held in a frame slot of the running function. When the value child computes ints unboxed
 * (int arithmetic, a counter's update, an int literal, another unboxed local) the write specializes on int,
 * evaluates the child through executeInt and stores the int with its tag; other values, and every value from
 * a child that would only unbox an existing box (an argument, a property), are stored as objects. (Doubles
 * stay boxed: arithmetic hands them out boxed, as a number becomes an int whenever it is integral.) A slot's tag may therefore change from write to write; {@link ReadLocalNode} goes by
 * the tag it finds.
 */
@NodeChild(value = "value", type = JSNode.class)
public abstract class WriteLocalNode extends JSNode implements BindingWriter {
    protected final int slot;
    private final String name;
    private final Mode mode;
    protected final boolean unboxed;

    protected WriteLocalNode(int slot, String name, Mode mode, boolean unboxed) {
        this.slot = slot;
        this.name = name;
        this.mode = mode;
        this.unboxed = unboxed;
    }

    public static WriteLocalNode create(int slot, String name, Mode mode, JSNode value) {
        return WriteLocalNodeGen.create(slot, name, mode, value != null && value.producesUnboxedInts(), value);
    }

    /** Stores an already computed value (update expressions); the value child is not evaluated. */
    public abstract Object executeWrite(VirtualFrame frame, Object value);

    @Override
    public final Object write(VirtualFrame frame, Object value) {
        return executeWrite(frame, value);
    }

    @Specialization(guards = "unboxed")
    protected int writeInt(VirtualFrame frame, int value) {
        checkAssignable(frame);
        frame.setInt(slot, value);
        return value;
    }

    @Specialization(replaces = "writeInt")
    protected Object writeObject(VirtualFrame frame, Object value) {
        checkAssignable(frame);
        frame.setObject(slot, value);
        return value;
    }

    /** Assignments (not declarations) fail in the TDZ, and always for a const: PutValue on the binding. */
    private void checkAssignable(VirtualFrame frame) {
        if (mode == Mode.INITIALIZE) {
            return;
        }
        if (frame.isObject(slot) && frame.getObject(slot) == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Cannot access '" + name + "' before initialization", this);
        }
        if (mode == Mode.CONST_ASSIGN) {
            throw Errors.typeError("Assignment to constant variable.", this);
        }
    }
}
