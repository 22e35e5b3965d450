package org.minijs.ast;

/**
 * One class element. {@code key} is the literal name (without '#' for private names, which set
 * {@code privateName}); {@code computedKey} is used for {@code [expr]} keys. Methods and accessors carry
 * their function in {@code function}; fields carry an optional {@code initializer}; a static block
 * ({@code static { }}) is a STATIC_BLOCK whose body is the function's body. The constructor is the METHOD
 * named "constructor".
 */
public record ClassMember(Kind kind, boolean isStatic, String key, Expression computedKey, boolean privateName,
                          FunctionNode function, Expression initializer, SourceSpan span) implements Node {
    public enum Kind { METHOD, GETTER, SETTER, FIELD, STATIC_BLOCK }
}
