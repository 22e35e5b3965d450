package org.minijs.ast;

/** One formal parameter: {@code target}, {@code target = defaultValue} or {@code ...target}. */
public record Parameter(Pattern target, Expression defaultValue, boolean rest, SourceSpan span) implements Node {

    /** A parameter that binds a plain name. */
    public Parameter(String name, Expression defaultValue, boolean rest, SourceSpan span) {
        this(new Pattern.Identifier(name, span), defaultValue, rest, span);
    }

    /** The parameter's name when the target is a plain identifier, else null. */
    public String name() {
        return target instanceof Pattern.Identifier id ? id.name() : null;
    }
}
