package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/** Reads a binding from a frame slot ({@code env == null}) or from a captured environment. */
public final class ReadVariableNode extends JSNode {
    @Child private EnvLocatorNode env;
    private final int index;
    private final String name;
    private final boolean checkTdz;

    public ReadVariableNode(EnvLocatorNode env, int index, String name, boolean checkTdz) {
        this.env = env;
        this.index = index;
        this.name = name;
        this.checkTdz = checkTdz;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = env == null ? frame.getObject(index) : env.execute(frame).slots[index];
        if (checkTdz && value == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Cannot access '" + name + "' before initialization", this);
        }
        return value;
    }

    public String name() {
        return name;
    }
}
