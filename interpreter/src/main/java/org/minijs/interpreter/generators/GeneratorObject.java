package org.minijs.interpreter.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSObject;

/**
 * A generator instance (§27.5): [[GeneratorState]] plus the resumable frame of its body. next/throw/return
 * are GeneratorResume and GeneratorResumeAbrupt: they re-enter the body call target with the same frame,
 * and the suspended yield receives the completion.
 */
public final class GeneratorObject extends JSObject {
    public enum State { SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED }

    /** How a suspended yield resumes: with a value, by throwing it, or by returning it. */
    public enum ResumeMode { NEXT, THROW, RETURN }

    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private State state = State.SUSPENDED_START;
    ResumeMode resumeMode = ResumeMode.NEXT;
    Object resumeValue;
    Object yieldedValue;

    public GeneratorObject(JSObject prototype, MaterializedFrame frame, RootCallTarget body) {
        super(prototype);
        this.frame = frame;
        this.body = body;
    }

    @Override
    public String className() {
        return "Generator";
    }

    public MaterializedFrame frame() {
        return frame;
    }

    public State state() {
        return state;
    }

    /** Runs FunctionDeclarationInstantiation (the body's prologue) up to the initial suspension. */
    void start() {
        state = State.EXECUTING;
        body.call(this);
        state = State.SUSPENDED_START;
    }

    /** GeneratorResume / GeneratorResumeAbrupt; returns the iterator result object. */
    @TruffleBoundary
    public Object resume(ResumeMode mode, Object value, org.minijs.interpreter.JSRealm realm) {
        if (state == State.EXECUTING) {
            throw Errors.typeError("Generator is already running");
        }
        if (state == State.SUSPENDED_START && mode != ResumeMode.NEXT) {
            state = State.COMPLETED;
        }
        if (state == State.COMPLETED) {
            if (mode == ResumeMode.THROW) {
                throw new JSException(value, null);
            }
            return org.minijs.interpreter.builtins.IteratorBuiltins.result(realm,
                    mode == ResumeMode.RETURN ? value : org.minijs.interpreter.values.Undefined.INSTANCE, true);
        }
        resumeMode = mode;
        resumeValue = value;
        state = State.EXECUTING;
        try {
            Object result = body.call(this);
            if (state == State.EXECUTING) {
                state = State.SUSPENDED_YIELD;
            }
            return result;
        } catch (JSException e) {
            state = State.COMPLETED;
            throw e;
        }
    }

    void complete() {
        state = State.COMPLETED;
    }
}
