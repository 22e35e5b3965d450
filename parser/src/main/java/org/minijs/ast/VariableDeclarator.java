package org.minijs.ast;

/** {@code name = init} inside a var/let/const declaration; {@code init} is null when absent. */
public record VariableDeclarator(String name, Expression init, SourceSpan span) implements Node {
}
