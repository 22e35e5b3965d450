package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the function root carrying the returned value. */
public final class ReturnException extends ControlFlowException {
    public final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }
}
