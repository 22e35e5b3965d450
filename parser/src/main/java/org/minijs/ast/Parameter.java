package org.minijs.ast;

/** One formal parameter: {@code name}, {@code name = defaultValue} or {@code ...name}. */
public record Parameter(String name, Expression defaultValue, boolean rest, SourceSpan span) implements Node {
}
