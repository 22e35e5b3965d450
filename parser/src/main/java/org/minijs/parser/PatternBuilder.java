package org.minijs.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.minijs.ast.Expression;
import org.minijs.ast.Pattern;
import org.minijs.ast.Property;
import org.minijs.ast.SourceSpan;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptParser.*;

/**
 * Destructuring, in its two forms.
 * <ul>
 *   <li>Binding patterns (declarations, parameters, catch and for-in/of heads) have grammar rules of their own
 *       and become {@link Pattern}s; each bound name is reported to a {@link Binder}, which declares it.</li>
 *   <li>Assignment patterns are parsed as the array / object literals that cover them. They stay
 *       expressions ({@code Assign("=", ArrayLiteral | ObjectLiteral, value)}), built here in "target mode",
 *       which accepts {@code {a = 1}} (as a property whose value is {@code Assign("=", a, 1)}) and rejects what
 *       no pattern can hold. {@link #toPattern} turns such a target into a Pattern for for-in/of heads.</li>
 * </ul>
 */
final class PatternBuilder {

    /** Declares one bound name. */
    @FunctionalInterface
    interface Binder {
        void bind(String name, Token at);
    }

    private static final String INVALID_TARGET = "Invalid destructuring assignment target";

    private final AstBuilder b;

    PatternBuilder(AstBuilder b) {
        this.b = b;
    }

    // ---- binding patterns ---------------------------------------------------------------------------------

    Pattern binding(BindingTargetContext ctx, Binder binder) {
        if (ctx.identifier() != null) {
            String name = b.bindingName(ctx.identifier());
            binder.bind(name, ctx.identifier().start);
            return new Pattern.Identifier(name, b.span(ctx));
        }
        if (ctx.objectBindingPattern() != null) {
            return objectBinding(ctx.objectBindingPattern(), binder);
        }
        return arrayBinding(ctx.arrayBindingPattern(), binder);
    }

    private Pattern objectBinding(ObjectBindingPatternContext ctx, Binder binder) {
        List<BindingPropertyContext> list = ctx.bindingProperty();
        List<Pattern.Property> props = new ArrayList<>(list.size());
        Pattern rest = null;
        for (int i = 0; i < list.size(); i++) {
            switch (list.get(i)) {
                case RestBindingPropertyContext r -> {
                    if (i != list.size() - 1 || commaFollows(r)) {
                        throw b.err("Rest element must be last element", r.start);
                    }
                    if (r.bindingTarget().identifier() == null) {
                        throw b.err("`...` must be followed by an identifier in declaration contexts",
                                r.bindingTarget().start);
                    }
                    rest = binding(r.bindingTarget(), binder);
                }
                case KeyedBindingPropertyContext k -> {
                    ExpressionBuilder.Key key = b.expressions.key(k.propertyName());
                    props.add(new Pattern.Property(key.name(), key.computed(), element(k.bindingElement(), binder),
                            b.span(k)));
                }
                case ShorthandBindingPropertyContext s -> {
                    String name = b.bindingName(s.identifier());
                    binder.bind(name, s.identifier().start);
                    Pattern value = new Pattern.Identifier(name, b.span(s.identifier()));
                    if (s.assignmentExpression() != null) {
                        value = new Pattern.Default(value, b.expressions.assignment(s.assignmentExpression()), b.span(s));
                    }
                    props.add(new Pattern.Property(name, null, value, b.span(s)));
                }
                default -> throw new IllegalStateException("unexpected binding property");
            }
        }
        return new Pattern.ObjectPattern(List.copyOf(props), rest, b.span(ctx));
    }

    private Pattern arrayBinding(ArrayBindingPatternContext ctx, Binder binder) {
        List<Pattern> elements = new ArrayList<>();
        Pattern rest = null;
        boolean slotFilled = false;
        int n = ctx.getChildCount();
        for (int i = 1; i < n - 1; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ArrayBindingItemContext item) {
                if (item.Ellipsis() != null) {
                    if (i != n - 2) {
                        throw b.err("Rest element must be last element", item.start);
                    }
                    rest = binding(item.bindingTarget(), binder);
                } else {
                    elements.add(element(item.bindingElement(), binder));
                }
                slotFilled = true;
            } else {
                if (!slotFilled) {
                    elements.add(null);
                }
                slotFilled = false;
            }
        }
        return new Pattern.ArrayPattern(Collections.unmodifiableList(elements), rest, b.span(ctx));
    }

    private Pattern element(BindingElementContext ctx, Binder binder) {
        Pattern target = binding(ctx.bindingTarget(), binder);
        if (ctx.assignmentExpression() == null) {
            return target;
        }
        return new Pattern.Default(target, b.expressions.assignment(ctx.assignmentExpression()), b.span(ctx));
    }

    /** Whether a ',' directly follows ctx in its parent (a trailing comma after a rest element). */
    private static boolean commaFollows(ParserRuleContext ctx) {
        ParserRuleContext parent = ctx.getParent();
        for (int i = 0; i < parent.getChildCount() - 1; i++) {
            if (parent.getChild(i) == ctx) {
                return parent.getChild(i + 1) instanceof TerminalNode t
                        && t.getSymbol().getType() == JavaScriptLexer.Comma;
            }
        }
        return false;
    }

    /** The names a pattern binds, in source order. */
    static void boundNames(Pattern p, List<String> out) {
        switch (p) {
            case null -> { }
            case Pattern.Identifier id -> out.add(id.name());
            case Pattern.ObjectPattern o -> {
                for (Pattern.Property prop : o.properties()) {
                    boundNames(prop.value(), out);
                }
                boundNames(o.rest(), out);
            }
            case Pattern.ArrayPattern a -> {
                for (Pattern e : a.elements()) {
                    boundNames(e, out);
                }
                boundNames(a.rest(), out);
            }
            case Pattern.Default d -> boundNames(d.target(), out);
            case Pattern.Property prop -> boundNames(prop.value(), out);
            case Pattern.Member m -> { }
        }
    }

    // ---- assignment patterns ------------------------------------------------------------------------------

    /** Whether ctx is an unparenthesized array or object literal, i.e. a destructuring assignment target. */
    boolean isLiteralTarget(ParserRuleContext ctx) {
        return literalOf(ctx) != null;
    }

    private static ParserRuleContext literalOf(ParserRuleContext ctx) {
        UnaryExpressionContext u = ExpressionBuilder.bareLhs(ctx);
        if (u == null || !u.New().isEmpty() || !u.suffix().isEmpty()) {
            return null;
        }
        PrimaryExpressionContext p = u.primaryExpression();
        if (p.arrayLiteral() != null) {
            return p.arrayLiteral();
        }
        return p.objectLiteral();
    }

    /** Builds the literal at ctx (see {@link #isLiteralTarget}) as an assignment target, checking it. */
    Expression assignmentPattern(ParserRuleContext ctx) {
        ParserRuleContext literal = literalOf(ctx);
        return literal instanceof ArrayLiteralContext a ? arrayTarget(a) : objectTarget((ObjectLiteralContext) literal);
    }

    private Expression arrayTarget(ArrayLiteralContext ctx) {
        List<Expression> elements = new ArrayList<>();
        boolean slotFilled = false;
        int n = ctx.getChildCount();
        for (int i = 1; i < n - 1; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ArrayElementContext el) {
                if (el.Ellipsis() != null) {
                    if (i != n - 2) {
                        throw b.err("Rest element must be last element", el.start);
                    }
                    elements.add(new Expression.Spread(restTarget(el.assignmentExpression(), true), b.span(el)));
                } else {
                    elements.add(elementTarget(el.assignmentExpression()));
                }
                slotFilled = true;
            } else {
                if (!slotFilled) {
                    elements.add(null);
                }
                slotFilled = false;
            }
        }
        return new Expression.ArrayLiteral(Collections.unmodifiableList(elements), b.span(ctx));
    }

    private Expression objectTarget(ObjectLiteralContext ctx) {
        List<PropertyDefinitionContext> defs = ctx.propertyDefinition();
        List<Property> props = new ArrayList<>(defs.size());
        for (int i = 0; i < defs.size(); i++) {
            PropertyDefinitionContext d = defs.get(i);
            SourceSpan sp = b.span(d);
            switch (d) {
                case PropertyAssignmentContext pa -> {
                    ExpressionBuilder.Key k = b.expressions.key(pa.propertyName());
                    props.add(new Property(Property.Kind.INIT, k.name(), k.computed(),
                            elementTarget(pa.assignmentExpression()), false, sp));
                }
                case ShorthandPropertyContext s -> {
                    Expression.Identifier id = shorthandTarget(s.identifier());
                    props.add(new Property(Property.Kind.INIT, id.name(), null, id, false, sp));
                }
                case CoverInitializedNameContext c -> {
                    Expression.Identifier id = shorthandTarget(c.identifier());
                    Expression init = b.expressions.assignment(c.assignmentExpression());
                    props.add(new Property(Property.Kind.INIT, id.name(), null,
                            new Expression.Assign("=", id, init, sp), false, sp));
                }
                case SpreadPropertyContext s -> {
                    if (i != defs.size() - 1 || commaFollows(s)) {
                        throw b.err("Rest element must be last element", s.start);
                    }
                    props.add(new Property(Property.Kind.SPREAD, null, null,
                            restTarget(s.assignmentExpression(), false), false, sp));
                }
                default -> throw b.err(INVALID_TARGET, d.start);
            }
        }
        return new Expression.ObjectLiteral(List.copyOf(props), b.span(ctx));
    }

    private Expression.Identifier shorthandTarget(IdentifierContext idCtx) {
        String name = b.identifierText(idCtx);
        b.checkIdentifierReference(name, idCtx.start);
        Expression.Identifier id = new Expression.Identifier(name, b.span(idCtx));
        b.expressions.checkStrictTargetName(id, idCtx.start);
        return id;
    }

    /** An element of an assignment pattern: a target, optionally with {@code = default}. */
    private Expression elementTarget(AssignmentExpressionContext a) {
        if (a.assignmentOperator() != null && a.assignmentOperator().Assign() != null) {
            Expression target = target(a.binaryExpression());
            Expression init = b.expressions.assignment(a.assignmentExpression(0));
            return new Expression.Assign("=", target, init, b.span(a));
        }
        if (a.arrowFunction() != null || a.yieldExpression() != null || a.QuestionMark() != null
                || a.assignmentOperator() != null) {
            throw b.err(INVALID_TARGET, a.start);
        }
        return target(a.binaryExpression());
    }

    /** The target of {@code ...x}: no default; in an object pattern no nested pattern either. */
    private Expression restTarget(AssignmentExpressionContext a, boolean patternAllowed) {
        if (a.binaryExpression() == null || a.QuestionMark() != null || a.assignmentOperator() != null) {
            throw b.err(INVALID_TARGET, a.start);
        }
        if (!patternAllowed && isLiteralTarget(a.binaryExpression())) {
            throw b.err("`...` must be followed by an assignable reference in assignment contexts", a.start);
        }
        return target(a.binaryExpression());
    }

    private Expression target(BinaryExpressionContext ctx) {
        if (isLiteralTarget(ctx)) {
            return assignmentPattern(ctx);
        }
        Expression e = b.expressions.binary(ctx);
        boolean simple = e instanceof Expression.Identifier || e instanceof Expression.PropertyAccess
                || e instanceof Expression.ElementAccess || e instanceof Expression.PrivateMember
                || e instanceof Expression.SuperMember;
        if (!simple || ExpressionBuilder.isOptionalChain(ctx)) {
            throw b.err(INVALID_TARGET, ctx.start);
        }
        b.expressions.checkStrictTargetName(e, ctx.start);
        return e;
    }

    /**
     * An assignment target (as built by {@link #assignmentPattern}) as a Pattern: literals become
     * Object/ArrayPatterns, {@code x = d} becomes a Default, and names and members become Pattern.Member.
     */
    Pattern toPattern(Expression e) {
        switch (e) {
            case Expression.ArrayLiteral a -> {
                List<Pattern> elements = new ArrayList<>();
                Pattern rest = null;
                for (Expression x : a.elements()) {
                    if (x instanceof Expression.Spread s) {
                        rest = toPattern(s.argument());
                    } else {
                        elements.add(x == null ? null : toPattern(x));
                    }
                }
                return new Pattern.ArrayPattern(Collections.unmodifiableList(elements), rest, a.span());
            }
            case Expression.ObjectLiteral o -> {
                List<Pattern.Property> props = new ArrayList<>();
                Pattern rest = null;
                for (Property p : o.properties()) {
                    if (p.kind() == Property.Kind.SPREAD) {
                        rest = toPattern(p.value());
                    } else {
                        props.add(new Pattern.Property(p.key(), p.computedKey(), toPattern(p.value()), p.span()));
                    }
                }
                return new Pattern.ObjectPattern(List.copyOf(props), rest, o.span());
            }
            case Expression.Assign as when as.operator().equals("=") -> {
                return new Pattern.Default(toPattern(as.target()), as.value(), as.span());
            }
            default -> {
                return new Pattern.Member(e, e.span());
            }
        }
    }
}
