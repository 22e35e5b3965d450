package org.minijs.interpreter.translate;

import org.minijs.ast.Expression;
import org.minijs.interpreter.values.NumberFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * How V8 names an expression in "x is not a function" and "x is not a constructor" (its CallPrinter): printed
 * from the tree rather than copied from the source, so line breaks, quotes and parentheses are normalized:
 * {@code o['a']} prints as {@code o.a}, a call as {@code f(...)}, a comma expression as {@code (0 , o.f)},
 * and any form it has no words for as {@code (intermediate value)}.
 */
final class CallPrinter {
    static final String INTERMEDIATE = "(intermediate value)";

    private CallPrinter() {
    }

    static String print(Expression e) {
        return switch (e) {
            case Expression.Identifier id -> id.name();
            case Expression.This t -> "this";
            case Expression.NewTarget t -> ".new.target";
            case Expression.NullLiteral n -> "null";
            case Expression.BooleanLiteral b -> String.valueOf(b.value());
            case Expression.NumberLiteral n -> NumberFormatter.toString(n.value());
            case Expression.StringLiteral s -> "\"" + s.value() + "\"";
            case Expression.TemplateLiteral t when t.expressions().isEmpty() -> "\"" + t.quasis().get(0) + "\"";
            case Expression.ObjectLiteral o when o.properties().isEmpty() -> "{}";
            case Expression.ArrayLiteral a -> {
                List<String> elements = new ArrayList<>();
                for (Expression x : a.elements()) {
                    elements.add(x == null ? "" : print(x));
                }
                yield "[" + String.join(",", elements) + "]";
            }
            case Expression.PropertyAccess p -> print(p.object()) + (p.optional() ? "?." : ".") + p.name();
            case Expression.PrivateMember p -> print(p.object()) + (p.optional() ? "?.#" : ".#") + p.name();
            case Expression.SuperMember s when s.computed() == null -> "super." + s.name();
            case Expression.ElementAccess el -> print(el.object()) + (el.optional() ? "?." : "") + key(el.index());
            case Expression.Call c -> print(c.callee()) + "(...)";
            case Expression.TaggedTemplate t -> print(t.tag()) + "(...)";
            case Expression.Sequence s -> {
                List<String> parts = new ArrayList<>();
                for (Expression x : s.expressions()) {
                    parts.add(print(x));
                }
                yield "(" + String.join(" , ", parts) + ")";
            }
            case Expression.Binary b -> "(" + print(b.left()) + " " + b.operator() + " " + print(b.right()) + ")";
            case Expression.Logical l -> "(" + print(l.left()) + " " + l.operator() + " " + print(l.right()) + ")";
            case Expression.Unary u -> "(" + u.operator() + (Character.isLetter(u.operator().charAt(0)) ? " " : "")
                    + print(u.argument()) + ")";
            default -> INTERMEDIATE;
        };
    }

    /** V8's subject for a call's result that is not iterable: "f is not a function or its return value". */
    static String callResult(Expression.Call c) {
        return print(c.callee()) + " is not a function or its return value";
    }

    /** A string key prints as a property name ("o.a b" is what V8 prints for o['a b']); others in brackets. */
    private static String key(Expression index) {
        return switch (index) {
            case Expression.StringLiteral s -> "." + s.value();
            case Expression.TemplateLiteral t when t.expressions().isEmpty() -> "." + t.quasis().get(0);
            default -> "[" + print(index) + "]";
        };
    }
}
