package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.Environment;

/**
 * Writes a binding in an environment (a scope closures capture); {@link #create} picks the node for a binding. {@link Mode#INITIALIZE} is the declaration itself (leaves the TDZ); {@link Mode#ASSIGN}
 * checks the TDZ; {@link Mode#CONST_ASSIGN} is an assignment to a const, a TypeError once initialized.
 */
public final class WriteVariableNode extends JSNode implements BindingWriter {
    public enum Mode { INITIALIZE, ASSIGN, CONST_ASSIGN }

    @Child private EnvLocatorNode env;
    @Child private JSNode value;
    private final int index;
    private final String name;
    private final Mode mode;

    /** A write of the binding at {@code index} of the located environment, or of frame slot {@code index}. */
    public static JSNode create(EnvLocatorNode env, int index, String name, JSNode value, Mode mode) {
        return env == null ? WriteLocalNode.create(index, name, mode, value)
                : new WriteVariableNode(env, index, name, value, mode);
    }

    private WriteVariableNode(EnvLocatorNode env, int index, String name, JSNode value, Mode mode) {
        this.env = env;
        this.index = index;
        this.name = name;
        this.value = value;
        this.mode = mode;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return write(frame, value.execute(frame));
    }

    /** Stores {@code v} with this node's checks; used by update expressions that compute the value. */
    @Override
    public Object write(VirtualFrame frame, Object v) {
        Environment e = env.execute(frame);
        if (mode != Mode.INITIALIZE) {
            Object old = e.slots[index];
            if (old == TemporalDeadZone.UNINITIALIZED) {
                throw Errors.referenceError("Cannot access '" + name + "' before initialization", this);
            }
            if (mode == Mode.CONST_ASSIGN) {
                throw Errors.typeError("Assignment to constant variable.", this);
            }
        }
        e.slots[index] = v;
        return v;
    }
}
