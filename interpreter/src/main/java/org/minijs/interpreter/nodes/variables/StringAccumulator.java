package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A string under construction by {@link AppendLocalNode}, held in the frame slot of the local that names it.
 * It never escapes the slot: {@link ReadLocalNode} hands out {@link #toString()}, which is cached until the
 * next append. Appends only ever grow it, so its length tells whether it changed.
 */
public final class StringAccumulator {
    private final StringBuilder builder;
    private String value;

    @TruffleBoundary
    StringAccumulator(String start) {
        this.builder = new StringBuilder(Math.max(16, start.length() * 2)).append(start);
        this.value = start;
    }

    int length() {
        return builder.length();
    }

    @TruffleBoundary
    void append(String piece) {
        builder.append(piece);
        value = null;
    }

    /** The string as it was when it had {@code length} chars. */
    @TruffleBoundary
    String prefix(int length) {
        return builder.substring(0, length);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        if (value == null) {
            value = builder.toString();
        }
        return value;
    }
}
