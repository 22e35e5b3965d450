package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.values.Undefined;

/** CreatePerIterationEnvironment: each iteration of {@code for (let ...)} gets its own copy of the bindings. */
public final class CopyEnvironmentNode extends JSNode {
    private final int frameSlot;

    public CopyEnvironmentNode(int frameSlot) {
        this.frameSlot = frameSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        frame.setObject(frameSlot, ((Environment) frame.getObject(frameSlot)).copy());
        return Undefined.INSTANCE;
    }
}
