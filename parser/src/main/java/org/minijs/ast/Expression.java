package org.minijs.ast;

import java.util.List;

/** Expressions. Operators are kept as their source token so that messages and dumps read like the code. */
public sealed interface Expression extends Node {

    record NumberLiteral(double value, SourceSpan span) implements Expression { }

    record StringLiteral(String value, SourceSpan span) implements Expression { }

    record BooleanLiteral(boolean value, SourceSpan span) implements Expression { }

    record NullLiteral(SourceSpan span) implements Expression { }

    record RegExpLiteral(String pattern, String flags, SourceSpan span) implements Expression { }

    /** {@code quasis} are the cooked string pieces; there is always one more quasi than expressions. */
    record TemplateLiteral(List<String> quasis, List<Expression> expressions, SourceSpan span)
            implements Expression { }

    record Identifier(String name, SourceSpan span) implements Expression { }

    record This(SourceSpan span) implements Expression { }

    /** A null element is a hole ({@code [1, , 3]}). */
    record ArrayLiteral(List<Expression> elements, SourceSpan span) implements Expression { }

    record ObjectLiteral(List<Property> properties, SourceSpan span) implements Expression { }

    record Function(FunctionNode function, SourceSpan span) implements Expression { }

    /** Prefix operators: {@code - + ! ~ typeof void delete}. */
    record Unary(String operator, Expression argument, SourceSpan span) implements Expression { }

    /** {@code ++x}, {@code x--}, ... */
    record Update(String operator, boolean prefix, Expression target, SourceSpan span) implements Expression { }

    /** Arithmetic, bitwise, relational, equality, {@code in}, {@code instanceof}, {@code **}. */
    record Binary(String operator, Expression left, Expression right, SourceSpan span) implements Expression { }

    /** {@code && || ??}: the right side is evaluated only when needed. */
    record Logical(String operator, Expression left, Expression right, SourceSpan span) implements Expression { }

    /** {@code =}, and compound forms such as {@code +=} (operator kept whole, e.g. "+="). */
    record Assign(String operator, Expression target, Expression value, SourceSpan span) implements Expression { }

    record Conditional(Expression test, Expression consequent, Expression alternate, SourceSpan span)
            implements Expression { }

    record Call(Expression callee, List<Expression> arguments, boolean optional, SourceSpan span)
            implements Expression { }

    record New(Expression callee, List<Expression> arguments, SourceSpan span) implements Expression { }

    /** {@code object.name} (and {@code object?.name} when optional). */
    record PropertyAccess(Expression object, String name, boolean optional, SourceSpan span) implements Expression { }

    /** {@code object[index]} (and {@code object?.[index]} when optional). */
    record ElementAccess(Expression object, Expression index, boolean optional, SourceSpan span)
            implements Expression { }

    record Sequence(List<Expression> expressions, SourceSpan span) implements Expression { }

    record Await(Expression argument, SourceSpan span) implements Expression { }

    record Class(ClassNode classNode, SourceSpan span) implements Expression { }

    /** {@code yield argument} ({@code argument} may be null) and {@code yield* argument} (delegate). */
    record Yield(Expression argument, boolean delegate, SourceSpan span) implements Expression { }

    /**
     * {@code tag`...`}: the cooked strings (an entry is null where an escape is invalid), the raw strings, and
     * the substitutions.
     */
    record TaggedTemplate(Expression tag, List<String> cooked, List<String> raw, List<Expression> expressions,
                          SourceSpan span) implements Expression { }

    /** {@code super(args)} in a derived constructor. */
    record SuperCall(List<Expression> arguments, SourceSpan span) implements Expression { }

    /** {@code super.name} (computed null) or {@code super[computed]}. */
    record SuperMember(String name, Expression computed, SourceSpan span) implements Expression { }

    record NewTarget(SourceSpan span) implements Expression { }

    /** {@code object.#name}, or {@code object?.#name} (optional). */
    record PrivateMember(Expression object, String name, boolean optional, SourceSpan span) implements Expression { }

    /** {@code #name in object}. */
    record PrivateIn(String name, Expression object, SourceSpan span) implements Expression { }

    /**
     * The boundary of an optional chain: {@code a?.b.c()} is OptionalChain(Call(PropertyAccess(
     * PropertyAccess(a, b, optional), c), ...)). When an optional link finds null or undefined, the whole
     * chain evaluates to undefined.
     */
    record OptionalChain(Expression expression, SourceSpan span) implements Expression { }

    /** {@code ...argument} inside an array literal or a call's argument list. */
    record Spread(Expression argument, SourceSpan span) implements Expression { }
}
