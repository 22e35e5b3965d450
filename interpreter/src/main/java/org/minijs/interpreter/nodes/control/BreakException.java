package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break label?}: caught by the innermost loop (unlabeled) or the statement with that label. */
public final class BreakException extends ControlFlowException {
    public final String label;

    public BreakException(String label) {
        this.label = label;
    }
}
