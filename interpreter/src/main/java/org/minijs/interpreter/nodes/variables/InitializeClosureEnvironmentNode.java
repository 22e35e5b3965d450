package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.values.Undefined;

/** A module body's entry: the environment the host allocated gets undefined (var) or uninitialized (let/const). */
public final class InitializeClosureEnvironmentNode extends JSNode {
    private final boolean[] lexical;

    public InitializeClosureEnvironmentNode(boolean[] lexical) {
        this.lexical = lexical;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Environment env = Arguments.callee(frame).closure();
        for (int i = 0; i < lexical.length; i++) {
            env.slots[i] = lexical[i] ? TemporalDeadZone.UNINITIALIZED : Undefined.INSTANCE;
        }
        return Undefined.INSTANCE;
    }
}
