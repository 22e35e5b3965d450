package org.minijs.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Property;
import org.minijs.ast.SourceSpan;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptParser.*;

/**
 * Expressions: operators and their early errors (assignment targets, {@code **} and {@code ??} mixing,
 * {@code delete}), member / call chains with {@code new}, optional chains, {@code super}, {@code new.target},
 * private names, literals and object / array literals. Functions, classes, templates and destructuring
 * targets are handed to the builder and its other helpers.
 */
final class ExpressionBuilder {
    private final AstBuilder ast;

    ExpressionBuilder(AstBuilder ast) {
        this.ast = ast;
    }


    Expression expression(ExpressionContext ctx) {
        List<AssignmentExpressionContext> items = ctx.assignmentExpression();
        if (items.size() == 1) {
            return assignment(items.get(0));
        }
        List<Expression> exprs = new ArrayList<>(items.size());
        for (AssignmentExpressionContext a : items) {
            exprs.add(assignment(a));
        }
        return new Expression.Sequence(exprs, ast.span(ctx));
    }

    Expression assignment(AssignmentExpressionContext ctx) {
        if (ctx.arrowFunction() != null) {
            return ast.arrowFunction(ctx.arrowFunction());
        }
        if (ctx.yieldExpression() != null) {
            return yieldExpression(ctx.yieldExpression());
        }
        BinaryExpressionContext b = ctx.binaryExpression();
        if (ctx.QuestionMark() != null) {
            Expression test = binary(b);
            Expression cons = assignment(ctx.assignmentExpression(0));
            Expression alt = assignment(ctx.assignmentExpression(1));
            return new Expression.Conditional(test, cons, alt, ast.span(ctx));
        }
        AssignmentOperatorContext op = ctx.assignmentOperator();
        if (op == null) {
            return binary(b);
        }
        Expression left;
        if (op.Assign() != null && ast.patterns.isLiteralTarget(b)) {
            left = ast.patterns.assignmentPattern(b);
        } else {
            left = binary(b);
            checkTarget(left, b, "Invalid left-hand side in assignment");
        }
        Expression value = assignment(ctx.assignmentExpression(0));
        return new Expression.Assign(op.getText(), left, value, ast.span(ctx));
    }

    private Expression yieldExpression(YieldExpressionContext y) {
        if (ast.fn.inParameters) {
            throw ast.err("Yield expression not allowed in formal parameter", y.start);
        }
        Expression arg = y.assignmentExpression() == null ? null : assignment(y.assignmentExpression());
        return new Expression.Yield(arg, y.Multiply() != null, ast.span(y));
    }

    void checkTarget(Expression target, ParserRuleContext ctx, String message) {
        boolean ok = switch (target) {
            case Expression.Identifier id -> true;
            case Expression.PropertyAccess p -> true;
            case Expression.ElementAccess e -> true;
            case Expression.PrivateMember p -> true;
            case Expression.SuperMember s -> true;
            case Expression.Call call -> true; // V8 accepts f() = 1 and throws a ReferenceError at run time
            default -> false;
        };
        if (!ok || isOptionalChain(ctx)) {
            throw ast.err(message, ctx.start);
        }
        checkStrictTargetName(target, ctx.start);
    }

    void checkStrictTargetName(Expression target, Token at) {
        if (target instanceof Expression.Identifier id && ast.fn.strict
                && (id.name().equals("eval") || id.name().equals("arguments"))) {
            throw ast.err("Unexpected eval or arguments in strict mode", at);
        }
    }

    /** Whether ctx is, without parentheses, a member/call chain containing '?.'. */
    static boolean isOptionalChain(ParserRuleContext ctx) {
        UnaryExpressionContext lhs = bareLhs(ctx);
        if (lhs == null) {
            return false;
        }
        for (SuffixContext s : lhs.suffix()) {
            if (s.QuestionDot() != null) {
                return true;
            }
        }
        return false;
    }

    /** The left-hand-side alternative of unaryExpression under ctx (without postfix operator), or null. */
    static UnaryExpressionContext bareLhs(ParserRuleContext ctx) {
        ParserRuleContext c = ctx;
        if (c instanceof BinaryExpressionContext b) {
            c = b.unaryExpression();
        }
        if (c instanceof UnaryExpressionContext u && isLhs(u) && !hasPostfix(u)) {
            return u;
        }
        return null;
    }

    static boolean isLhs(UnaryExpressionContext u) {
        return u.primaryExpression() != null;
    }

    static boolean hasPostfix(UnaryExpressionContext u) {
        return u.getChild(u.getChildCount() - 1) instanceof TerminalNode;
    }

    Expression binary(BinaryExpressionContext ctx) {
        if (ctx.unaryExpression() != null) {
            return unary(ctx.unaryExpression());
        }
        // Walk down the left spine iteratively so long left-associative chains do not recurse deeply.
        List<BinaryExpressionContext> spine = new ArrayList<>();
        BinaryExpressionContext c = ctx;
        while (c.unaryExpression() == null) {
            spine.add(c);
            c = c.binaryExpression(0);
        }
        int next = spine.size() - 1;
        Expression acc;
        Token privateName = privateNameOperand(c.unaryExpression());
        if (privateName != null) {
            // #x in o: a private name may only be the left operand of 'in'.
            BinaryExpressionContext in = spine.get(next);
            if (in.In() == null) {
                throw ast.err(ast.classes.inClass() ? "Unexpected identifier '" + privateName.getText() + "'"
                        : "Invalid or unexpected token", privateName);
            }
            String name = ast.classes.privateReference(privateName);
            acc = new Expression.PrivateIn(name, binary(in.binaryExpression(1)), ast.span(in));
            next--;
        } else {
            acc = unary(c.unaryExpression());
        }
        for (int i = next; i >= 0; i--) {
            BinaryExpressionContext b = spine.get(i);
            Token op = ((TerminalNode) b.getChild(1)).getSymbol();
            checkBinaryOperands(b, op);
            Expression right = binary(b.binaryExpression(1));
            String operator = op.getText();
            SourceSpan sp = ast.span(b);
            acc = switch (op.getType()) {
                case JavaScriptLexer.And, JavaScriptLexer.Or, JavaScriptLexer.NullCoalesce ->
                        new Expression.Logical(operator, acc, right, sp);
                default -> new Expression.Binary(operator, acc, right, sp);
            };
        }
        return acc;
    }

    /** The private name token when u is just {@code #name}, else null. */
    private static Token privateNameOperand(UnaryExpressionContext u) {
        if (isLhs(u) && u.New().isEmpty() && u.suffix().isEmpty() && !hasPostfix(u)
                && u.primaryExpression().PrivateName() != null) {
            return u.primaryExpression().PrivateName().getSymbol();
        }
        return null;
    }

    private void checkBinaryOperands(BinaryExpressionContext b, Token op) {
        BinaryExpressionContext left = b.binaryExpression(0);
        BinaryExpressionContext right = b.binaryExpression(1);
        if (op.getType() == JavaScriptLexer.Power) {
            UnaryExpressionContext u = left.unaryExpression();
            int first = u == null ? -1 : u.start.getType();
            if (u != null && !isLhs(u) && first != JavaScriptLexer.PlusPlus && first != JavaScriptLexer.MinusMinus) {
                throw ast.err("Unary operator used immediately before exponentiation expression. Parenthesis must be "
                        + "used to disambiguate operator precedence", u.start);
            }
        } else if (op.getType() == JavaScriptLexer.NullCoalesce) {
            if (isAndOr(left)) {
                throw ast.err("Unexpected token '??'", op);
            }
            if (isAndOr(right)) {
                throw ast.err("Unexpected token '" + right.getChild(1).getText() + "'",
                        ((TerminalNode) right.getChild(1)).getSymbol());
            }
        }
    }

    private static boolean isAndOr(BinaryExpressionContext b) {
        return b.unaryExpression() == null && (b.And() != null || b.Or() != null);
    }

    Expression unary(UnaryExpressionContext ctx) {
        if (isLhs(ctx)) {
            Expression e = lhs(ctx);
            if (!hasPostfix(ctx)) {
                return e;
            }
            Token op = ((TerminalNode) ctx.getChild(ctx.getChildCount() - 1)).getSymbol();
            checkTarget(e, ctx, "Invalid left-hand side expression in postfix operation");
            if (e instanceof Expression.OptionalChain) {
                throw ast.err("Invalid left-hand side expression in postfix operation", ctx.start);
            }
            return new Expression.Update(op.getText(), false, e, ast.span(ctx));
        }
        Token op = ((TerminalNode) ctx.getChild(0)).getSymbol();
        UnaryExpressionContext operandCtx = ctx.unaryExpression();
        if (op.getType() == JavaScriptLexer.Await && ast.fn.inParameters) {
            throw ast.err("Illegal await-expression in formal parameters of async function", op);
        }
        Expression arg = unary(operandCtx);
        switch (op.getType()) {
            case JavaScriptLexer.Await:
                return new Expression.Await(arg, ast.span(ctx));
            case JavaScriptLexer.PlusPlus:
            case JavaScriptLexer.MinusMinus:
                checkTarget(arg, operandCtx, "Invalid left-hand side expression in prefix operation");
                return new Expression.Update(op.getText(), true, arg, ast.span(ctx));
            case JavaScriptLexer.Delete:
                if (ast.fn.strict && arg instanceof Expression.Identifier && bareLhs(operandCtx) != null
                        && operandCtx.suffix().isEmpty() && operandCtx.New().isEmpty()) {
                    throw ast.err("Delete of an unqualified identifier in strict mode.", operandCtx.start);
                }
                if (arg instanceof Expression.PrivateMember) {
                    throw ast.err("Private fields can not be deleted", operandCtx.start);
                }
                return new Expression.Unary(op.getText(), arg, ast.span(ctx));
            default:
                return new Expression.Unary(op.getText(), arg, ast.span(ctx));
        }
    }

    /**
     * {@code new* primary suffix*}: each 'new' (innermost first) takes the member chain built so far and the first
     * argument list not yet taken; a 'new' left without one gets an empty argument list. A chain with a '?.' link
     * is wrapped once, at its end, in an OptionalChain.
     */
    private Expression lhs(UnaryExpressionContext ctx) {
        List<TerminalNode> news = ctx.New();
        int pending = news.size();
        List<SuffixContext> suffixes = ctx.suffix();
        PrimaryExpressionContext primary = ctx.primaryExpression();
        Token start = primary.start;
        int first = 0;
        Expression cur;
        if (primary.Super() != null) {
            cur = superExpression(primary.start, suffixes.isEmpty() ? null : suffixes.get(0), pending > 0);
            first = 1;
        } else {
            cur = primary(primary);
        }
        boolean optionalChain = false;
        for (int i = first; i < suffixes.size(); i++) {
            SuffixContext s = suffixes.get(i);
            boolean optional = s.QuestionDot() != null;
            if (optional) {
                if (pending > 0) {
                    throw ast.err("Invalid optional chain from new expression", s.QuestionDot().getSymbol());
                }
                optionalChain = true;
            }
            if (s.arguments() != null) {
                List<Expression> args = arguments(s.arguments());
                if (pending > 0) {
                    Token newTok = news.get(--pending).getSymbol();
                    start = newTok;
                    cur = new Expression.New(cur, args, ast.span(newTok, s.stop));
                } else {
                    cur = new Expression.Call(cur, args, optional, ast.span(start, s.stop));
                }
            } else if (s.templateLiteral() != null) {
                if (optionalChain) {
                    throw ast.err("Invalid tagged template on optional chain", s.start);
                }
                cur = ast.templates.tagged(cur, s.templateLiteral(), ast.span(start, s.stop));
            } else if (s.PrivateName() != null) {
                String name = ast.classes.privateReference(s.PrivateName().getSymbol());
                cur = new Expression.PrivateMember(cur, name, optional, ast.span(start, s.stop));
            } else if (s.identifierName() != null) {
                cur = new Expression.PropertyAccess(cur, ast.identifierNameText(s.identifierName()), optional,
                        ast.span(start, s.stop));
            } else {
                cur = new Expression.ElementAccess(cur, expression(s.expression()), optional, ast.span(start, s.stop));
            }
        }
        Token last = suffixes.isEmpty() ? primary.stop : suffixes.get(suffixes.size() - 1).stop;
        while (pending > 0) {
            Token newTok = news.get(--pending).getSymbol();
            cur = new Expression.New(cur, List.of(), ast.span(newTok, last));
        }
        return optionalChain ? new Expression.OptionalChain(cur, cur.span()) : cur;
    }

    /** {@code super(...)}, {@code super.x} or {@code super[x]}: 'super' alone is not an expression. */
    private Expression superExpression(Token superTok, SuffixContext s, boolean underNew) {
        if (s == null || s.QuestionDot() != null || s.templateLiteral() != null || s.PrivateName() != null) {
            throw ast.err("'super' keyword unexpected here", superTok);
        }
        if (s.arguments() != null) {
            if (underNew || !ast.fn.superCall) {
                throw ast.err("'super' keyword unexpected here", superTok);
            }
            return new Expression.SuperCall(arguments(s.arguments()), ast.span(superTok, s.stop));
        }
        if (!ast.fn.superProperty) {
            throw ast.err("'super' keyword unexpected here", superTok);
        }
        if (s.identifierName() != null) {
            return new Expression.SuperMember(ast.identifierNameText(s.identifierName()), null, ast.span(superTok, s.stop));
        }
        return new Expression.SuperMember(null, expression(s.expression()), ast.span(superTok, s.stop));
    }

    private List<Expression> arguments(ArgumentsContext ctx) {
        List<ArgumentContext> args = ctx.argument();
        if (args.isEmpty()) {
            return List.of();
        }
        List<Expression> out = new ArrayList<>(args.size());
        for (ArgumentContext a : args) {
            Expression e = assignment(a.assignmentExpression());
            out.add(a.Ellipsis() != null ? new Expression.Spread(e, ast.span(a)) : e);
        }
        return out;
    }

    private Expression primary(PrimaryExpressionContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode tn) {
            Token t = tn.getSymbol();
            SourceSpan sp = ast.span(t, t);
            switch (t.getType()) {
                case JavaScriptLexer.This:
                    return new Expression.This(sp);
                case JavaScriptLexer.NullLiteral:
                    return new Expression.NullLiteral(sp);
                case JavaScriptLexer.True:
                    return new Expression.BooleanLiteral(true, sp);
                case JavaScriptLexer.False:
                    return new Expression.BooleanLiteral(false, sp);
                case JavaScriptLexer.StringLiteral:
                    return new Expression.StringLiteral(stringValue(t), sp);
                case JavaScriptLexer.NumericLiteral:
                    return new Expression.NumberLiteral(numberValue(t), sp);
                case JavaScriptLexer.RegularExpressionLiteral:
                    return regex(t, sp);
                case JavaScriptLexer.PrivateName:
                    throw ast.err(ast.classes.inClass() ? "Unexpected identifier '" + t.getText() + "'"
                            : "Invalid or unexpected token", t);
                default:
                    String name = ast.identifierText(t);
                    ast.checkIdentifierReference(name, t);
                    return new Expression.Identifier(name, sp);
            }
        }
        if (ctx.expression() != null) {
            return expression(ctx.expression());
        }
        if (ctx.New() != null) {
            return newTarget(ctx);
        }
        if (ctx.templateLiteral() != null) {
            return ast.templates.literal(ctx.templateLiteral());
        }
        if (ctx.arrayLiteral() != null) {
            return array(ctx.arrayLiteral());
        }
        if (ctx.objectLiteral() != null) {
            return object(ctx.objectLiteral());
        }
        if (ctx.classExpression() != null) {
            return ast.classes.expression(ctx.classExpression());
        }
        return ast.functionExpression(ctx.functionExpression());
    }

    private Expression newTarget(PrimaryExpressionContext ctx) {
        IdentifierNameContext n = ctx.identifierName();
        if (!n.getText().equals("target")) {
            throw ast.err("Unexpected identifier '" + n.getText() + "'", n.start);
        }
        if (!ast.fn.newTarget) {
            throw ast.err("new.target expression is not allowed here", ctx.start);
        }
        return new Expression.NewTarget(ast.span(ctx));
    }

    double numberValue(Token t) {
        String text = t.getText();
        if (ast.fn.strict) {
            Literals.NumberKind k = Literals.numberKind(text);
            if (k == Literals.NumberKind.LEGACY_OCTAL) {
                throw ast.err("Octal literals are not allowed in strict mode.", t);
            }
            if (k == Literals.NumberKind.LEADING_ZERO_DECIMAL) {
                throw ast.err("Decimals with leading zeros are not allowed in strict mode.", t);
            }
        }
        return Literals.parseNumber(text);
    }

    String stringValue(Token t) {
        String text = t.getText();
        String body = text.substring(1, text.length() - 1);
        try {
            return Literals.cook(body, ast.fn.strict ? Literals.EscapeMode.STRING_STRICT
                    : Literals.EscapeMode.STRING_SLOPPY);
        } catch (Literals.LiteralError e) {
            throw new AstBuilder.EarlyError(e.getMessage(), t.getStartIndex() + 1 + e.index);
        }
    }

    private Expression regex(Token t, SourceSpan sp) {
        String text = t.getText();
        int last = text.lastIndexOf('/');
        String pattern = text.substring(1, last);
        String flags = text.substring(last + 1);
        for (int i = 0; i < flags.length(); i++) {
            char f = flags.charAt(i);
            if ("dgimsuyv".indexOf(f) < 0 || flags.indexOf(f) != i
                    || (f == 'v' && flags.indexOf('u') >= 0)) {
                throw ast.err("Invalid regular expression flags", t);
            }
        }
        return new Expression.RegExpLiteral(pattern, flags, sp);
    }

    private Expression array(ArrayLiteralContext ctx) {
        List<Expression> elements = new ArrayList<>();
        boolean slotFilled = false;
        for (int i = 1; i < ctx.getChildCount() - 1; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ArrayElementContext el) {
                Expression e = assignment(el.assignmentExpression());
                elements.add(el.Ellipsis() != null ? new Expression.Spread(e, ast.span(el)) : e);
                slotFilled = true;
            } else {
                if (!slotFilled) {
                    elements.add(null);
                }
                slotFilled = false;
            }
        }
        return new Expression.ArrayLiteral(java.util.Collections.unmodifiableList(elements), ast.span(ctx));
    }

    private Expression object(ObjectLiteralContext ctx) {
        List<PropertyDefinitionContext> defs = ctx.propertyDefinition();
        List<Property> props = new ArrayList<>(defs.size());
        boolean sawProto = false;
        for (PropertyDefinitionContext d : defs) {
            Property p = property(d);
            if (d instanceof PropertyAssignmentContext && "__proto__".equals(p.key()) && p.computedKey() == null) {
                if (sawProto) {
                    throw ast.err("Duplicate __proto__ fields are not allowed in object literals", d.start);
                }
                sawProto = true;
            }
            props.add(p);
        }
        return new Expression.ObjectLiteral(List.copyOf(props), ast.span(ctx));
    }

    record Key(String name, Expression computed) {
    }

    Key key(PropertyNameContext p) {
        if (p.identifierName() != null) {
            return new Key(ast.identifierNameText(p.identifierName()), null);
        }
        if (p.StringLiteral() != null) {
            return new Key(stringValue(p.StringLiteral().getSymbol()), null);
        }
        if (p.NumericLiteral() != null) {
            return new Key(Literals.numberToString(numberValue(p.NumericLiteral().getSymbol())), null);
        }
        return new Key(null, assignment(p.assignmentExpression()));
    }

    private Property property(PropertyDefinitionContext d) {
        SourceSpan sp = ast.span(d);
        switch (d) {
            case PropertyAssignmentContext a -> {
                Key k = key(a.propertyName());
                return new Property(Property.Kind.INIT, k.name, k.computed, assignment(a.assignmentExpression()),
                        false, sp);
            }
            case ShorthandPropertyContext s -> {
                String name = ast.identifierText(s.identifier());
                ast.checkIdentifierReference(name, s.start);
                // {__proto__} defines an own property (only the colon form sets the prototype): a constant
                // computed key says so without a flag on every Property
                Expression key = name.equals("__proto__") ? new Expression.StringLiteral(name, sp) : null;
                return new Property(Property.Kind.INIT, name, key, new Expression.Identifier(name, sp), false, sp);
            }
            case CoverInitializedNameContext c ->
                    throw ast.err("Invalid shorthand property initializer", c.Assign().getSymbol());
            case SpreadPropertyContext s -> {
                return new Property(Property.Kind.SPREAD, null, null, assignment(s.assignmentExpression()), false,
                        sp);
            }
            case MethodPropertyContext m -> {
                Key k = key(m.propertyName());
                FunctionNode f = ast.function(new AstBuilder.FunctionParts(k.name, null, m.formalParameterList(), null,
                        m.functionBody().statementList(), null, m.start, m.stop), FunctionNode.Kind.METHOD,
                        m.isAsync != null, m.isGen != null, false);
                return new Property(Property.Kind.INIT, k.name, k.computed, new Expression.Function(f, sp), true,
                        sp);
            }
            case GetterPropertyContext g -> {
                Key k = key(g.propertyName());
                ast.checkAccessorParams(true, g.formalParameterList(), g.OpenParen().getSymbol());
                FunctionNode f = ast.function(new AstBuilder.FunctionParts(k.name, null, null, null,
                        g.functionBody().statementList(), null, g.start, g.stop), FunctionNode.Kind.GETTER, false,
                        false, false);
                return new Property(Property.Kind.GET, k.name, k.computed, new Expression.Function(f, sp), false,
                        sp);
            }
            case SetterPropertyContext s -> {
                Key k = key(s.propertyName());
                ast.checkAccessorParams(false, s.formalParameterList(), s.OpenParen().getSymbol());
                FunctionNode f = ast.function(new AstBuilder.FunctionParts(k.name, null, s.formalParameterList(), null,
                        s.functionBody().statementList(), null, s.start, s.stop), FunctionNode.Kind.SETTER, false,
                        false, false);
                return new Property(Property.Kind.SET, k.name, k.computed, new Expression.Function(f, sp), false,
                        sp);
            }
            default -> throw new IllegalStateException("unexpected property " + d.getClass().getSimpleName());
        }
    }
}
