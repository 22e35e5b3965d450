package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/** Reads a binding from an environment (a scope closures capture); {@link #create} picks the node for a binding. */
public final class ReadVariableNode extends JSNode {
    @Child private EnvLocatorNode env;
    private final int index;
    private final String name;
    private final boolean checkTdz;

    /** A read of the binding at {@code index} of the located environment, or of frame slot {@code index}. */
    public static JSNode create(EnvLocatorNode env, int index, String name, boolean checkTdz) {
        return env == null ? ReadLocalNodeGen.create(index, name, checkTdz) : new ReadVariableNode(env, index, name, checkTdz);
    }

    private ReadVariableNode(EnvLocatorNode env, int index, String name, boolean checkTdz) {
        this.env = env;
        this.index = index;
        this.name = name;
        this.checkTdz = checkTdz;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = env.execute(frame).slots[index];
        if (checkTdz && value == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Cannot access '" + name + "' before initialization", this);
        }
        return value;
    }
}
