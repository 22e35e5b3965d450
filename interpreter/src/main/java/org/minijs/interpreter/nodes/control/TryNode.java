package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/**
 * try/catch/finally with the spec's completion rules: the finally block runs after a normal, throw, return,
 * break or continue completion, and an abrupt completion of the finally block replaces the pending one.
 * Resumable: the saved state is the phase (try, catch, finally) and the completion pending for the finally.
 */
public final class TryNode extends JSNode {
    private static final int TRY = 0;
    private static final int CATCH = 1;
    private static final int FINALLY = 2;

    @Child private JSNode block;
    @Child private JSNode bindCatchParameter; // null when the catch has no binding; reads the caught value
    @Child private JSNode handler;  // null: no catch
    @Child private JSNode finalizer; // null: no finally
    private final int resumeSlot;
    private final int caughtValueSlot; // frame slot the catch binding reads the exception value from

    public TryNode(JSNode block, JSNode bindCatchParameter, JSNode handler, JSNode finalizer, int caughtValueSlot,
                   int resumeSlot) {
        this.block = block;
        this.bindCatchParameter = bindCatchParameter;
        this.handler = handler;
        this.finalizer = finalizer;
        this.caughtValueSlot = caughtValueSlot;
        this.resumeSlot = resumeSlot;
    }

    private record State(int phase, RuntimeException pending) { }

    @Override
    public Object execute(VirtualFrame frame) {
        int phase = TRY;
        RuntimeException pending = null; // a JSException or a ControlFlowException awaiting the finally
        Object saved = Resume.take(frame, resumeSlot);
        if (saved != null) {
            phase = ((State) saved).phase;
            pending = ((State) saved).pending;
        }
        try {
            if (phase == TRY) {
                try {
                    block.execute(frame);
                } catch (JSException e) {
                    if (handler != null) {
                        phase = CATCH;
                        enterCatch(frame, e);
                    } else {
                        pending = e;
                    }
                } catch (SuspendException e) {
                    throw e;
                } catch (ControlFlowException e) {
                    pending = (RuntimeException) e;
                }
                if (phase == TRY) {
                    phase = FINALLY;
                }
            }
            if (phase == CATCH) {
                try {
                    handler.execute(frame);
                } catch (SuspendException e) {
                    throw e;
                } catch (JSException | ControlFlowException e) {
                    if (finalizer == null) {
                        throw e;
                    }
                    pending = (RuntimeException) e;
                }
                phase = FINALLY;
            }
            if (finalizer != null) {
                finalizer.execute(frame);
            }
        } catch (SuspendException e) {
            if (resumeSlot >= 0) {
                Resume.save(frame, resumeSlot, new State(phase, pending));
            }
            throw e;
        }
        if (pending != null) {
            throw pending;
        }
        return Undefined.INSTANCE;
    }

    private void enterCatch(VirtualFrame frame, JSException e) {
        if (bindCatchParameter != null) {
            frame.setObject(caughtValueSlot, e.value());
            bindCatchParameter.execute(frame);
        }
    }
}
