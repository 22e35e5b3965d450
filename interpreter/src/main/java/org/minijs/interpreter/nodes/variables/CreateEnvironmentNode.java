package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.values.Undefined;

/**
 * Scope entry for a scope whose bindings a closure captures: a new Environment (parented to the enclosing
 * one) stored in the scope's frame slot. Slots start as undefined or, for let/const, uninitialized.
 */
public final class CreateEnvironmentNode extends JSNode {
    private final int frameSlot;
    private final boolean[] lexical;
    private final String[] names;
    @Child private EnvLocatorNode parent; // null: no enclosing environment

    public CreateEnvironmentNode(int frameSlot, boolean[] lexical, String[] names, EnvLocatorNode parent) {
        this.frameSlot = frameSlot;
        this.lexical = lexical;
        this.names = names;
        this.parent = parent;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Environment env = new Environment(lexical.length, parent == null ? null : parent.execute(frame), names);
        for (int i = 0; i < lexical.length; i++) {
            env.slots[i] = lexical[i] ? TemporalDeadZone.UNINITIALIZED : Undefined.INSTANCE;
        }
        frame.setObject(frameSlot, env);
        return Undefined.INSTANCE;
    }
}
