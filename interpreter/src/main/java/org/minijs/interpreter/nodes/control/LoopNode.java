package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.Set;

/**
 * while, do-while and for(;;) in one node: test, body, then the per-iteration step and update. Labels that
 * name this loop are in {@code labels}. Resumable: remembers the phase (test, body, update) that suspended.
 */
public final class LoopNode extends JSNode {
    private static final int TEST = 0;
    private static final int BODY = 1;
    private static final int UPDATE = 2;

    @Child private JSNode test;       // null: always true
    @Child private JSNode body;
    @Child private JSNode update;     // null: none
    @Child private JSNode perIteration; // null, or the CreatePerIterationEnvironment step of for(let ...)
    private final boolean testFirst;  // false for do-while
    private final Set<String> labels;
    private final int resumeSlot;

    public LoopNode(JSNode test, JSNode body, JSNode update, JSNode perIteration, boolean testFirst,
                    Set<String> labels, int resumeSlot) {
        this.test = test;
        this.body = body;
        this.update = update;
        this.perIteration = perIteration;
        this.testFirst = testFirst;
        this.labels = labels;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = Resume.take(frame, resumeSlot);
        int phase = saved != null ? (Integer) saved : testFirst ? TEST : BODY;
        while (true) {
            try {
                if (phase == TEST) {
                    if (test != null && !JSRuntime.toBoolean(test.execute(frame))) {
                        return Undefined.INSTANCE;
                    }
                    phase = BODY;
                }
                if (phase == BODY) {
                    try {
                        body.execute(frame);
                    } catch (ContinueException c) {
                        if (c.label != null && !labels.contains(c.label)) {
                            throw c;
                        }
                    }
                    if (perIteration != null) {
                        perIteration.execute(frame);
                    }
                    phase = UPDATE;
                }
                if (update != null) {
                    update.execute(frame);
                }
                phase = TEST;
            } catch (BreakException b) {
                if (b.label == null || labels.contains(b.label)) {
                    return Undefined.INSTANCE;
                }
                throw b;
            } catch (SuspendException e) {
                if (resumeSlot >= 0) {
                    Resume.save(frame, resumeSlot, phase);
                }
                throw e;
            }
        }
    }
}
