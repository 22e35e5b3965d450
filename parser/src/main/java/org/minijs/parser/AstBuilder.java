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
import org.minijs.ast.Parameter;
import org.minijs.ast.Pattern;
import org.minijs.ast.Program;
import org.minijs.ast.SourceSpan;
import org.minijs.ast.Statement;
import org.minijs.ast.SwitchCase;
import org.minijs.ast.VariableDeclarator;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptParser.*;

/**
 * Builds the immutable {@code org.minijs.ast} tree from the ANTLR parse tree, and checks the early errors that
 * the grammar does not express. This class holds the state every part shares (the enclosing function's
 * {@link FunctionContext}, the {@link DeclarationScope}s, spans) and builds statements, functions and names:
 * illegal break/continue/return, labels, duplicate declarations, single-statement positions, strict-mode and
 * contextual-keyword names, parameters. Expressions, destructuring patterns, classes, templates and module
 * items are built by helpers ({@link ExpressionBuilder}, {@link PatternBuilder}, {@link ClassBuilder},
 * {@link Templates}, {@link ModuleBuilder}) that share this state.
 *
 * <p>Every node gets a {@link SourceSpan} from its first to its last token. Parenthesized expressions produce no
 * node of their own.
 */
final class AstBuilder {

    /** An early error: a JavaScript SyntaxError message and the source offset it points at. */
    static final class EarlyError extends RuntimeException {
        final int offset;

        EarlyError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /**
     * The binding name of a {@code catch} clause whose parameter is a pattern: the clause binds this name and
     * its body starts with {@code let <pattern> = <this name>} (CatchClause holds a plain name). It cannot
     * clash with a user's name.
     */
    static final String CATCH_PATTERN_PARAM = "*catch*";

    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
            "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with");
    private static final Set<String> STRICT_RESERVED = Set.of("implements", "interface", "let", "package",
            "private", "protected", "public", "static", "yield");

    final String source;
    private final String fileName;
    private final LineMap lines;
    /** Non-null when building a module. */
    final ModuleBuilder modules;
    final ExpressionBuilder expressions = new ExpressionBuilder(this);
    final PatternBuilder patterns = new PatternBuilder(this);
    final ClassBuilder classes = new ClassBuilder(this);
    final Templates templates = new Templates(this);

    FunctionContext fn;
    DeclarationScope scope;

    AstBuilder(String source, String fileName, LineMap lines, boolean module) {
        this.source = source;
        this.fileName = fileName;
        this.lines = lines;
        this.modules = module ? new ModuleBuilder(this) : null;
    }

    // ---- declarations -----------------------------------------------------------------------------------------

    EarlyError err(String message, Token at) {
        return new EarlyError(message, at.getType() == Token.EOF ? source.length() : at.getStartIndex());
    }

    void declareLexical(String name, Token at, boolean isFunction) {
        DeclarationScope s = scope;
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

    void declareVar(String name, Token at) {
        for (DeclarationScope s = scope; s != null; s = s.parent) {
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

    void pushScope() {
        scope = new DeclarationScope(scope, false);
    }

    void popScope() {
        scope = scope.parent;
    }

    // ---- spans ------------------------------------------------------------------------------------------------

    /** Line (high 32 bits) and column (low 32 bits) of each token's start, computed on first use. */
    private long[] tokenPositions = new long[0];

    SourceSpan span(Token start, Token stop) {
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

    SourceSpan span(ParserRuleContext ctx) {
        return span(ctx.start, ctx.stop);
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
        boolean module = modules != null;
        boolean strict = module || strictDirective(ctx.statementList()) != null;
        fn = new FunctionContext(null, false, module, false, strict);
        scope = new DeclarationScope(null, true);
        List<Statement> body = statements(ctx.statementList());
        if (module) {
            modules.checkLocalExports(scope);
        }
        return new Program(body, strict, fileName, source, new SourceSpan(1, 1, 0, source.length()));
    }

    List<Statement> statements(StatementListContext ctx) {
        List<StatementContext> list = ctx.statement();
        List<Statement> out = new ArrayList<>(list.size());
        for (StatementContext s : list) {
            Statement st = statement(s, Place.LIST);
            if (st != null) { // import declarations and export lists have no statement of their own
                out.add(st);
            }
        }
        return out;
    }

    /** Where a statement sits: in a statement list, or as the single body of an if, a loop, or a label. */
    private enum Place { LIST, IF, LOOP, LABEL }

    private Statement statement(StatementContext ctx, Place place) {
        ParseTree c = ctx.getChild(0);
        if (place != Place.LIST) {
            checkSingleStatement(c, place);
        }
        return switch (c) {
            case ExpressionStatementContext e -> expressionStatement(e);
            case BlockContext b -> block(b.statementList(), b);
            case VariableStatementContext v -> variableStatement(v);
            case EmptyStatementContext e -> new Statement.Empty(span(e));
            case ClassDeclarationContext k -> classes.declaration(k, null);
            case FunctionDeclarationContext f -> {
                if (place != Place.IF) {
                    yield functionDeclaration(f, null);
                }
                // Annex B: `if (x) function f() {}` is as if the declaration were in a block of its own.
                pushScope();
                try {
                    yield functionDeclaration(f, null);
                } finally {
                    popScope();
                }
            }
            case IfStatementContext i -> {
                Expression test = expressions.expression(i.expression());
                Statement cons = statement(i.statement(0), Place.IF);
                Statement alt = i.statement().size() > 1 ? statement(i.statement(1), Place.IF) : null;
                yield new Statement.If(test, cons, alt, span(i));
            }
            case DoStatementContext d -> {
                Statement body = loopBody(d.statement());
                yield new Statement.DoWhile(body, expressions.expression(d.expression()), span(d));
            }
            case WhileStatementContext w -> {
                Expression test = expressions.expression(w.expression());
                yield new Statement.While(test, loopBody(w.statement()), span(w));
            }
            case ForLoopContext f -> forStatement(f);
            case ForInOfContext f -> forInOf(f);
            case ContinueStatementContext k -> continueStatement(k);
            case BreakStatementContext b -> breakStatement(b);
            case ReturnStatementContext r -> {
                if (!fn.isFunction) {
                    throw err("Illegal return statement", r.start);
                }
                Expression arg = r.expression() == null ? null : expressions.expression(r.expression());
                yield new Statement.Return(arg, span(r));
            }
            case ThrowStatementContext t -> new Statement.Throw(expressions.expression(t.expression()), span(t));
            case TryStatementContext t -> tryStatement(t);
            case SwitchStatementContext s -> switchStatement(s);
            case DebuggerStatementContext d -> new Statement.Debugger(span(d));
            case LabelledStatementContext l -> labelledStatement(l, place);
            case ImportDeclarationContext i -> moduleItem(i, place);
            case ExportDeclarationContext e -> moduleItem(e, place);
            default -> throw new IllegalStateException("unexpected statement " + c.getClass().getSimpleName());
        };
    }

    /** Declarations that may not be the single body of an if, a loop or a label. */
    private void checkSingleStatement(ParseTree c, Place place) {
        if (c instanceof VariableStatementContext v && v.variableDeclarationList().varModifier().Var() == null) {
            throw err("Lexical declaration cannot appear in a single-statement context", v.start);
        }
        if (c instanceof ClassDeclarationContext k) {
            throw err("Unexpected token 'class'", k.start);
        }
        if (c instanceof FunctionDeclarationContext f) {
            if (f.isAsync != null) {
                throw err("Async functions can only be declared at the top level or inside a block.", f.start);
            }
            if (f.isGen != null) {
                throw err("Generators can only be declared at the top level or inside a block.", f.start);
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

    /** import / export: only at the top level of a module. Returns the statement the item contributes, if any. */
    private Statement moduleItem(ParserRuleContext item, Place place) {
        boolean isImport = item instanceof ImportDeclarationContext;
        if (modules == null) {
            throw err(isImport ? "Cannot use import statement outside a module" : "Unexpected token 'export'",
                    item.start);
        }
        if (place != Place.LIST || fn.parent != null || scope.parent != null) {
            throw err("Unexpected token '" + item.start.getText() + "'", item.start);
        }
        return isImport ? modules.importDeclaration((ImportDeclarationContext) item)
                : modules.exportDeclaration((ExportDeclarationContext) item);
    }

    /** A var / let / const statement (also after 'export'). */
    Statement.VariableDeclaration variableStatement(VariableStatementContext v) {
        Statement.VariableDeclaration d = declarationList(v.variableDeclarationList());
        return new Statement.VariableDeclaration(d.kind(), d.declarations(), span(v));
    }

    private Statement expressionStatement(ExpressionStatementContext e) {
        Token first = e.start;
        if (first.getType() == JavaScriptLexer.Let) {
            ParseTree next = firstTerminalAfter(e.expression(), first);
            if (next instanceof TerminalNode tn && tn.getSymbol().getType() == JavaScriptLexer.OpenBracket) {
                throw err("Unexpected token '['", tn.getSymbol());
            }
        }
        return new Statement.ExpressionStatement(expressions.expression(e.expression()), span(e));
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

    private Statement.Block block(StatementListContext list, ParserRuleContext ctx) {
        pushScope();
        try {
            return new Statement.Block(statements(list), span(ctx));
        } finally {
            popScope();
        }
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

    private Statement forStatement(ForLoopContext f) {
        ForInitContext init = f.forInit();
        boolean ownScope = init != null && init.variableDeclarationList() != null
                && init.variableDeclarationList().varModifier().Var() == null;
        if (ownScope) {
            pushScope();
        }
        try {
            Statement initNode = null;
            if (init != null) {
                checkNoIn(init);
                if (init.variableDeclarationList() != null) {
                    initNode = declarationList(init.variableDeclarationList());
                } else {
                    Expression e = expressions.expression(init.expression());
                    initNode = new Statement.ExpressionStatement(e, e.span());
                }
            }
            Expression test = f.forTest == null ? null : expressions.expression(f.forTest);
            Expression update = f.forUpdate == null ? null : expressions.expression(f.forUpdate);
            Statement body = loopBody(f.statement());
            return new Statement.For(initNode, test, update, body, span(f));
        } finally {
            if (ownScope) {
                popScope();
            }
        }
    }

    /**
     * The init of a for(;;) head is parsed without the spec's [~In] restriction (that keeps the grammar free of
     * parameters); an 'in' operator that is not nested in brackets, parentheses or a function is rejected here.
     */
    private void checkNoIn(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode t) {
                if (t.getSymbol().getType() == JavaScriptLexer.In && ctx instanceof BinaryExpressionContext) {
                    throw err("Unexpected token 'in'", t.getSymbol());
                }
            } else if (!(c instanceof ArgumentsContext || c instanceof ArrayLiteralContext
                    || c instanceof ObjectLiteralContext || c instanceof FunctionBodyContext
                    || c instanceof TemplateLiteralContext || c instanceof ClassTailContext
                    || c instanceof SuffixContext || c instanceof PropertyNameContext
                    || c instanceof PrimaryExpressionContext p && p.OpenParen() != null)) {
                checkNoIn((ParserRuleContext) c);
            }
        }
    }

    private Statement forInOf(ForInOfContext f) {
        boolean of = f.Of() != null;
        String loop = of ? "for-of" : "for-in";
        if (f.Await() != null) {
            if (!of) {
                throw err("Unexpected reserved word", f.Await().getSymbol());
            }
            if (!fn.async) {
                throw err("Unexpected reserved word", f.Await().getSymbol());
            }
        }
        ForInOfLeftContext left = f.forInOfLeft();
        boolean ownScope = left.varModifier() != null && left.varModifier().Var() == null;
        if (ownScope) {
            pushScope();
        }
        try {
            org.minijs.ast.Node leftNode;
            if (left.varModifier() != null) {
                Statement.DeclarationKind kind = declarationKind(left.varModifier());
                PatternBuilder.Binder binder = declarer(kind);
                if (of && kind == Statement.DeclarationKind.VAR) {
                    binder = (name, at) -> {
                        checkNotCatchParameter(name, at);
                        declareVar(name, at);
                    };
                }
                Pattern target = patterns.binding(left.bindingTarget(), binder);
                VariableDeclarator d = new VariableDeclarator(target, null, span(left.bindingTarget()));
                leftNode = new Statement.VariableDeclaration(kind, List.of(d), span(left));
            } else {
                leftNode = forTarget(left.unaryExpression(), of, loop);
            }
            Expression right = of ? expressions.assignment(f.assignmentExpression()) : expressions.expression(f.expression());
            Statement body = loopBody(f.statement());
            return of ? new Statement.ForOf(leftNode, right, body, f.Await() != null, span(f))
                    : new Statement.ForIn(leftNode, right, body, span(f));
        } finally {
            if (ownScope) {
                popScope();
            }
        }
    }

    /**
     * Annex B lets {@code var e} redeclare a simple catch parameter, but not as the binding of a for-of loop.
     */
    private void checkNotCatchParameter(String name, Token at) {
        for (DeclarationScope s = scope; s != null && !s.functionScope; s = s.parent) {
            if (name.equals(s.catchParam)) {
                throw err("Identifier '" + name + "' has already been declared", at);
            }
        }
    }

    /** The assignment target of a for-in/of head without a declaration, as a Pattern. */
    private Pattern forTarget(UnaryExpressionContext u, boolean of, String loop) {
        // The heads `for (let ... of` and `for (let [ ... in` are declarations, never expressions.
        if (u.start.getType() == JavaScriptLexer.Let) {
            Token next = u.stop.getTokenIndex() > u.start.getTokenIndex()
                    ? ((TerminalNode) firstTerminalAfter(u, u.start)).getSymbol() : null;
            if (of || (next != null && next.getType() == JavaScriptLexer.OpenBracket)) {
                throw err("The left-hand side of a for-" + (of ? "of" : "in") + " loop may not start with 'let'.",
                        u.start);
            }
        }
        if (of && ExpressionBuilder.isLhs(u) && u.New().isEmpty() && u.suffix().isEmpty() && !ExpressionBuilder.hasPostfix(u)
                && u.start.getType() == JavaScriptLexer.Async && u.start.getText().equals("async")) {
            throw err("The left-hand side of a for-of loop may not be 'async'.", u.start);
        }
        if (patterns.isLiteralTarget(u)) {
            return patterns.toPattern(patterns.assignmentPattern(u));
        }
        Expression e = expressions.unary(u);
        expressions.checkTarget(e, u, "Invalid left-hand side in " + loop + " loop");
        return new Pattern.Member(e, e.span());
    }

    private static Statement.DeclarationKind declarationKind(VarModifierContext m) {
        return m.Var() != null ? Statement.DeclarationKind.VAR
                : m.Let() != null ? Statement.DeclarationKind.LET : Statement.DeclarationKind.CONST;
    }

    /** How the names of a var / let / const declaration are declared. */
    private PatternBuilder.Binder declarer(Statement.DeclarationKind kind) {
        if (kind == Statement.DeclarationKind.VAR) {
            return this::declareVar;
        }
        return (name, at) -> {
            if (name.equals("let")) {
                throw err("let is disallowed as a lexically bound name", at);
            }
            declareLexical(name, at, false);
        };
    }

    private Statement.VariableDeclaration declarationList(VariableDeclarationListContext c) {
        Statement.DeclarationKind kind = declarationKind(c.varModifier());
        PatternBuilder.Binder binder = declarer(kind);
        List<VariableDeclarationContext> decls = c.variableDeclaration();
        List<VariableDeclarator> out = new ArrayList<>(decls.size());
        for (VariableDeclarationContext d : decls) {
            Pattern target = patterns.binding(d.bindingTarget(), binder);
            Expression init = null;
            if (d.assignmentExpression() != null) {
                init = expressions.assignment(d.assignmentExpression());
            } else if (kind == Statement.DeclarationKind.CONST) {
                throw err("Missing initializer in const declaration", d.bindingTarget().start);
            } else if (!(target instanceof Pattern.Identifier)) {
                throw err("Missing initializer in destructuring declaration", d.bindingTarget().start);
            }
            if (target instanceof Pattern.Identifier id) {
                out.add(new VariableDeclarator(id.name(), init, span(d)));
            } else {
                out.add(new VariableDeclarator(target, init, span(d)));
            }
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

    /** A labelled statement; under an if or a loop its body is held to the rules of that position. */
    private Statement labelledStatement(LabelledStatementContext l, Place place) {
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
            Place bodyPlace = place == Place.LIST || place == Place.LABEL ? Place.LABEL : Place.LOOP;
            return new Statement.Labeled(label, statement(body, bodyPlace), span(l));
        } finally {
            fn.labels.remove(fn.labels.size() - 1);
            fn.labelIsLoop.remove(fn.labelIsLoop.size() - 1);
        }
    }

    private Statement tryStatement(TryStatementContext t) {
        Statement.Block block = braceBlock(t.braceBlock(), null);
        CatchClause handler = null;
        if (t.catchClause() != null) {
            handler = catchClause(t.catchClause());
        }
        Statement.Block finalizer = null;
        if (t.finallyClause() != null) {
            finalizer = braceBlock(t.finallyClause().braceBlock(), null);
        }
        return new Statement.Try(block, handler, finalizer, span(t));
    }

    private CatchClause catchClause(CatchClauseContext c) {
        BindingTargetContext target = c.bindingTarget();
        if (target == null || target.identifier() != null) {
            String param = target == null ? null : bindingName(target.identifier());
            return new CatchClause(param, braceBlock(c.braceBlock(), param), span(c));
        }
        // catch ({a, b}) { body }  =>  catch (*catch*) { let {a, b} = *catch*; body }. The pattern's names are
        // lexical in the body's scope, so redeclaring them there (even with var) is the early error it must be.
        pushScope();
        try {
            Pattern p = patterns.binding(target, (name, at) -> declareLexical(name, at, false));
            SourceSpan ps = span(target);
            Statement bind = new Statement.VariableDeclaration(Statement.DeclarationKind.LET,
                    List.of(new VariableDeclarator(p, new Expression.Identifier(CATCH_PATTERN_PARAM, ps), ps)), ps);
            List<Statement> body = new ArrayList<>();
            body.add(bind);
            body.addAll(statements(c.braceBlock().statementList()));
            return new CatchClause(CATCH_PATTERN_PARAM, new Statement.Block(List.copyOf(body), span(c.braceBlock())),
                    span(c));
        } finally {
            popScope();
        }
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

    private Statement switchStatement(SwitchStatementContext s) {
        Expression discriminant = expressions.expression(s.expression());
        List<CaseClauseContext> clauses = s.caseClause();
        List<SwitchCase> cases = new ArrayList<>(clauses.size());
        // All clauses share one block scope.
        pushScope();
        fn.breakables++;
        try {
            boolean sawDefault = false;
            for (CaseClauseContext c : clauses) {
                if (c.Default() != null) {
                    if (sawDefault) {
                        throw err("More than one default clause in switch statement", c.start);
                    }
                    sawDefault = true;
                }
                Expression test = c.expression() == null ? null : expressions.expression(c.expression());
                cases.add(new SwitchCase(test, statements(c.statementList()), span(c)));
            }
        } finally {
            fn.breakables--;
            popScope();
        }
        return new Statement.Switch(discriminant, List.copyOf(cases), span(s));
    }

    // ---- functions ------------------------------------------------------------------------------------------------

    /** A function declaration; {@code defaultName} names an anonymous one after {@code export default}. */
    Statement functionDeclaration(FunctionDeclarationContext f, String defaultName) {
        boolean async = f.isAsync != null;
        boolean generator = f.isGen != null;
        String name;
        Token nameTok = null;
        if (f.identifier() == null) {
            if (defaultName == null) {
                throw err("Function statements require a function name", f.OpenParen().getSymbol());
            }
            name = defaultName;
        } else {
            nameTok = f.identifier().start;
            name = bindingName(f.identifier());
            if (scope.functionScope && modules == null) {
                declareVar(name, nameTok);
            } else {
                declareLexical(name, nameTok, !async && !generator);
            }
        }
        FunctionNode node = function(new FunctionParts(name, nameTok, f.formalParameterList(), null,
                f.functionBody().statementList(), null, f.start, f.stop), FunctionNode.Kind.NORMAL, async, generator,
                false);
        return new Statement.FunctionDeclaration(node, span(f));
    }

    /** The parts of a function in the parse tree. Exactly one of {@code body} and {@code expressionBody} is set. */
    record FunctionParts(String name, Token nameTok, FormalParameterListContext params, IdentifierContext singleParam,
                         StatementListContext body, AssignmentExpressionContext expressionBody, Token start,
                         Token stop) {
    }

    /** A parameter before it is built: a binding target (or a single arrow identifier), default, rest. */
    private record ParamSource(BindingTargetContext target, IdentifierContext id, AssignmentExpressionContext init,
                               boolean rest, Token start, Token stop) {
        boolean simple() {
            return !rest && init == null && (id != null || target.identifier() != null);
        }
    }

    private static List<ParamSource> paramSources(FormalParameterListContext list, IdentifierContext single) {
        List<ParamSource> out = new ArrayList<>();
        if (single != null) {
            out.add(new ParamSource(null, single, null, false, single.start, single.stop));
            return out;
        }
        if (list == null) {
            return out;
        }
        for (FormalParameterContext p : list.formalParameter()) {
            out.add(new ParamSource(p.bindingTarget(), null, p.assignmentExpression(), false, p.start, p.stop));
        }
        if (list.restParameter() != null) {
            RestParameterContext r = list.restParameter();
            out.add(new ParamSource(r.bindingTarget(), null, null, true, r.start, r.stop));
        }
        return out;
    }

    /**
     * Builds a function of any kind. {@code superCall} is true only for the constructor of a derived class.
     * Methods, getters and setters may use {@code super.x}; arrows inherit the super / new.target rules.
     */
    FunctionNode function(FunctionParts parts, FunctionNode.Kind kind, boolean async, boolean generator,
                          boolean superCall) {
        StatementListContext body = parts.body();
        Token directive = body == null ? null : strictDirective(body);
        boolean strict = fn.strict || directive != null;
        List<ParamSource> sources = paramSources(parts.params(), parts.singleParam());
        boolean simple = true;
        for (ParamSource p : sources) {
            simple &= p.simple();
        }
        if (directive != null && !simple) {
            throw err("Illegal 'use strict' directive in function with non-simple parameter list", directive);
        }
        if (parts.name() != null && parts.nameTok() != null && strict && !fn.strict) {
            checkBindingName(parts.name(), parts.nameTok(), true);
        }

        FunctionContext savedFn = fn;
        DeclarationScope savedScope = scope;
        fn = new FunctionContext(savedFn, true, async, generator, strict);
        switch (kind) {
            case ARROW -> fn.inheritingFrom(savedFn);
            case NORMAL -> fn.newTarget = true;
            default -> {
                fn.newTarget = true;
                fn.superProperty = true;
                fn.superCall = superCall;
            }
        }
        scope = new DeclarationScope(savedScope, true);
        try {
            boolean uniqueRequired = strict || !simple || kind != FunctionNode.Kind.NORMAL;
            Set<String> names = new HashSet<>();
            boolean outerYield = kind == FunctionNode.Kind.ARROW && savedFn.generator;
            boolean outerAwait = kind == FunctionNode.Kind.ARROW && savedFn.async;
            PatternBuilder.Binder binder = (n, at) -> {
                // Arrow parameters are parsed in the enclosing function: its yield / await rules apply to them.
                if ((outerYield && n.equals("yield")) || (outerAwait && n.equals("await"))) {
                    throw err(n.equals("yield") ? "Unexpected identifier 'yield'" : "Unexpected reserved word", at);
                }
                if (!names.add(n) && uniqueRequired) {
                    throw err("Duplicate parameter name not allowed in this context", at);
                }
            };
            List<Parameter> params = new ArrayList<>(sources.size());
            fn.inParameters = true;
            for (ParamSource p : sources) {
                Pattern target;
                if (p.id() != null) {
                    String n = bindingName(p.id());
                    binder.bind(n, p.id().start);
                    target = new Pattern.Identifier(n, span(p.start(), p.stop()));
                } else {
                    target = patterns.binding(p.target(), binder);
                }
                Expression def = p.init() == null ? null : expressions.assignment(p.init());
                SourceSpan ps = span(p.start(), p.stop());
                params.add(target instanceof Pattern.Identifier id ? new Parameter(id.name(), def, p.rest(), ps)
                        : new Parameter(target, def, p.rest(), ps));
            }
            fn.inParameters = false;
            scope.params = names;
            List<Statement> stmts;
            if (parts.expressionBody() != null) {
                Expression e = expressions.assignment(parts.expressionBody());
                stmts = List.of(new Statement.Return(e, e.span()));
            } else {
                stmts = statements(body);
            }
            return new FunctionNode(parts.name(), List.copyOf(params), stmts, kind, async, generator,
                    parts.expressionBody() != null, strict, span(parts.start(), parts.stop()));
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

    Expression arrowFunction(ArrowFunctionContext a) {
        Token arrow = a.Arrow().getSymbol();
        Token before = a.arrowParameters().stop;
        if (lineTerminatorBetween(before.getStopIndex() + 1, arrow.getStartIndex())) {
            throw err("Unexpected token '=>'", arrow);
        }
        ArrowParametersContext ps = a.arrowParameters();
        ArrowBodyContext b = a.arrowBody();
        FunctionNode node = function(new FunctionParts(null, null, ps.formalParameterList(), ps.identifier(),
                b.statementList(), b.assignmentExpression(), a.start, a.stop), FunctionNode.Kind.ARROW,
                a.isAsync != null, false, false);
        return new Expression.Function(node, span(a));
    }

    Expression functionExpression(FunctionExpressionContext f) {
        boolean async = f.isAsync != null;
        boolean generator = f.isGen != null;
        String name = null;
        Token nameTok = null;
        if (f.identifier() != null) {
            nameTok = f.identifier().start;
            name = identifierText(f.identifier());
            // The name of a function expression is bound inside it, so its own async / generator rules apply,
            // not those of the enclosing function.
            if (fn.strict) {
                checkBindingName(name, nameTok, true);
            }
            if ((generator || fn.strict) && name.equals("yield")) {
                throw err("Unexpected identifier 'yield'", nameTok);
            }
            if ((async || modules != null) && name.equals("await")) {
                throw err("Unexpected reserved word", nameTok);
            }
        }
        FunctionNode node = function(new FunctionParts(name, nameTok, f.formalParameterList(), null,
                f.functionBody().statementList(), null, f.start, f.stop), FunctionNode.Kind.NORMAL, async, generator,
                false);
        return new Expression.Function(node, span(f));
    }

    /** Getters take no parameter, setters exactly one that is not a rest parameter. */
    void checkAccessorParams(boolean getter, FormalParameterListContext ps, Token openParen) {
        if (getter) {
            if (ps != null) {
                throw err("Getter must not have any formal parameters.", openParen);
            }
            return;
        }
        if (ps == null || ps.formalParameter().size() + (ps.restParameter() != null ? 1 : 0) != 1) {
            throw err("Setter must have exactly one formal parameter.", openParen);
        }
        if (ps.restParameter() != null) {
            throw err("Setter function argument must not be a rest parameter", ps.restParameter().start);
        }
    }

    // ---- names ----------------------------------------------------------------------------------------------------

    String identifierText(IdentifierContext id) {
        return identifierText(id.start);
    }

    String identifierText(Token t) {
        String text = t.getText();
        if (text.indexOf('\\') < 0) {
            checkAstralCharacters(text, t);
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

    /** The lexer accepts any character outside the BMP in a name; only ID_Start / ID_Continue ones are valid. */
    private void checkAstralCharacters(String text, Token t) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                int cp = text.codePointAt(i);
                if (i == 0 ? !Character.isUnicodeIdentifierStart(cp) : !Character.isUnicodeIdentifierPart(cp)) {
                    throw new EarlyError("Invalid or unexpected token", t.getStartIndex() + i);
                }
                i++;
            }
        }
    }

    /** A name being declared (variable, parameter, function, class, catch or import binding). */
    String bindingName(IdentifierContext id) {
        String name = identifierText(id);
        checkBindingName(name, id.start, fn.strict);
        return name;
    }

    void checkBindingName(String name, Token at, boolean strict) {
        if (strict) {
            if (name.equals("eval") || name.equals("arguments")) {
                throw err("Unexpected eval or arguments in strict mode", at);
            }
            if (STRICT_RESERVED.contains(name)) {
                throw err("Unexpected strict mode reserved word", at);
            }
        }
        checkContextualName(name, at);
    }

    /** await / yield are reserved where they are operators; await everywhere in a module. */
    private void checkContextualName(String name, Token at) {
        if (name.equals("await") && (fn.async || fn.awaitReserved || modules != null)) {
            throw err("Unexpected reserved word", at);
        }
        if (name.equals("yield") && fn.generator) {
            throw err(fn.inParameters ? "Yield expression not allowed in formal parameter"
                    : "Unexpected identifier 'yield'", at);
        }
    }

    void checkIdentifierReference(String name, Token at) {
        if (fn.strict && STRICT_RESERVED.contains(name)) {
            throw err("Unexpected strict mode reserved word", at);
        }
        checkContextualName(name, at);
        if (fn.noArguments && name.equals("arguments")) {
            throw err("'arguments' is not allowed in class field initializer or static initialization block", at);
        }
    }

    String identifierNameText(IdentifierNameContext n) {
        if (n.identifier() != null) {
            return identifierText(n.identifier());
        }
        return n.start.getText();
    }
}
