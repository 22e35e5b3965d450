package org.minijs.interpreter.async;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Thrown by an await (or yield) after it has registered the continuation: it unwinds the body to its
 * resumable root. Each resumable node it passes saves its own progress into its frame slot on the way out.
 */
public final class SuspendException extends ControlFlowException {
    public static final SuspendException INSTANCE = new SuspendException();

    private SuspendException() {
    }
}
