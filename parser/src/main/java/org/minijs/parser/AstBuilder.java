package org.minijs.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.minijs.ast.CatchClause;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Node;
import org.minijs.ast.Parameter;
import org.minijs.ast.Program;
import org.minijs.ast.Property;
import org.minijs.ast.SourceSpan;
import org.minijs.ast.Statement;
import org.minijs.ast.VariableDeclarator;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptParser.*;
import org.minijs.parser.grammar.JavaScriptParserBaseVisitor;

/**
 * Builds the immutable {@code org.minijs.ast} tree from the ANTLR parse tree, and checks the early errors that
 * the grammar does not express: illegal break/continue/return, labels, duplicate lexical declarations,
 * invalid assignment targets, strict-mode restrictions, getter/setter arity, escapes in literals, ...
 *
 * <p>Every node gets a {@link SourceSpan} from its first to its last token. Parenthesized expressions produce no
 * node of their own.
 */
final class AstBuilder extends JavaScriptParserBaseVisitor<Node> {

    /** An early error: a JavaScript SyntaxError message and the source offset it points at. */
    static final class EarlyError extends RuntimeException {
        final int offset;

        EarlyError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with");
    private static final Set<String> STRICT_RESERVED = Set.of("implements", "interface", "let", "package",
            "private", "protected", "public", "static", "yield");

    private final String source;
    private final String fileName;
    private final LineMap lines;

    private Fn fn;
    private Scope scope;

    AstBuilder(String source, String fileName, LineMap lines) {
        this.source = source;
        this.fileName = fileName;
        this.lines = lines;
    }

    // ---- function and scope bookkeeping --------------------------------------------------------------------

    private static final class Fn {
        final Fn parent;
        final boolean isFunction;
        final boolean async;
        final boolean strict;
        final List<String> labels = new ArrayList<>();
        final List<Boolean> labelIsLoop = new ArrayList<>();
        int loops;
        int breakables;

        Fn(Fn parent, boolean isFunction, boolean async, boolean strict) {
            this.parent = parent;
            this.isFunction = isFunction;
            this.async = async;
            this.strict = strict;
        }
    }

    private static final class Scope {
        final Scope parent;
        final boolean functionScope;
        /** Lexically declared names; the value says whether the declaration is a function declaration. */
        HashMap<String, Boolean> lexical;
        HashSet<String> vars;
        Set<String> params;
        String catchParam;

        Scope(Scope parent, boolean functionScope) {
            this.parent = parent;
            this.functionScope = functionScope;
        }

        boolean hasLexical(String name) {
            return lexical != null && lexical.containsKey(name);
        }

        boolean hasVar(String name) {
            return vars != null && vars.contains(name);
        }
    }

    private EarlyError err(String message, Token at) {
        return new EarlyError(message, at.getType() == Token.EOF ? source.length() : at.getStartIndex());
    }

    private void declareLexical(String name, Token at, boolean isFunction) {
        Scope s = scope;
        if (s.hasLexical(name)) {
            boolean bothFunctions = isFunction && s.lexical.get(name) && !fn.strict && !s.functionScope;
            if (!bothFunctions) {
                throw err("Identifier '" + name + "' has already been declared", at);
            }
        }
        if (s.hasVar(name) || (s.params != null && s.params.contains(name)) || name.equals(s.catchParam)) {
            throw err("Identifier '" + name + "' has already been declared", at);
        }
        if (s.lexical == null) {
            s.lexical = new HashMap<>();
        }
        s.lexical.put(name, isFunction);
    }

    private void declareVar(String name, Token at) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.hasLexical(name)) {
                throw err("Identifier '" + name + "' has already been declared", at);
            }
            if (s.vars == null) {
                s.vars = new HashSet<>();
            }
            s.vars.add(name);
            if (s.functionScope) {
                break;
            }
        }
    }

    private void pushScope() {
        scope = new Scope(scope, false);
    }

    private void popScope() {
        scope = scope.parent;
    }

    // ---- spans ------------------------------------------------------------------------------------------------

    /** Line (high 32 bits) and column (low 32 bits) of each token's start, computed on first use. */
    private long[] tokenPositions = new long[0];

    private SourceSpan span(Token start, Token stop) {
        int s = start.getStartIndex();
        int e = stop.getType() == Token.EOF ? source.length() : stop.getStopIndex() + 1;
        if (e < s) {
            e = s;
        }
        int i = start.getTokenIndex();
        if (i >= 0 && i < tokenPositions.length) {
            long pos = tokenPositions[i];
            if (pos == 0) {
                pos = ((long) lines.line(s) << 32) | lines.column(s);
                tokenPositions[i] = pos;
            }
            return new SourceSpan((int) (pos >>> 32), (int) pos, s, e);
        }
        return new SourceSpan(lines.line(s), lines.column(s), s, e);
    }

    private SourceSpan span(ParserRuleContext ctx) {
        return span(ctx.start, ctx.stop);
    }

    private SourceSpan span(Token start, ParserRuleContext last) {
        return span(start, last.stop);
    }

    private boolean lineTerminatorBetween(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    // ---- program and statements ---------------------------------------------------------------------------------

    Program build(ProgramContext ctx) {
        tokenPositions = new long[ctx.stop.getTokenIndex() + 1];
        boolean strict = strictDirective(ctx.statementList()) != null;
        fn = new Fn(null, false, false, strict);
        scope = new Scope(null, true);
        List<Statement> body = statements(ctx.statementList());
        return new Program(body, strict, fileName, source,
                new SourceSpan(1, 1, 0, source.length()));
    }

    @Override
    public Node visitProgram(ProgramContext ctx) {
        return build(ctx);
    }

    private List<Statement> statements(StatementListContext ctx) {
        List<StatementContext> list = ctx.statement();
        List<Statement> out = new ArrayList<>(list.size());
        for (StatementContext s : list) {
            out.add(statement(s, Place.LIST));
        }
        return out;
    }

    /** Where a statement sits: in a statement list, or as the single body of an if, a loop, or a label. */
    private enum Place { LIST, IF, LOOP, LABEL }

    private Statement statement(StatementContext ctx, Place place) {
        ParseTree c = ctx.getChild(0);
        if (place != Place.LIST) {
            if (c instanceof VariableStatementContext v
                    && v.variableDeclarationList().varModifier().Var() == null) {
                throw err("Lexical declaration cannot appear in a single-statement context", v.start);
            }
            if (c instanceof FunctionDeclarationContext f) {
                if (f.isAsync != null) {
                    throw err("Async functions can only be declared at the top level or inside a block.", f.start);
                }
                if (fn.strict) {
                    throw err("In strict mode code, functions can only be declared at top level or inside a block.",
                            f.start);
                }
                if (place == Place.LOOP) {
                    throw err("In non-strict mode code, functions can only be declared at top level, inside a block, "
                            + "or as the body of an if statement.", f.start);
                }
            }
        }
        if (c instanceof ExpressionStatementContext e) {
            return expressionStatement(e);
        }
        if (c instanceof BlockContext b) {
            pushScope();
            try {
                return new Statement.Block(statements(b.statementList()), span(b));
            } finally {
                popScope();
            }
        }
        if (c instanceof VariableStatementContext v) {
            Statement.VariableDeclaration d = declarationList(v.variableDeclarationList());
            return new Statement.VariableDeclaration(d.kind(), d.declarations(), span(v));
        }
        if (c instanceof EmptyStatementContext e) {
            return new Statement.Empty(span(e));
        }
        if (c instanceof FunctionDeclarationContext f) {
            return functionDeclaration(f);
        }
        if (c instanceof IfStatementContext i) {
            Expression test = expression(i.expression());
            Statement cons = statement(i.statement(0), Place.IF);
            Statement alt = i.statement().size() > 1 ? statement(i.statement(1), Place.IF) : null;
            return new Statement.If(test, cons, alt, span(i));
        }
        if (c instanceof DoStatementContext d) {
            Statement body = loopBody(d.statement());
            Expression test = expression(d.expression());
            return new Statement.DoWhile(body, test, span(d));
        }
        if (c instanceof WhileStatementContext w) {
            Expression test = expression(w.expression());
            Statement body = loopBody(w.statement());
            return new Statement.While(test, body, span(w));
        }
        if (c instanceof ForStatementContext f) {
            return forStatement(f);
        }
        if (c instanceof ContinueStatementContext k) {
            return continueStatement(k);
        }
        if (c instanceof BreakStatementContext b) {
            return breakStatement(b);
        }
        if (c instanceof ReturnStatementContext r) {
            if (!fn.isFunction) {
                throw err("Illegal return statement", r.start);
            }
            Expression arg = r.expression() == null ? null : expression(r.expression());
            return new Statement.Return(arg, span(r));
        }
        if (c instanceof ThrowStatementContext t) {
            return new Statement.Throw(expression(t.expression()), span(t));
        }
        if (c instanceof TryStatementContext t) {
            return tryStatement(t);
        }
        if (c instanceof DebuggerStatementContext d) {
            return new Statement.Empty(span(d));
        }
        if (c instanceof LabelledStatementContext l) {
            return labelledStatement(l);
        }
        throw new IllegalStateException("unexpected statement " + c.getClass().getSimpleName());
    }

    @Override
    public Node visitStatement(StatementContext ctx) {
        return statement(ctx, Place.LIST);
    }

    private Statement expressionStatement(ExpressionStatementContext e) {
        Token first = e.start;
        if (first.getType() == JavaScriptLexer.Let) {
            ParseTree next = firstTerminalAfter(e.expression(), first);
            if (next instanceof TerminalNode tn && tn.getSymbol().getType() == JavaScriptLexer.OpenBracket) {
                throw err("Unexpected token '['", tn.getSymbol());
            }
        }
        return new Statement.ExpressionStatement(expression(e.expression()), span(e));
    }

    private static ParseTree firstTerminalAfter(ParserRuleContext ctx, Token after) {
        // Depth-first search for the terminal that directly follows `after`.
        List<ParseTree> stack = new ArrayList<>();
        stack.add(ctx);
        while (!stack.isEmpty()) {
            ParseTree t = stack.remove(stack.size() - 1);
            if (t instanceof TerminalNode tn) {
                if (tn.getSymbol().getTokenIndex() == after.getTokenIndex() + 1) {
                    return tn;
                }
            } else {
                for (int i = t.getChildCount() - 1; i >= 0; i--) {
                    stack.add(t.getChild(i));
                }
            }
        }
        return null;
    }

    private Statement loopBody(StatementContext body) {
        fn.loops++;
        fn.breakables++;
        try {
            return statement(body, Place.LOOP);
        } finally {
            fn.loops--;
            fn.breakables--;
        }
    }

    private Statement forStatement(ForStatementContext f) {
        ForInitContext init = f.forInit();
        boolean ownScope = init != null && init.variableDeclarationList() != null
                && init.variableDeclarationList().varModifier().Var() == null;
        if (ownScope) {
            pushScope();
        }
        try {
            Statement initNode = null;
            if (init != null) {
                if (init.variableDeclarationList() != null) {
                    initNode = declarationList(init.variableDeclarationList());
                } else {
                    Expression e = expression(init.expression());
                    initNode = new Statement.ExpressionStatement(e, e.span());
                }
            }
            Expression test = f.forTest == null ? null : expression(f.forTest);
            Expression update = f.forUpdate == null ? null : expression(f.forUpdate);
            Statement body = loopBody(f.statement());
            return new Statement.For(initNode, test, update, body, span(f));
        } finally {
            if (ownScope) {
                popScope();
            }
        }
    }

    private Statement.VariableDeclaration declarationList(VariableDeclarationListContext c) {
        VarModifierContext m = c.varModifier();
        Statement.DeclarationKind kind = m.Var() != null ? Statement.DeclarationKind.VAR
                : m.Let() != null ? Statement.DeclarationKind.LET : Statement.DeclarationKind.CONST;
        List<VariableDeclarationContext> decls = c.variableDeclaration();
        List<VariableDeclarator> out = new ArrayList<>(decls.size());
        for (VariableDeclarationContext d : decls) {
            Token nameTok = d.identifier().start;
            String name = bindingName(d.identifier());
            if (kind == Statement.DeclarationKind.VAR) {
                declareVar(name, nameTok);
            } else {
                if (name.equals("let")) {
                    throw err("let is disallowed as a lexically bound name", nameTok);
                }
                declareLexical(name, nameTok, false);
            }
            Expression init = null;
            if (d.assignmentExpression() != null) {
                init = assignment(d.assignmentExpression());
            } else if (kind == Statement.DeclarationKind.CONST) {
                throw err("Missing initializer in const declaration", nameTok);
            }
            out.add(new VariableDeclarator(name, init, span(d)));
        }
        return new Statement.VariableDeclaration(kind, out, span(c));
    }

    private Statement continueStatement(ContinueStatementContext k) {
        if (k.identifier() != null) {
            String label = identifierText(k.identifier());
            int i = fn.labels.lastIndexOf(label);
            if (i < 0) {
                throw err("Undefined label '" + label + "'", k.identifier().start);
            }
            if (!fn.labelIsLoop.get(i)) {
                throw err("Illegal continue statement: '" + label + "' does not denote an iteration statement",
                        k.identifier().start);
            }
            return new Statement.Continue(label, span(k));
        }
        if (fn.loops == 0) {
            throw err("Illegal continue statement: no surrounding iteration statement", k.start);
        }
        return new Statement.Continue(null, span(k));
    }

    private Statement breakStatement(BreakStatementContext b) {
        if (b.identifier() != null) {
            String label = identifierText(b.identifier());
            if (!fn.labels.contains(label)) {
                throw err("Undefined label '" + label + "'", b.identifier().start);
            }
            return new Statement.Break(label, span(b));
        }
        if (fn.breakables == 0) {
            throw err("Illegal break statement", b.start);
        }
        return new Statement.Break(null, span(b));
    }

    private Statement labelledStatement(LabelledStatementContext l) {
        String label = identifierText(l.identifier());
        checkIdentifierReference(label, l.identifier().start);
        if (fn.labels.contains(label)) {
            throw err("Label '" + label + "' has already been declared", l.identifier().start);
        }
        // A label denotes an iteration statement when its body (through further labels) is a loop.
        StatementContext body = l.statement();
        ParseTree inner = body.getChild(0);
        while (inner instanceof LabelledStatementContext nested) {
            inner = nested.statement().getChild(0);
        }
        boolean loop = inner instanceof WhileStatementContext || inner instanceof DoStatementContext
                || inner instanceof ForStatementContext;
        fn.labels.add(label);
        fn.labelIsLoop.add(loop);
        try {
            return new Statement.Labeled(label, statement(body, Place.LABEL), span(l));
        } finally {
            fn.labels.remove(fn.labels.size() - 1);
            fn.labelIsLoop.remove(fn.labelIsLoop.size() - 1);
        }
    }

    private Statement tryStatement(TryStatementContext t) {
        Statement.Block block = braceBlock(t.braceBlock(), null);
        CatchClause handler = null;
        if (t.catchClause() != null) {
            CatchClauseContext c = t.catchClause();
            String param = null;
            if (c.identifier() != null) {
                param = bindingName(c.identifier());
            }
            Statement.Block body = braceBlock(c.braceBlock(), param);
            handler = new CatchClause(param, body, span(c));
        }
        Statement.Block finalizer = null;
        if (t.finallyClause() != null) {
            finalizer = braceBlock(t.finallyClause().braceBlock(), null);
        }
        return new Statement.Try(block, handler, finalizer, span(t));
    }

    private Statement.Block braceBlock(BraceBlockContext b, String catchParam) {
        pushScope();
        scope.catchParam = catchParam;
        try {
            return new Statement.Block(statements(b.statementList()), span(b));
        } finally {
            popScope();
        }
    }

    // ---- functions ------------------------------------------------------------------------------------------------

    private Statement functionDeclaration(FunctionDeclarationContext f) {
        String name = bindingName(f.identifier());
        Token nameTok = f.identifier().start;
        if (scope.functionScope) {
            declareVar(name, nameTok);
        } else {
            declareLexical(name, nameTok, f.isAsync == null);
        }
        FunctionNode node = function(name, nameTok, f.formalParameterList(), null, f.functionBody().statementList(),
                null, FunctionNode.Kind.NORMAL, f.isAsync != null, f.start, f.stop);
        return new Statement.FunctionDeclaration(node, span(f));
    }

    /** A parameter before it is built: either from a formal parameter list or a single arrow identifier. */
    private record ParamSource(IdentifierContext id, AssignmentExpressionContext init, boolean rest, Token start,
                               Token stop) {
    }

    private List<ParamSource> paramSources(FormalParameterListContext list, IdentifierContext single) {
        List<ParamSource> out = new ArrayList<>();
        if (single != null) {
            out.add(new ParamSource(single, null, false, single.start, single.stop));
            return out;
        }
        if (list == null) {
            return out;
        }
        for (FormalParameterContext p : list.formalParameter()) {
            out.add(new ParamSource(p.identifier(), p.assignmentExpression(), false, p.start, p.stop));
        }
        if (list.restParameter() != null) {
            RestParameterContext r = list.restParameter();
            out.add(new ParamSource(r.identifier(), null, true, r.start, r.stop));
        }
        return out;
    }

    private FunctionNode function(String name, Token nameTok, FormalParameterListContext paramList,
                                  IdentifierContext singleParam, StatementListContext body,
                                  AssignmentExpressionContext expressionBody, FunctionNode.Kind kind,
                                  boolean async, Token start, Token stop) {
        Token directive = body == null ? null : strictDirective(body);
        boolean strict = fn.strict || directive != null;
        List<ParamSource> sources = paramSources(paramList, singleParam);
        boolean simple = true;
        for (ParamSource p : sources) {
            if (p.rest || p.init != null) {
                simple = false;
            }
        }
        if (directive != null && !simple) {
            throw err("Illegal 'use strict' directive in function with non-simple parameter list", directive);
        }
        if (name != null && nameTok != null && strict && !fn.strict) {
            checkBindingName(name, nameTok, true);
        }

        Fn savedFn = fn;
        Scope savedScope = scope;
        fn = new Fn(savedFn, true, async, strict);
        scope = new Scope(savedScope, true);
        try {
            boolean uniqueRequired = strict || !simple || kind != FunctionNode.Kind.NORMAL;
            Set<String> names = new HashSet<>();
            List<Parameter> params = new ArrayList<>(sources.size());
            for (ParamSource p : sources) {
                String pname = bindingName(p.id);
                if (!names.add(pname) && uniqueRequired) {
                    throw err("Duplicate parameter name not allowed in this context", p.id.start);
                }
                Expression def = p.init == null ? null : assignment(p.init);
                params.add(new Parameter(pname, def, p.rest, span(p.start, p.stop)));
            }
            scope.params = names;
            List<Statement> stmts;
            if (expressionBody != null) {
                Expression e = assignment(expressionBody);
                stmts = List.of(new Statement.Return(e, e.span()));
            } else {
                stmts = statements(body);
            }
            return new FunctionNode(name, List.copyOf(params), stmts, kind, async, false, expressionBody != null,
                    strict, span(start, stop));
        } finally {
            fn = savedFn;
            scope = savedScope;
        }
    }

    /** The 'use strict' token of a directive prologue, or null. */
    private static Token strictDirective(StatementListContext list) {
        for (StatementContext s : list.statement()) {
            if (!(s.getChild(0) instanceof ExpressionStatementContext es)) {
                return null;
            }
            ExpressionContext e = es.expression();
            if (e.start != e.stop || e.start.getType() != JavaScriptLexer.StringLiteral) {
                return null;
            }
            String text = e.start.getText();
            if (text.equals("'use strict'") || text.equals("\"use strict\"")) {
                return e.start;
            }
        }
        return null;
    }

    private Expression arrowFunction(ArrowFunctionContext a) {
        Token arrow = a.Arrow().getSymbol();
        Token before = a.arrowParameters().stop;
        if (lineTerminatorBetween(before.getStopIndex() + 1, arrow.getStartIndex())) {
            throw err("Unexpected token '=>'", arrow);
        }
        ArrowParametersContext ps = a.arrowParameters();
        ArrowBodyContext b = a.arrowBody();
        boolean async = a.isAsync != null;
        FunctionNode node = function(null, null, ps.formalParameterList(), ps.identifier(), b.statementList(),
                b.assignmentExpression(), FunctionNode.Kind.ARROW, async, a.start, a.stop);
        return new Expression.Function(node, span(a));
    }

    private Expression functionExpression(FunctionExpressionContext f) {
        String name = null;
        Token nameTok = null;
        if (f.identifier() != null) {
            nameTok = f.identifier().start;
            name = bindingName(f.identifier());
        }
        FunctionNode node = function(name, nameTok, f.formalParameterList(), null, f.functionBody().statementList(),
                null, FunctionNode.Kind.NORMAL, f.isAsync != null, f.start, f.stop);
        return new Expression.Function(node, span(f));
    }

    // ---- names ----------------------------------------------------------------------------------------------------

    private String identifierText(IdentifierContext id) {
        return identifierText(id.start);
    }

    private String identifierText(Token t) {
        String text = t.getText();
        if (text.indexOf('\\') < 0) {
            return text;
        }
        String name;
        try {
            name = Literals.identifier(text);
        } catch (Literals.LiteralError e) {
            throw new EarlyError(e.getMessage(), t.getStartIndex() + e.index);
        }
        if (RESERVED.contains(name)) {
            throw err("Keyword must not contain escaped characters", t);
        }
        return name;
    }

    /** A name being declared (variable, parameter, function, catch binding). */
    private String bindingName(IdentifierContext id) {
        String name = identifierText(id);
        checkBindingName(name, id.start, fn.strict);
        return name;
    }

    private void checkBindingName(String name, Token at, boolean strict) {
        if (strict) {
            if (name.equals("eval") || name.equals("arguments")) {
                throw err("Unexpected eval or arguments in strict mode", at);
            }
            if (STRICT_RESERVED.contains(name)) {
                throw err("Unexpected strict mode reserved word", at);
            }
        }
        if (name.equals("await") && fn.async) {
            throw err("Unexpected reserved word", at);
        }
    }

    private void checkIdentifierReference(String name, Token at) {
        if (fn.strict && STRICT_RESERVED.contains(name)) {
            throw err("Unexpected strict mode reserved word", at);
        }
        if (fn.async && name.equals("await")) {
            throw err("Unexpected reserved word", at);
        }
    }

    private String identifierNameText(IdentifierNameContext n) {
        if (n.identifier() != null) {
            return identifierText(n.identifier());
        }
        return n.start.getText();
    }

    // ---- expressions ----------------------------------------------------------------------------------------------

    private Expression expression(ExpressionContext ctx) {
        List<AssignmentExpressionContext> items = ctx.assignmentExpression();
        if (items.size() == 1) {
            return assignment(items.get(0));
        }
        List<Expression> exprs = new ArrayList<>(items.size());
        for (AssignmentExpressionContext a : items) {
            exprs.add(assignment(a));
        }
        return new Expression.Sequence(exprs, span(ctx));
    }

    @Override
    public Node visitExpression(ExpressionContext ctx) {
        return expression(ctx);
    }

    private Expression assignment(AssignmentExpressionContext ctx) {
        if (ctx.arrowFunction() != null) {
            return arrowFunction(ctx.arrowFunction());
        }
        BinaryExpressionContext b = ctx.binaryExpression();
        Expression left = binary(b);
        if (ctx.QuestionMark() != null) {
            Expression cons = assignment(ctx.assignmentExpression(0));
            Expression alt = assignment(ctx.assignmentExpression(1));
            return new Expression.Conditional(left, cons, alt, span(ctx));
        }
        if (ctx.assignmentOperator() == null) {
            return left;
        }
        checkTarget(left, b, "Invalid left-hand side in assignment");
        Expression value = assignment(ctx.assignmentExpression(0));
        return new Expression.Assign(ctx.assignmentOperator().getText(), left, value, span(ctx));
    }

    private void checkTarget(Expression target, ParserRuleContext ctx, String message) {
        boolean ok = switch (target) {
            case Expression.Identifier id -> true;
            case Expression.PropertyAccess p -> true;
            case Expression.ElementAccess e -> true;
            case Expression.Call call -> true; // V8 accepts f() = 1 and throws a ReferenceError at run time
            default -> false;
        };
        if (!ok || isOptionalChain(ctx)) {
            throw err(message, ctx.start);
        }
        if (target instanceof Expression.Identifier id && fn.strict
                && (id.name().equals("eval") || id.name().equals("arguments"))) {
            throw err("Unexpected eval or arguments in strict mode", ctx.start);
        }
    }

    /** Whether ctx is, without parentheses, a member/call chain containing '?.'. */
    private static boolean isOptionalChain(ParserRuleContext ctx) {
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
    private static UnaryExpressionContext bareLhs(ParserRuleContext ctx) {
        ParserRuleContext c = ctx;
        if (c instanceof BinaryExpressionContext b) {
            c = b.unaryExpression();
        }
        if (c instanceof UnaryExpressionContext u && isLhs(u) && !hasPostfix(u)) {
            return u;
        }
        return null;
    }

    private static boolean isLhs(UnaryExpressionContext u) {
        return u.primaryExpression() != null;
    }

    private static boolean hasPostfix(UnaryExpressionContext u) {
        return u.getChild(u.getChildCount() - 1) instanceof TerminalNode;
    }

    private Expression binary(BinaryExpressionContext ctx) {
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
        Expression acc = unary(c.unaryExpression());
        for (int i = spine.size() - 1; i >= 0; i--) {
            BinaryExpressionContext b = spine.get(i);
            Token op = ((TerminalNode) b.getChild(1)).getSymbol();
            checkBinaryOperands(b, op);
            Expression right = binary(b.binaryExpression(1));
            String operator = op.getText();
            SourceSpan sp = span(b);
            acc = switch (op.getType()) {
                case JavaScriptLexer.And, JavaScriptLexer.Or, JavaScriptLexer.NullCoalesce ->
                        new Expression.Logical(operator, acc, right, sp);
                default -> new Expression.Binary(operator, acc, right, sp);
            };
        }
        return acc;
    }

    private void checkBinaryOperands(BinaryExpressionContext b, Token op) {
        BinaryExpressionContext left = b.binaryExpression(0);
        BinaryExpressionContext right = b.binaryExpression(1);
        if (op.getType() == JavaScriptLexer.Power) {
            UnaryExpressionContext u = left.unaryExpression();
            int first = u == null ? -1 : u.start.getType();
            if (u != null && !isLhs(u) && first != JavaScriptLexer.PlusPlus && first != JavaScriptLexer.MinusMinus) {
                throw err("Unary operator used immediately before exponentiation expression. Parenthesis must be "
                        + "used to disambiguate operator precedence", u.start);
            }
        } else if (op.getType() == JavaScriptLexer.NullCoalesce) {
            if (isAndOr(left)) {
                throw err("Unexpected token '??'", op);
            }
            if (isAndOr(right)) {
                throw err("Unexpected token '" + right.getChild(1).getText() + "'",
                        ((TerminalNode) right.getChild(1)).getSymbol());
            }
        }
    }

    private static boolean isAndOr(BinaryExpressionContext b) {
        return b.unaryExpression() == null && (b.And() != null || b.Or() != null);
    }

    private Expression unary(UnaryExpressionContext ctx) {
        if (isLhs(ctx)) {
            Expression e = lhs(ctx);
            if (!hasPostfix(ctx)) {
                return e;
            }
            Token op = ((TerminalNode) ctx.getChild(ctx.getChildCount() - 1)).getSymbol();
            checkTarget(e, ctx, "Invalid left-hand side expression in postfix operation");
            for (SuffixContext s : ctx.suffix()) {
                if (s.QuestionDot() != null) {
                    throw err("Invalid left-hand side expression in postfix operation", ctx.start);
                }
            }
            return new Expression.Update(op.getText(), false, e, span(ctx));
        }
        Token op = ((TerminalNode) ctx.getChild(0)).getSymbol();
        UnaryExpressionContext operandCtx = ctx.unaryExpression();
        Expression arg = unary(operandCtx);
        switch (op.getType()) {
            case JavaScriptLexer.Await:
                return new Expression.Await(arg, span(ctx));
            case JavaScriptLexer.PlusPlus:
            case JavaScriptLexer.MinusMinus:
                checkTarget(arg, operandCtx, "Invalid left-hand side expression in prefix operation");
                return new Expression.Update(op.getText(), true, arg, span(ctx));
            case JavaScriptLexer.Delete:
                if (fn.strict && arg instanceof Expression.Identifier && bareLhs(operandCtx) != null
                        && operandCtx.suffix().isEmpty() && operandCtx.New().isEmpty()) {
                    throw err("Delete of an unqualified identifier in strict mode.", operandCtx.start);
                }
                return new Expression.Unary(op.getText(), arg, span(ctx));
            default:
                return new Expression.Unary(op.getText(), arg, span(ctx));
        }
    }

    /**
     * {@code new* primary suffix*}: each 'new' (innermost first) takes the member chain built so far and the first
     * argument list not yet taken; a 'new' left without one gets an empty argument list.
     */
    private Expression lhs(UnaryExpressionContext ctx) {
        List<TerminalNode> news = ctx.New();
        int pending = news.size();
        Expression cur = primary(ctx.primaryExpression());
        Token start = ctx.primaryExpression().start;
        for (SuffixContext s : ctx.suffix()) {
            boolean optional = s.QuestionDot() != null;
            if (optional && pending > 0) {
                throw err("Invalid optional chain from new expression", s.QuestionDot().getSymbol());
            }
            if (s.arguments() != null) {
                List<Expression> args = arguments(s.arguments());
                if (pending > 0) {
                    Token newTok = news.get(--pending).getSymbol();
                    start = newTok;
                    cur = new Expression.New(cur, args, span(newTok, s.stop));
                } else {
                    cur = new Expression.Call(cur, args, optional, span(start, s.stop));
                }
            } else if (s.identifierName() != null) {
                cur = new Expression.PropertyAccess(cur, identifierNameText(s.identifierName()), optional,
                        span(start, s.stop));
            } else {
                cur = new Expression.ElementAccess(cur, expression(s.expression()), optional, span(start, s.stop));
            }
        }
        Token last = ctx.suffix().isEmpty() ? ctx.primaryExpression().stop : ctx.suffix(ctx.suffix().size() - 1).stop;
        while (pending > 0) {
            Token newTok = news.get(--pending).getSymbol();
            cur = new Expression.New(cur, List.of(), span(newTok, last));
        }
        return cur;
    }

    private List<Expression> arguments(ArgumentsContext ctx) {
        List<ArgumentContext> args = ctx.argument();
        if (args.isEmpty()) {
            return List.of();
        }
        List<Expression> out = new ArrayList<>(args.size());
        for (ArgumentContext a : args) {
            Expression e = assignment(a.assignmentExpression());
            out.add(a.Ellipsis() != null ? new Expression.Spread(e, span(a)) : e);
        }
        return out;
    }

    private Expression primary(PrimaryExpressionContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode tn) {
            Token t = tn.getSymbol();
            SourceSpan sp = span(t, t);
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
                default:
                    String name = identifierText(t);
                    checkIdentifierReference(name, t);
                    return new Expression.Identifier(name, sp);
            }
        }
        if (ctx.expression() != null) {
            return expression(ctx.expression());
        }
        if (ctx.templateLiteral() != null) {
            return template(ctx.templateLiteral());
        }
        if (ctx.arrayLiteral() != null) {
            return array(ctx.arrayLiteral());
        }
        if (ctx.objectLiteral() != null) {
            return object(ctx.objectLiteral());
        }
        return functionExpression(ctx.functionExpression());
    }

    private double numberValue(Token t) {
        String text = t.getText();
        if (fn.strict) {
            Literals.NumberKind k = Literals.numberKind(text);
            if (k == Literals.NumberKind.LEGACY_OCTAL) {
                throw err("Octal literals are not allowed in strict mode.", t);
            }
            if (k == Literals.NumberKind.LEADING_ZERO_DECIMAL) {
                throw err("Decimals with leading zeros are not allowed in strict mode.", t);
            }
        }
        return Literals.parseNumber(text);
    }

    private String stringValue(Token t) {
        String text = t.getText();
        String body = text.substring(1, text.length() - 1);
        try {
            return Literals.cook(body, fn.strict ? Literals.EscapeMode.STRING_STRICT
                    : Literals.EscapeMode.STRING_SLOPPY);
        } catch (Literals.LiteralError e) {
            throw new EarlyError(e.getMessage(), t.getStartIndex() + 1 + e.index);
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
                throw err("Invalid regular expression flags", t);
            }
        }
        return new Expression.RegExpLiteral(pattern, flags, sp);
    }

    private Expression template(TemplateLiteralContext ctx) {
        List<String> quasis = new ArrayList<>();
        List<Expression> exprs = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int rawStart = ctx.start.getStopIndex() + 1;
        for (TemplatePartContext p : ctx.templatePart()) {
            if (p.expression() == null) {
                if (raw.isEmpty()) {
                    rawStart = p.start.getStartIndex();
                }
                raw.append(p.start.getText());
            } else {
                quasis.add(cookTemplate(raw, rawStart));
                raw.setLength(0);
                exprs.add(expression(p.expression()));
                rawStart = p.stop.getStopIndex() + 1;
            }
        }
        quasis.add(cookTemplate(raw, rawStart));
        return new Expression.TemplateLiteral(List.copyOf(quasis), List.copyOf(exprs), span(ctx));
    }

    private String cookTemplate(StringBuilder raw, int rawStart) {
        try {
            return Literals.cook(raw.toString(), Literals.EscapeMode.TEMPLATE);
        } catch (Literals.LiteralError e) {
            throw new EarlyError(e.getMessage(), rawStart + e.index);
        }
    }

    private Expression array(ArrayLiteralContext ctx) {
        List<Expression> elements = new ArrayList<>();
        boolean slotFilled = false;
        for (int i = 1; i < ctx.getChildCount() - 1; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ArrayElementContext el) {
                Expression e = assignment(el.assignmentExpression());
                elements.add(el.Ellipsis() != null ? new Expression.Spread(e, span(el)) : e);
                slotFilled = true;
            } else {
                if (!slotFilled) {
                    elements.add(null);
                }
                slotFilled = false;
            }
        }
        return new Expression.ArrayLiteral(java.util.Collections.unmodifiableList(elements), span(ctx));
    }

    private Expression object(ObjectLiteralContext ctx) {
        List<PropertyDefinitionContext> defs = ctx.propertyDefinition();
        List<Property> props = new ArrayList<>(defs.size());
        boolean sawProto = false;
        for (PropertyDefinitionContext d : defs) {
            Property p = property(d);
            if (d instanceof PropertyAssignmentContext && "__proto__".equals(p.key())) {
                if (sawProto) {
                    throw err("Duplicate __proto__ fields are not allowed in object literals", d.start);
                }
                sawProto = true;
            }
            props.add(p);
        }
        return new Expression.ObjectLiteral(List.copyOf(props), span(ctx));
    }

    private record Key(String name, Expression computed) {
    }

    private Key key(PropertyNameContext p) {
        if (p.identifierName() != null) {
            return new Key(identifierNameText(p.identifierName()), null);
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
        SourceSpan sp = span(d);
        switch (d) {
            case PropertyAssignmentContext a -> {
                Key k = key(a.propertyName());
                return new Property(Property.Kind.INIT, k.name, k.computed, assignment(a.assignmentExpression()),
                        false, sp);
            }
            case ShorthandPropertyContext s -> {
                String name = identifierText(s.identifier());
                checkIdentifierReference(name, s.start);
                return new Property(Property.Kind.INIT, name, null, new Expression.Identifier(name, sp), false, sp);
            }
            case SpreadPropertyContext s -> {
                return new Property(Property.Kind.SPREAD, null, null, assignment(s.assignmentExpression()), false,
                        sp);
            }
            case MethodPropertyContext m -> {
                Key k = key(m.propertyName());
                FunctionNode f = function(k.name, null, m.formalParameterList(), null,
                        m.functionBody().statementList(), null, FunctionNode.Kind.METHOD, m.isAsync != null,
                        m.start, m.stop);
                return new Property(Property.Kind.INIT, k.name, k.computed, new Expression.Function(f, sp), true,
                        sp);
            }
            case GetterPropertyContext g -> {
                Key k = key(g.propertyName());
                if (g.formalParameterList() != null) {
                    throw err("Getter must not have any formal parameters.", g.OpenParen().getSymbol());
                }
                FunctionNode f = function(k.name, null, null, null, g.functionBody().statementList(), null,
                        FunctionNode.Kind.GETTER, false, g.start, g.stop);
                return new Property(Property.Kind.GET, k.name, k.computed, new Expression.Function(f, sp), false,
                        sp);
            }
            case SetterPropertyContext s -> {
                Key k = key(s.propertyName());
                FormalParameterListContext ps = s.formalParameterList();
                if (ps == null || ps.formalParameter().size() + (ps.restParameter() != null ? 1 : 0) != 1) {
                    throw err("Setter must have exactly one formal parameter.", s.OpenParen().getSymbol());
                }
                if (ps.restParameter() != null) {
                    throw err("Setter function argument must not be a rest parameter", ps.restParameter().start);
                }
                FunctionNode f = function(k.name, null, ps, null, s.functionBody().statementList(), null,
                        FunctionNode.Kind.SETTER, false, s.start, s.stop);
                return new Property(Property.Kind.SET, k.name, k.computed, new Expression.Function(f, sp), false,
                        sp);
            }
            default -> throw new IllegalStateException("unexpected property " + d.getClass().getSimpleName());
        }
    }
}
