package org.minijs.ast;

/** {@code target = init} inside a var/let/const declaration; {@code init} is null when absent. */
public record VariableDeclarator(Pattern target, Expression init, SourceSpan span) implements Node {

    /** A declarator of a plain name. */
    public VariableDeclarator(String name, Expression init, SourceSpan span) {
        this(new Pattern.Identifier(name, span), init, span);
    }

    /** The declared name when the target is a plain identifier, else null. */
    public String name() {
        return target instanceof Pattern.Identifier id ? id.name() : null;
    }
}
