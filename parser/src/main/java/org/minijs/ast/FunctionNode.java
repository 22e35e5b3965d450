package org.minijs.ast;

import java.util.List;

/**
 * A function of any form: declaration, expression, arrow, method. For an arrow with an expression body,
 * {@code body} holds a single {@link Statement.Return} and {@code expressionBody} is true.
 * {@code name} is null for anonymous functions.
 */
public record FunctionNode(String name, List<Parameter> params, List<Statement> body, Kind kind, boolean async,
                           boolean generator, boolean expressionBody, boolean strict, SourceSpan span)
        implements Node {
    public enum Kind { NORMAL, ARROW, METHOD, GETTER, SETTER }

    public boolean isArrow() {
        return kind == Kind.ARROW;
    }
}
