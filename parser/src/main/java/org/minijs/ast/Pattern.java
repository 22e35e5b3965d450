package org.minijs.ast;

import java.util.List;

/**
 * Binding and assignment targets: a plain name, or destructuring. Declarations and parameters bind
 * {@link Identifier}s; destructuring assignment may also target members ({@link Member}).
 */
public sealed interface Pattern extends Node {

    record Identifier(String name, SourceSpan span) implements Pattern { }

    /** {@code { a, b: c, [k]: d = 1, ...rest }}; {@code rest} may be null. */
    record ObjectPattern(List<Property> properties, Pattern rest, SourceSpan span) implements Pattern { }

    /** One property of an object pattern: a literal key or a computed one, and the target (maybe a Default). */
    record Property(String key, Expression computedKey, Pattern value, SourceSpan span) implements Pattern { }

    /** {@code [a, , b = 2, ...rest]}; a null element is an elision; {@code rest} may be null. */
    record ArrayPattern(List<Pattern> elements, Pattern rest, SourceSpan span) implements Pattern { }

    /** {@code target = defaultValue}: the default applies when the value is undefined. */
    record Default(Pattern target, Expression defaultValue, SourceSpan span) implements Pattern { }

    /** A member expression as a destructuring-assignment target ({@code [o.x, a[i]] = ...}). */
    record Member(Expression target, SourceSpan span) implements Pattern { }
}
