package org.minijs.interpreter.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.iteration.AsyncFromSyncIterator;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/**
 * {@code yield* iterable} in an async generator: the inner iterator is async (GetIterator(value, async)); each
 * of its results is awaited, its value handed to AsyncGeneratorYield, and the completion of the next request
 * (next, throw or return) forwarded to the inner iterator. The saved state says which await or yield the
 * node is parked at, the inner iterator and the completion being forwarded.
 */
public final class AsyncYieldStarNode extends JSNode {
    /**
     * Parked at: the await of an inner result, a yield of its value, the await of a return request's value
     * before it is forwarded (AsyncGeneratorUnwrapYieldResumption), or the await of a value being returned.
     */
    private enum Phase { AWAIT_INNER, YIELDED, AWAIT_RECEIVED_RETURN, AWAIT_RETURN }

    private record State(Phase phase, JSObject iterator, GeneratorObject.ResumeMode mode) { }

    @Child private JSNode iterable;
    private final int stateSlot;
    private final int resumeSlot;

    public AsyncYieldStarNode(JSNode iterable, int stateSlot, int resumeSlot) {
        this.iterable = iterable;
        this.stateSlot = stateSlot;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AsyncGeneratorObject generator = (AsyncGeneratorObject) frame.getObject(stateSlot);
        State state = (State) Resume.take(frame, resumeSlot);
        if (state == null) {
            JSObject iterator = AsyncFromSyncIterator.getAsyncIterator(JSRealm.get(this), iterable.execute(frame));
            return forward(frame, generator, iterator, GeneratorObject.ResumeMode.NEXT, Undefined.INSTANCE);
        }
        if (state.phase == Phase.YIELDED) {
            return received(frame, generator, state.iterator);
        }
        if (state.phase == Phase.AWAIT_RECEIVED_RETURN) {
            boolean threw = generator.resumeThrows();
            Object value = generator.takeResumeValue();
            return forward(frame, generator, state.iterator,
                    threw ? GeneratorObject.ResumeMode.THROW : GeneratorObject.ResumeMode.RETURN, value);
        }
        Object result = generator.takeResumeValue(); // AWAIT_INNER or AWAIT_RETURN: the awaited value arrived
        if (generator.resumeThrows()) {
            throw new JSException(result, this);
        }
        if (state.phase == Phase.AWAIT_RETURN) {
            throw new ReturnException(result);
        }
        if (!(result instanceof JSObject r)) {
            throw Errors.typeError("Iterator result " + JSRuntime.toString(result) + " is not an object", this);
        }
        if (JSRuntime.toBoolean(r.get("done"))) {
            Object value = r.get("value");
            if (state.mode == GeneratorObject.ResumeMode.RETURN) {
                throw new ReturnException(value);
            }
            return value;
        }
        if (generator.yielded(r.get("value"))) {
            return received(frame, generator, state.iterator); // another request is already queued
        }
        Resume.save(frame, resumeSlot, new State(Phase.YIELDED, state.iterator, state.mode));
        throw SuspendException.INSTANCE;
    }

    /**
     * The completion of the request that resumed the yield: next and throw go to the inner iterator at once; a
     * return's value is awaited first (AsyncGeneratorYield unwraps a return resumption with Await).
     */
    private Object received(VirtualFrame frame, AsyncGeneratorObject generator, JSObject iterator) {
        GeneratorObject.ResumeMode mode = generator.resumeMode;
        Object value = generator.takeResumeValue();
        if (mode != GeneratorObject.ResumeMode.RETURN) {
            return forward(frame, generator, iterator, mode, value);
        }
        generator.await(value, getSourceSection());
        Resume.save(frame, resumeSlot, new State(Phase.AWAIT_RECEIVED_RETURN, iterator, mode));
        throw SuspendException.INSTANCE;
    }

    /** Calls next/throw/return on the inner iterator and awaits the result. */
    private Object forward(VirtualFrame frame, AsyncGeneratorObject generator, JSObject iterator,
                           GeneratorObject.ResumeMode mode, Object received) {
        JSFunction method;
        try {
            method = Delegation.innerMethod(iterator, mode, received, this);
        } catch (ReturnException noReturnMethod) {
            return awaitReturn(frame, generator, iterator, noReturnMethod.value); // yield* step 7.c.iii.2
        }
        Object inner = method.call(iterator, received);
        generator.await(inner, getSourceSection());
        Resume.save(frame, resumeSlot, new State(Phase.AWAIT_INNER, iterator, mode));
        throw SuspendException.INSTANCE;
    }

    /** In an async generator a return completion of yield* first awaits its value, as {@code return v} does. */
    private Object awaitReturn(VirtualFrame frame, AsyncGeneratorObject generator, JSObject iterator, Object value) {
        generator.await(value, getSourceSection());
        Resume.save(frame, resumeSlot, new State(Phase.AWAIT_RETURN, iterator, GeneratorObject.ResumeMode.RETURN));
        throw SuspendException.INSTANCE;
    }
}
