package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/** Scope entry for frame-slot bindings: var slots become undefined, let/const slots uninitialized (TDZ). */
public final class InitializeSlotsNode extends JSNode {
    private final int[] slots;
    private final boolean[] lexical;

    public InitializeSlotsNode(int[] slots, boolean[] lexical) {
        this.slots = slots;
        this.lexical = lexical;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (int i = 0; i < slots.length; i++) {
            frame.setObject(slots[i], lexical[i] ? TemporalDeadZone.UNINITIALIZED : Undefined.INSTANCE);
        }
        return Undefined.INSTANCE;
    }
}
