package org.minijs.interpreter.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.values.Undefined;

/**
 * {@code yield operand} (and, with no operand and {@code initial}, the suspension at the start of a
 * generator body). Suspends like await; on re-entry the received completion is a value, a throw, or a
 * return that unwinds through the body's finally blocks.
 */
public final class YieldNode extends JSNode {
    @Child private JSNode operand; // null: yield undefined
    private final int stateSlot;
    private final int resumeSlot;

    public YieldNode(JSNode operand, int stateSlot, int resumeSlot) {
        this.operand = operand;
        this.stateSlot = stateSlot;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GeneratorObject generator = (GeneratorObject) frame.getObject(stateSlot);
        if (Resume.take(frame, resumeSlot) != null) {
            return received(generator, this);
        }
        generator.yieldedValue = operand == null ? Undefined.INSTANCE : operand.execute(frame);
        Resume.save(frame, resumeSlot, Boolean.TRUE);
        throw SuspendException.INSTANCE;
    }

    /** The completion a resumed yield evaluates to. */
    static Object received(GeneratorObject generator, JSNode location) {
        Object value = generator.resumeValue;
        generator.resumeValue = Undefined.INSTANCE;
        switch (generator.resumeMode) {
            case THROW -> throw new JSException(value, location);
            case RETURN -> throw new ReturnException(value);
            default -> {
                return value;
            }
        }
    }
}
