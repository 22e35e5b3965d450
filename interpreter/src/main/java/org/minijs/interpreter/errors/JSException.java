package org.minijs.interpreter.errors;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/** A JavaScript exception in flight: {@code throw value} unwinds the Java stack with this. */
public final class JSException extends AbstractTruffleException {
    private final transient Object value;
    private final boolean fromThrowStatement;

    public JSException(Object value, Node location) {
        this(value, location, false);
    }

    private JSException(Object value, Node location, boolean fromThrowStatement) {
        super(location);
        this.value = value;
        this.fromThrowStatement = fromThrowStatement;
    }

    /** The exception a {@code throw} statement raises: its position is where V8 reports the throw. */
    public static JSException thrownBy(Object value, Node throwStatement) {
        return new JSException(value, throwStatement, true);
    }

    public Object value() {
        return value;
    }

    /** The {@code throw} statement that raised this, or null for errors the engine raised itself. */
    public SourceSection throwStatement() {
        return fromThrowStatement && getLocation() != null ? getLocation().getSourceSection() : null;
    }

    @Override
    public String getMessage() {
        return String.valueOf(value);
    }
}
