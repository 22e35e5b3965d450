package org.minijs.ast;

/**
 * One member of an object literal. {@code key} is the literal name, or null when {@code computedKey} is used.
 * Kind INIT covers {@code a: 1}, shorthand {@code a} and methods {@code a() {}}; GET/SET are accessors; SPREAD
 * is {@code ...expr} with the expression in {@code value}.
 */
public record Property(Kind kind, String key, Expression computedKey, Expression value, boolean method,
                       SourceSpan span) implements Node {
    public enum Kind { INIT, GET, SET, SPREAD }
}
