package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/**
 * A sequence of statements (also a scope's entry steps followed by its body). Resumable: remembers the index
 * of the statement that suspended and restarts there.
 */
public final class BlockNode extends JSNode {
    @Children private final JSNode[] statements;
    private final int resumeSlot;

    public BlockNode(JSNode[] statements, int resumeSlot) {
        this.statements = statements;
        this.resumeSlot = resumeSlot;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        int start = 0;
        if (resumeSlot >= 0) {
            Object saved = Resume.take(frame, resumeSlot);
            if (saved != null) {
                start = (Integer) saved;
            }
        }
        Object last = Undefined.INSTANCE;
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            if (resumeSlot < 0) {
                last = statements[i].execute(frame);
            } else {
                try {
                    last = statements[i].execute(frame);
                } catch (SuspendException e) {
                    Resume.save(frame, resumeSlot, i);
                    throw e;
                }
            }
        }
        return last;
    }
}
