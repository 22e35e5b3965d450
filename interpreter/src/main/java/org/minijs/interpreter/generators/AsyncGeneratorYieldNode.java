package org.minijs.interpreter.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.values.Undefined;

/**
 * {@code yield v} in an async generator: Await(v), then AsyncGeneratorYield (settle the front request),
 * then AsyncGeneratorUnwrapYieldResumption on the next request's completion (a return awaits its value).
 * Three suspension points, told apart by the phase saved in the resume slot.
 */
public final class AsyncGeneratorYieldNode extends JSNode {
    private static final Integer AWAITING_OPERAND = 1;
    private static final Integer YIELDED = 2;
    private static final Integer AWAITING_RETURN = 3;

    @Child private JSNode operand; // null: yield undefined
    private final int stateSlot;
    private final int resumeSlot;

    public AsyncGeneratorYieldNode(JSNode operand, int stateSlot, int resumeSlot) {
        this.operand = operand;
        this.stateSlot = stateSlot;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AsyncGeneratorObject generator = (AsyncGeneratorObject) frame.getObject(stateSlot);
        Object phase = Resume.take(frame, resumeSlot);
        if (phase == null) {
            Object value = operand == null ? Undefined.INSTANCE : operand.execute(frame);
            return suspend(frame, generator, AWAITING_OPERAND, value);
        }
        if (phase == AWAITING_OPERAND) {
            Object value = generator.takeResumeValue();
            if (generator.resumeThrows()) {
                throw new JSException(value, this);
            }
            if (!generator.yielded(value)) {
                Resume.save(frame, resumeSlot, YIELDED);
                throw SuspendException.INSTANCE;
            }
            return unwrapResumption(frame, generator);
        }
        if (phase == YIELDED) {
            return unwrapResumption(frame, generator);
        }
        Object value = generator.takeResumeValue(); // AWAITING_RETURN
        if (generator.resumeThrows()) {
            throw new JSException(value, this);
        }
        throw new ReturnException(value);
    }

    private Object suspend(VirtualFrame frame, AsyncGeneratorObject generator, Integer phase, Object awaited) {
        generator.await(awaited, getSourceSection());
        Resume.save(frame, resumeSlot, phase);
        throw SuspendException.INSTANCE;
    }

    /** AsyncGeneratorUnwrapYieldResumption. */
    private Object unwrapResumption(VirtualFrame frame, AsyncGeneratorObject generator) {
        GeneratorObject.ResumeMode mode = generator.resumeMode;
        Object value = generator.takeResumeValue();
        switch (mode) {
            case THROW -> throw new JSException(value, this);
            case RETURN -> {
                return suspend(frame, generator, AWAITING_RETURN, value);
            }
            default -> {
                return value;
            }
        }
    }
}
