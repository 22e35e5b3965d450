package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue label?}: caught by the innermost loop, or the loop carrying that label. */
public final class ContinueException extends ControlFlowException {
    public final String label;

    public ContinueException(String label) {
        this.label = label;
    }
}
