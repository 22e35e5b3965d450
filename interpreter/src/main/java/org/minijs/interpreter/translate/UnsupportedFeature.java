package org.minijs.interpreter.translate;

import org.minijs.ast.SourceSpan;

/**
 * A construct the parser accepts but the engine cannot run yet (or an early error found while translating).
 * The host reports it as a SyntaxError at the construct's position.
 */
public final class UnsupportedFeature extends RuntimeException {
    private final SourceSpan span;

    public UnsupportedFeature(String message, SourceSpan span) {
        super(message, null, false, false);
        this.span = span;
    }

    public SourceSpan span() {
        return span;
    }
}
