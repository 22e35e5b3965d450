package org.minijs.interpreter.async;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;

/**
 * {@code await operand}. First execution: evaluate the operand, subscribe the continuation (Await), mark this
 * await as the suspension point and unwind. Re-entry: the mark is found, and the await evaluates to the value
 * the promise fulfilled with, or throws the reason it rejected with.
 */
public final class AwaitNode extends JSNode {
    @Child private JSNode operand;
    private final int stateSlot;
    private final int resumeSlot;

    public AwaitNode(JSNode operand, int stateSlot, int resumeSlot) {
        this.operand = operand;
        this.stateSlot = stateSlot;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AwaitingActivation state = (AwaitingActivation) frame.getObject(stateSlot);
        if (Resume.take(frame, resumeSlot) != null) {
            Object value = state.takeResumeValue();
            if (state.resumeThrows()) {
                throw new JSException(value, this);
            }
            return value;
        }
        Object value = operand.execute(frame);
        state.await(value, getSourceSection());
        Resume.save(frame, resumeSlot, Boolean.TRUE);
        throw SuspendException.INSTANCE;
    }
}
