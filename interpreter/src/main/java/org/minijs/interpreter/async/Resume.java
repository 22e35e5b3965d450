package org.minijs.interpreter.async;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The save-on-unwind protocol of resumable nodes. A node on the path to a suspension point owns one frame
 * slot ({@code slot >= 0}); while the SuspendException unwinds through it, the node saves its progress there.
 * When the body is re-entered, the node takes (reads and clears) that state and continues where it was, so a
 * later fresh execution of the same node (the next loop iteration) starts clean. Nodes that cannot suspend
 * have slot -1 and never touch the frame.
 */
public final class Resume {
    private Resume() {
    }

    public static Object take(VirtualFrame frame, int slot) {
        if (slot < 0) {
            return null;
        }
        Object state = frame.getObject(slot);
        if (state != null) {
            frame.setObject(slot, null);
        }
        return state;
    }

    public static void save(VirtualFrame frame, int slot, Object state) {
        frame.setObject(slot, state);
    }
}
