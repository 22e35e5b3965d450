package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * CaseBlockEvaluation: tests the case clauses in order with strict equality (the default clause last), then
 * runs the bodies from the selected clause on, falling through; an unlabeled break ends the switch.
 * Resumable: the saved state says whether a test or a body suspended, which one, and the discriminant.
 */
public final class SwitchNode extends JSNode {
    @Child private JSNode discriminant;
    @Child private JSNode scopeEntry; // creates the case block's bindings; may be null
    @Children private final JSNode[] tests; // null entry: the default clause
    @Children private final JSNode[] bodies;
    private final int resumeSlot;

    public SwitchNode(JSNode discriminant, JSNode scopeEntry, JSNode[] tests, JSNode[] bodies, int resumeSlot) {
        this.discriminant = discriminant;
        this.scopeEntry = scopeEntry;
        this.tests = tests;
        this.bodies = bodies;
        this.resumeSlot = resumeSlot;
    }

    private record State(boolean inBody, int index, Object value) { }

    @Override
    public Object execute(VirtualFrame frame) {
        State saved = (State) Resume.take(frame, resumeSlot);
        Object value;
        int index = 0;
        boolean inBody = false;
        if (saved != null) {
            value = saved.value;
            index = saved.index;
            inBody = saved.inBody;
        } else {
            value = discriminant.execute(frame);
            if (scopeEntry != null) {
                scopeEntry.execute(frame);
            }
        }
        try {
            if (!inBody) {
                // the case tests in order, the default clause last; index is saved if a test suspends
                int defaultIndex = -1;
                int selected = -1;
                for (; index < tests.length; index++) {
                    if (tests[index] == null) {
                        continue;
                    }
                    if (JSRuntime.strictEquals(value, tests[index].execute(frame))) {
                        selected = index;
                        break;
                    }
                }
                for (int i = 0; i < tests.length && selected < 0; i++) {
                    if (tests[i] == null) {
                        defaultIndex = i;
                    }
                }
                index = selected >= 0 ? selected : defaultIndex;
                if (index < 0) {
                    return Undefined.INSTANCE;
                }
                inBody = true;
            }
            for (; index < bodies.length; index++) {
                bodies[index].execute(frame);
            }
        } catch (BreakException b) {
            if (b.label != null) {
                throw b;
            }
        } catch (SuspendException e) {
            if (resumeSlot >= 0) {
                Resume.save(frame, resumeSlot, new State(inBody, index, value));
            }
            throw e;
        }
        return Undefined.INSTANCE;
    }
}
