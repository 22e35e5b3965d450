package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.AwaitingActivation;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.iteration.AsyncFromSyncIterator;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.Set;

/**
 * {@code for await (x of it)}: ForIn/OfBodyEvaluation with iteratorKind async. Each step awaits
 * {@code next()}'s result; an abrupt exit awaits {@code return()} (AsyncIteratorClose) before completing.
 * The node is its own suspension point: the saved state says which await (next or close) or which child
 * (binding or body) was running.
 */
public final class ForAwaitNode extends JSNode {
    private enum Phase { NEXT, AWAIT_NEXT, BIND, BODY, AWAIT_CLOSE }

    private record State(Phase phase, JSObject iterator, RuntimeException pending) { }

    @Child private JSNode subject;
    @Child private JSNode bind;
    @Child private JSNode body;
    private final int stateSlot;
    private final int valueSlot;
    private final Set<String> labels;
    private final int resumeSlot;

    public ForAwaitNode(JSNode subject, JSNode bind, JSNode body, int stateSlot, int valueSlot, Set<String> labels,
                        int resumeSlot) {
        this.subject = subject;
        this.bind = bind;
        this.body = body;
        this.stateSlot = stateSlot;
        this.valueSlot = valueSlot;
        this.labels = labels;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AwaitingActivation activation = (AwaitingActivation) frame.getObject(stateSlot);
        State saved = (State) Resume.take(frame, resumeSlot);
        Phase phase;
        JSObject iterator;
        RuntimeException pending = null;
        if (saved == null) {
            iterator = AsyncFromSyncIterator.getAsyncIterator(JSRealm.get(this), subject.execute(frame));
            phase = Phase.NEXT;
        } else {
            phase = saved.phase;
            iterator = saved.iterator;
            pending = saved.pending;
        }
        while (true) {
            switch (phase) {
                case NEXT -> {
                    Object next = iterator.get("next");
                    if (!(next instanceof JSFunction f)) {
                        throw Errors.typeError(JSRuntime.toString(next) + " is not a function", this);
                    }
                    return suspend(frame, activation, new State(Phase.AWAIT_NEXT, iterator, null), f.call(iterator));
                }
                case AWAIT_NEXT -> {
                    Object result = activation.takeResumeValue();
                    if (activation.resumeThrows()) {
                        throw new JSException(result, this);
                    }
                    if (!(result instanceof JSObject r)) {
                        throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object", this);
                    }
                    if (JSRuntime.toBoolean(r.get("done"))) {
                        return Undefined.INSTANCE;
                    }
                    frame.setObject(valueSlot, r.get("value"));
                    phase = Phase.BIND;
                }
                case BIND, BODY -> {
                    try {
                        if (phase == Phase.BIND) {
                            bind.execute(frame);
                            phase = Phase.BODY;
                        }
                        body.execute(frame);
                        phase = Phase.NEXT;
                    } catch (SuspendException e) {
                        Resume.save(frame, resumeSlot, new State(phase, iterator, null));
                        throw e;
                    } catch (ContinueException c) {
                        if (c.label != null && !labels.contains(c.label)) {
                            return close(frame, activation, iterator, c);
                        }
                        phase = Phase.NEXT;
                    } catch (JSException | ControlFlowException e) {
                        return close(frame, activation, iterator, (RuntimeException) e);
                    }
                }
                case AWAIT_CLOSE -> {
                    Object result = activation.takeResumeValue();
                    boolean threw = activation.resumeThrows();
                    if (pending instanceof JSException) {
                        throw pending; // a throw completion wins over whatever return() did
                    }
                    if (threw) {
                        throw new JSException(result, this);
                    }
                    if (!(result instanceof JSObject)) {
                        throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object", this);
                    }
                    return finish(pending);
                }
            }
        }
    }

    /** AsyncIteratorClose: call return() if present and await its result, then complete with {@code pending}. */
    private Object close(VirtualFrame frame, AwaitingActivation activation, JSObject iterator, RuntimeException pending) {
        Object ret;
        try {
            ret = iterator.get("return");
        } catch (JSException e) {
            throw pending instanceof JSException ? pending : e;
        }
        if (!(ret instanceof JSFunction f)) {
            return finish(pending);
        }
        Object inner;
        try {
            inner = f.call(iterator);
        } catch (JSException e) {
            throw pending instanceof JSException ? pending : e;
        }
        return suspend(frame, activation, new State(Phase.AWAIT_CLOSE, iterator, pending), inner);
    }

    private Object finish(RuntimeException pending) {
        if (pending instanceof BreakException b && (b.label == null || labels.contains(b.label))) {
            return Undefined.INSTANCE;
        }
        throw pending;
    }

    private Object suspend(VirtualFrame frame, AwaitingActivation activation, State state, Object awaited) {
        activation.await(awaited, getSourceSection());
        Resume.save(frame, resumeSlot, state);
        throw SuspendException.INSTANCE;
    }
}
