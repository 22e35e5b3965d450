package org.minijs.interpreter.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.AwaitingActivation;
import org.minijs.interpreter.builtins.IteratorBuiltins;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayDeque;

/**
 * An async generator instance (§27.6): [[AsyncGeneratorState]], [[AsyncGeneratorQueue]] of requests, and the
 * resumable frame of its body, which can suspend both at await (waiting for a promise) and at yield (waiting
 * for the next request). Names follow the spec: AsyncGeneratorEnqueue, AsyncGeneratorResumeNext pieces,
 * AsyncGeneratorCompleteStep, AsyncGeneratorDrainQueue, AsyncGeneratorAwaitReturn.
 */
public final class AsyncGeneratorObject extends JSObject implements AwaitingActivation {
    public enum State { SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, AWAITING_RETURN, COMPLETED }

    /** AsyncGeneratorRequest Record: the completion to deliver and the capability of the promise handed out. */
    record Request(GeneratorObject.ResumeMode mode, Object value, PromiseCapability capability) { }

    private final JSRealm realm;
    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    State state = State.SUSPENDED_START;
    /** What the next re-entry of the body delivers: from an await (value/throw) or from a request. */
    GeneratorObject.ResumeMode resumeMode = GeneratorObject.ResumeMode.NEXT;
    Object resumeValue = Undefined.INSTANCE;
    /** True when the body is re-entered by an await continuation rather than by a request. */
    boolean resumingFromAwait;

    public AsyncGeneratorObject(JSRealm realm, JSObject prototype, MaterializedFrame frame, RootCallTarget body) {
        super(prototype);
        this.realm = realm;
        this.frame = frame;
        this.body = body;
    }

    @Override
    public String className() {
        return "AsyncGenerator";
    }

    public MaterializedFrame frame() {
        return frame;
    }

    void start() {
        state = State.EXECUTING;
        body.call(this);
        state = State.SUSPENDED_START;
    }

    // ---- requests ----------------------------------------------------------------------------------------

    /** AsyncGenerator.prototype.next/return/throw: AsyncGeneratorEnqueue and, if idle, resume. */
    @TruffleBoundary
    public Object enqueue(GeneratorObject.ResumeMode mode, Object value) {
        PromiseCapability capability = PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm));
        queue.addLast(new Request(mode, value, capability));
        if (state != State.EXECUTING && state != State.AWAITING_RETURN) {
            resumeNext();
        }
        return capability.promise();
    }

    /** Serves the request at the front of the queue, if the generator can take it now. */
    private void resumeNext() {
        while (!queue.isEmpty() && state != State.EXECUTING && state != State.AWAITING_RETURN) {
            Request next = queue.peekFirst();
            if (next.mode() != GeneratorObject.ResumeMode.NEXT && state == State.SUSPENDED_START) {
                state = State.COMPLETED;
            }
            if (state == State.COMPLETED) {
                if (next.mode() == GeneratorObject.ResumeMode.RETURN) {
                    awaitReturn(next.value());
                    return;
                }
                if (next.mode() == GeneratorObject.ResumeMode.THROW) {
                    completeStep(true, next.value(), true);
                } else {
                    completeStep(false, Undefined.INSTANCE, true);
                }
                continue;
            }
            // suspended at start or at a yield: deliver the completion to the body
            resumeMode = next.mode();
            resumeValue = next.value();
            resumingFromAwait = false;
            state = State.EXECUTING;
            body.call(this);
            return;
        }
    }

    /** AsyncGeneratorAwaitReturn: a return request on a completed generator awaits its value first. */
    private void awaitReturn(Object value) {
        state = State.AWAITING_RETURN;
        PromiseOperations.await(realm, value, v -> {
            state = State.COMPLETED;
            completeStep(false, v, true);
            resumeNext();
            return Undefined.INSTANCE;
        }, r -> {
            state = State.COMPLETED;
            completeStep(true, r, true);
            resumeNext();
            return Undefined.INSTANCE;
        });
    }

    /** AsyncGeneratorCompleteStep: settles the front request's promise. */
    void completeStep(boolean threw, Object value, boolean done) {
        Request request = queue.pollFirst();
        if (request == null) {
            return;
        }
        if (threw) {
            ((JSFunction) request.capability().reject()).call(Undefined.INSTANCE, value);
        } else {
            ((JSFunction) request.capability().resolve()).call(Undefined.INSTANCE,
                    IteratorBuiltins.result(realm, value, done));
        }
    }

    // ---- body events -----------------------------------------------------------------------------------

    /**
     * AsyncGeneratorYield after its await: completes the front request with {value, done: false}. Returns
     * true when another request is already queued (the body continues at once with its completion), false
     * when the generator must suspend until one arrives.
     */
    boolean yielded(Object value) {
        completeStep(false, value, false);
        Request next = queue.peekFirst();
        if (next == null) {
            state = State.SUSPENDED_YIELD;
            return false;
        }
        resumeMode = next.mode();
        resumeValue = next.value();
        return true;
    }

    /** The body completed normally (with a return value) or by a throw: settle, then drain the queue. */
    void bodyCompleted(boolean threw, Object value) {
        state = State.COMPLETED;
        completeStep(threw, value, true);
        resumeNext();
    }

    // ---- await -----------------------------------------------------------------------------------------

    @Override
    @TruffleBoundary
    public void await(Object value, SourceSection location) {
        PromiseOperations.await(realm, value, v -> resumeFromAwait(false, v), r -> resumeFromAwait(true, r));
    }

    private Object resumeFromAwait(boolean threw, Object value) {
        resumeMode = threw ? GeneratorObject.ResumeMode.THROW : GeneratorObject.ResumeMode.NEXT;
        resumeValue = value;
        resumingFromAwait = true;
        state = State.EXECUTING;
        body.call(this);
        return Undefined.INSTANCE;
    }

    @Override
    public Object takeResumeValue() {
        Object v = resumeValue;
        resumeValue = Undefined.INSTANCE;
        return v;
    }

    @Override
    public boolean resumeThrows() {
        return resumeMode == GeneratorObject.ResumeMode.THROW;
    }
}
