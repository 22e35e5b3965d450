package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.objects.Environment;

/**
 * Finds an environment statically: start from a scope's environment held in a frame slot of this function,
 * or from the closure the callee captured, then follow {@code hops} parent links.
 */
public final class EnvLocatorNode extends Node {
    private final int frameSlot; // -1: start at the callee's closure
    private final int hops;

    public EnvLocatorNode(int frameSlot, int hops) {
        this.frameSlot = frameSlot;
        this.hops = hops;
    }

    @ExplodeLoop
    public Environment execute(VirtualFrame frame) {
        Environment env = frameSlot >= 0 ? (Environment) frame.getObject(frameSlot) : Arguments.callee(frame).closure();
        for (int i = 0; i < hops; i++) {
            env = env.parent;
        }
        return env;
    }
}
