package org.minijs.ast;

/**
 * Where a node starts in its source: 1-based line and column, plus the start and end (exclusive) character
 * offsets. Every AST node carries one, so errors and tracing can point at file:line:col.
 */
public record SourceSpan(int line, int column, int startOffset, int endOffset) {
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
