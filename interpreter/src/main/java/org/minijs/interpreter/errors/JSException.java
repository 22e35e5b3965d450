package org.minijs.interpreter.errors;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** A JavaScript exception in flight: {@code throw value} unwinds the Java stack with this. */
public final class JSException extends AbstractTruffleException {
    private final transient Object value;

    public JSException(Object value, Node location) {
        super(location);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public String getMessage() {
        return String.valueOf(value);
    }
}
