package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.Set;

/**
 * while, do-while and for(;;) in one node: test, body, then the per-iteration step and update. Labels that
 * name this loop are in {@code labels}. Resumable: remembers the phase (test, body, update) that suspended.
 *
 * <p>The iterations run inside a Truffle {@link com.oracle.truffle.api.nodes.LoopNode}, so that the optimizing
 * runtime can compile a hot loop on its own (on-stack replacement) before its function has been called often
 * enough to be compiled. A resumed iteration, which starts in the middle, is finished before the loop node is
 * entered: every iteration the loop node runs starts at the test.
 */
public final class LoopNode extends JSNode {
    static final int TEST = 0;
    static final int BODY = 1;
    static final int UPDATE = 2;

    @Child private com.oracle.truffle.api.nodes.LoopNode loop;
    private final Iteration iteration; // the loop node's repeating node (its child), also run to finish a resumed iteration
    private final boolean testFirst;  // false for do-while
    private final int resumeSlot;

    public LoopNode(JSNode test, JSNode body, JSNode update, JSNode perIteration, boolean testFirst,
                    Set<String> labels, int resumeSlot) {
        this.iteration = new Iteration(test, body, update, perIteration, labels, resumeSlot);
        this.loop = Truffle.getRuntime().createLoopNode(iteration);
        this.testFirst = testFirst;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = Resume.take(frame, resumeSlot);
        int phase = saved != null ? (Integer) saved : testFirst ? TEST : BODY;
        if (phase == TEST || iteration.run(frame, phase)) {
            loop.execute(frame);
        }
        return Undefined.INSTANCE;
    }

    /** One iteration of the loop, from a given phase to the next test. */
    static final class Iteration extends Node implements RepeatingNode {
        @Child private JSNode test;       // null: always true
        @Child private JSNode body;
        @Child private JSNode update;     // null: none
        @Child private JSNode perIteration; // null, or the CreatePerIterationEnvironment step of for(let ...)
        private final Set<String> labels;
        private final int resumeSlot;

        Iteration(JSNode test, JSNode body, JSNode update, JSNode perIteration, Set<String> labels,
                  int resumeSlot) {
            this.test = test;
            this.body = body;
            this.update = update;
            this.perIteration = perIteration;
            this.labels = labels;
            this.resumeSlot = resumeSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            return run(frame, TEST);
        }

        /** Runs the rest of an iteration; false when the loop is over (its test failed or it was broken). */
        boolean run(VirtualFrame frame, int startPhase) {
            int phase = startPhase;
            try {
                if (phase == TEST) {
                    if (test != null && !JSRuntime.toBoolean(test.execute(frame))) {
                        return false;
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
                return true;
            } catch (BreakException b) {
                if (b.label == null || labels.contains(b.label)) {
                    return false;
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
