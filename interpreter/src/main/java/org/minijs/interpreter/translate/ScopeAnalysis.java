package org.minijs.interpreter.translate;

import org.minijs.ast.CatchClause;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Node;
import org.minijs.ast.Parameter;
import org.minijs.ast.Program;
import org.minijs.ast.Property;
import org.minijs.ast.Statement;
import org.minijs.ast.VariableDeclarator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a script: builds every scope, declares names where the spec puts them (var and
 * parameters in the function scope, let/const/function declarations in their block), resolves every
 * identifier to its binding and marks bindings that an inner function refers to as captured.
 */
final class ScopeAnalysis {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Node, FunctionInfo> functions = new IdentityHashMap<>();
    final Map<Node, Binding> references = new IdentityHashMap<>();
    /** Constructors of classes without one: {@code constructor(...args) { super(...args); }} or empty. */
    final Map<org.minijs.ast.ClassNode, FunctionNode> defaultConstructors = new IdentityHashMap<>();
    /** Synthetic methods that evaluate class field initializers, one per field, shared with the translator. */
    final Map<org.minijs.ast.ClassMember, FunctionNode> fieldInitializers = new IdentityHashMap<>();
    /** The separate scope of a function body whose parameters contain expressions (see hasParameterExpressions). */
    final Map<FunctionNode, Scope> bodyScopes = new IdentityHashMap<>();
    /** B.3.3: block-level function declarations of sloppy functions, with the function scope of their var. */
    final Map<Statement.FunctionDeclaration, Scope> annexBFunctionScopes = new IdentityHashMap<>();

    FunctionInfo analyzeScript(Program program) {
        return analyzeScript(program, false);
    }

    /**
     * A script. As global code ({@code globalCode}: -e, the REPL) its top-level declarations are not local:
     * they resolve to the global object, so that later scripts of the same realm see them.
     */
    FunctionInfo analyzeScript(Program program, boolean globalCode) {
        return analyzeScript(program, globalCode, false);
    }

    /**
     * With {@code evalCode} (PerformEval, as an indirect eval): the script's let, const and class declarations
     * are its own, and so are its var and function declarations when it is strict; sloppy ones are global.
     */
    FunctionInfo analyzeScript(Program program, boolean globalCode, boolean evalCode) {
        FunctionInfo info = new FunctionInfo(null, null, null, program.strict());
        functions.put(program, info);
        Scope scope = new Scope(null, info);
        info.scope = scope;
        scopes.put(program, scope);
        if (!globalCode || evalCode && program.strict()) {
            declareVars(scope, program.body());
        }
        if (!globalCode || evalCode) {
            // a sloppy eval's function declarations are global, like its vars
            declareLexical(scope, program.body(), !globalCode || program.strict());
        }
        statements(program.body(), scope);
        return info;
    }

    /**
     * A module: the script analysis with an external top scope, import bindings declared in it, and every
     * other top-level binding kept in the environment (exports are read from outside, through it).
     */
    FunctionInfo analyzeModule(org.minijs.ast.Module module, boolean topLevelAwait) {
        Program program = module.program();
        FunctionInfo info = new FunctionInfo(null, null, null, true);
        info.topLevelAwait = topLevelAwait;
        functions.put(program, info);
        Scope scope = new Scope(null, info);
        scope.external = true;
        info.scope = scope;
        scopes.put(program, scope);
        for (org.minijs.ast.ModuleDeclaration d : module.declarations()) {
            if (d instanceof org.minijs.ast.ModuleDeclaration.Import imp) {
                for (org.minijs.ast.ModuleDeclaration.ImportSpecifier spec : imp.specifiers()) {
                    declare(scope, spec.local(), Binding.Kind.IMPORT);
                }
            }
        }
        declareVars(scope, program.body());
        declareLexical(scope, program.body());
        statements(program.body(), scope);
        for (Binding b : scope.bindings.values()) {
            b.captured = b.kind != Binding.Kind.IMPORT;
        }
        return info;
    }

    private void function(FunctionNode fn, Scope outer, boolean expression) {
        FunctionInfo info = new FunctionInfo(fn, outer.function, outer, fn.strict() || outer.function.strict);
        functions.put(fn, info);
        Scope scope = new Scope(outer, info);
        info.scope = scope;
        scopes.put(fn, scope);
        for (Parameter p : fn.params()) {
            for (String name : PatternNames.of(p.target())) {
                declare(scope, name, Binding.Kind.PARAM);
            }
        }
        // FunctionDeclarationInstantiation: with parameter expressions (defaults, destructuring) the body's
        // declarations live in an environment of their own, which closures in the parameters cannot see
        Scope body = scope;
        if (hasParameterExpressions(fn)) {
            body = new Scope(scope, info);
            bodyScopes.put(fn, body);
        }
        declareVars(body, fn.body());
        declareLexical(body, fn.body());
        if (!info.strict) {
            for (Statement s : fn.body()) {
                if (!(s instanceof Statement.FunctionDeclaration)) {
                    annexBFunctions(body, s, java.util.Set.of());
                }
            }
        }
        if (expression && fn.name() != null && fn.kind() == FunctionNode.Kind.NORMAL && scope.lookupLocal(fn.name()) == null) {
            declare(scope, fn.name(), Binding.Kind.CALLEE);
        }
        for (Parameter p : fn.params()) {
            pattern(p.target(), scope);
            if (p.defaultValue() != null) {
                expression(p.defaultValue(), scope);
            }
        }
        statements(fn.body(), body);
    }

    /** ContainsExpression of the formal parameters: a default value or a destructuring pattern. */
    private static boolean hasParameterExpressions(FunctionNode fn) {
        for (Parameter p : fn.params()) {
            if (p.defaultValue() != null || !(p.target() instanceof org.minijs.ast.Pattern.Identifier)) {
                return true;
            }
        }
        return false;
    }

    private Binding declare(Scope scope, String name, Binding.Kind kind) {
        Binding existing = scope.bindings.get(name);
        if (existing != null) {
            if (kind == Binding.Kind.FUNCTION && existing.kind == Binding.Kind.VAR) {
                existing.kind = Binding.Kind.FUNCTION;
            }
            return existing;
        }
        Binding b = new Binding(name, kind, scope);
        scope.bindings.put(name, b);
        return b;
    }

    /** VarDeclaredNames: var declarations anywhere in the body, not inside nested functions. */
    private void declareVars(Scope scope, List<Statement> body) {
        for (Statement s : body) {
            collectVars(scope, s);
        }
    }

    private void collectVars(Scope scope, Statement s) {
        switch (s) {
            case null -> { }
            case Statement.VariableDeclaration d when d.kind() == Statement.DeclarationKind.VAR -> {
                for (VariableDeclarator v : d.declarations()) {
                    for (String name : PatternNames.of(v.target())) {
                        declare(scope, name, Binding.Kind.VAR);
                    }
                }
            }
            case Statement.ForIn f -> {
                if (f.left() instanceof Statement s2) {
                    collectVars(scope, s2);
                }
                collectVars(scope, f.body());
            }
            case Statement.ForOf f -> {
                if (f.left() instanceof Statement s2) {
                    collectVars(scope, s2);
                }
                collectVars(scope, f.body());
            }
            case Statement.Switch sw -> {
                for (org.minijs.ast.SwitchCase c : sw.cases()) {
                    declareVars(scope, c.consequent());
                }
            }
            case Statement.Block b -> declareVars(scope, b.body());
            case Statement.If i -> {
                collectVars(scope, i.consequent());
                collectVars(scope, i.alternate());
            }
            case Statement.While w -> collectVars(scope, w.body());
            case Statement.DoWhile w -> collectVars(scope, w.body());
            case Statement.For f -> {
                collectVars(scope, f.init());
                collectVars(scope, f.body());
            }
            case Statement.Labeled l -> collectVars(scope, l.body());
            case Statement.Try t -> {
                collectVars(scope, t.block());
                if (t.handler() != null) {
                    collectVars(scope, t.handler().body());
                }
                collectVars(scope, t.finalizer());
            }
            default -> { }
        }
    }

    /**
     * B.3.3 (sloppy code): a function declared in a block also gets a var binding in the enclosing function,
     * assigned when the declaration is evaluated, unless a var there would clash with a parameter or a
     * let/const/class of the function or of a block in between ({@code enclosingLexical}).
     */
    private void annexBFunctions(Scope functionScope, Statement s, java.util.Set<String> enclosingLexical) {
        switch (s) {
            case null -> { }
            case Statement.Block b -> annexBBlock(functionScope, b.body(), enclosingLexical);
            case Statement.If i -> {
                annexBFunctions(functionScope, i.consequent(), enclosingLexical);
                annexBFunctions(functionScope, i.alternate(), enclosingLexical);
            }
            case Statement.While w -> annexBFunctions(functionScope, w.body(), enclosingLexical);
            case Statement.DoWhile w -> annexBFunctions(functionScope, w.body(), enclosingLexical);
            case Statement.For f -> annexBFunctions(functionScope, f.body(), enclosingLexical);
            case Statement.ForIn f -> annexBFunctions(functionScope, f.body(), enclosingLexical);
            case Statement.ForOf f -> annexBFunctions(functionScope, f.body(), enclosingLexical);
            case Statement.Labeled l -> annexBFunctions(functionScope, l.body(), enclosingLexical);
            case Statement.Switch sw -> {
                List<Statement> all = new ArrayList<>();
                for (org.minijs.ast.SwitchCase c : sw.cases()) {
                    all.addAll(c.consequent());
                }
                annexBBlock(functionScope, all, enclosingLexical);
            }
            case Statement.Try t -> {
                annexBFunctions(functionScope, t.block(), enclosingLexical);
                if (t.handler() != null) {
                    annexBFunctions(functionScope, t.handler().body(), enclosingLexical);
                }
                annexBFunctions(functionScope, t.finalizer(), enclosingLexical);
            }
            default -> { }
        }
    }

    private void annexBBlock(Scope functionScope, List<Statement> body, java.util.Set<String> enclosingLexical) {
        java.util.Set<String> lexical = new java.util.HashSet<>(enclosingLexical);
        for (Statement s : body) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != Statement.DeclarationKind.VAR) {
                for (VariableDeclarator v : d.declarations()) {
                    lexical.addAll(PatternNames.of(v.target()));
                }
            } else if (s instanceof Statement.ClassDeclaration c) {
                lexical.add(c.classNode().name());
            }
        }
        for (Statement s : body) {
            if (s instanceof Statement.FunctionDeclaration f && !f.function().async()
                    && f.function().kind() == FunctionNode.Kind.NORMAL && !f.function().generator()) {
                String name = f.function().name();
                Binding existing = functionScope.bindings.get(name);
                boolean clash = lexical.contains(name) || existing != null && existing.kind != Binding.Kind.VAR
                        && existing.kind != Binding.Kind.FUNCTION;
                if (!clash) {
                    declare(functionScope, name, Binding.Kind.VAR);
                    annexBFunctionScopes.put(f, functionScope);
                }
            } else {
                annexBFunctions(functionScope, s, lexical);
            }
        }
    }

    /** LexicallyDeclaredNames of a statement list: let, const and function declarations. */
    private void declareLexical(Scope scope, List<Statement> body) {
        declareLexical(scope, body, true);
    }

    private void declareLexical(Scope scope, List<Statement> body, boolean functions) {
        for (Statement s : body) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != Statement.DeclarationKind.VAR) {
                Binding.Kind kind = d.kind() == Statement.DeclarationKind.LET ? Binding.Kind.LET : Binding.Kind.CONST;
                for (VariableDeclarator v : d.declarations()) {
                    for (String name : PatternNames.of(v.target())) {
                        declare(scope, name, kind);
                    }
                }
            } else if (s instanceof Statement.FunctionDeclaration f && functions) {
                declare(scope, f.function().name(), Binding.Kind.FUNCTION);
            } else if (s instanceof Statement.ClassDeclaration c) {
                declare(scope, c.classNode().name(), Binding.Kind.LET);
            }
        }
    }

    private void statements(List<Statement> body, Scope scope) {
        for (Statement s : body) {
            statement(s, scope);
        }
    }

    private void statement(Statement s, Scope scope) {
        switch (s) {
            case null -> { }
            case Statement.VariableDeclaration d -> {
                for (VariableDeclarator v : d.declarations()) {
                    pattern(v.target(), scope);
                    if (v.init() != null) {
                        expression(v.init(), scope);
                    }
                }
            }
            case Statement.Switch sw -> {
                expression(sw.discriminant(), scope);
                Scope inner = new Scope(scope, scope.function);
                scopes.put(sw, inner);
                for (org.minijs.ast.SwitchCase c : sw.cases()) {
                    declareLexical(inner, c.consequent());
                }
                for (org.minijs.ast.SwitchCase c : sw.cases()) {
                    expression(c.test(), inner);
                    statements(c.consequent(), inner);
                }
            }
            case Statement.ForIn f -> forEach(f, f.left(), f.right(), f.body(), scope);
            case Statement.ForOf f -> forEach(f, f.left(), f.right(), f.body(), scope);
            case Statement.ClassDeclaration c -> classNode(c.classNode(), scope, false);
            case Statement.FunctionDeclaration f -> function(f.function(), scope, false);
            case Statement.ExpressionStatement e -> expression(e.expression(), scope);
            case Statement.Block b -> {
                Scope inner = new Scope(scope, scope.function);
                scopes.put(b, inner);
                declareLexical(inner, b.body());
                statements(b.body(), inner);
            }
            case Statement.If i -> {
                expression(i.test(), scope);
                statement(i.consequent(), scope);
                statement(i.alternate(), scope);
            }
            case Statement.While w -> {
                expression(w.test(), scope);
                statement(w.body(), scope);
            }
            case Statement.DoWhile w -> {
                statement(w.body(), scope);
                expression(w.test(), scope);
            }
            case Statement.For f -> {
                Scope head = scope;
                if (f.init() instanceof Statement.VariableDeclaration d && d.kind() != Statement.DeclarationKind.VAR) {
                    head = new Scope(scope, scope.function);
                    scopes.put(f, head);
                    declareLexical(head, List.of(d));
                }
                statement(f.init(), head);
                expression(f.test(), head);
                expression(f.update(), head);
                statement(f.body(), head);
            }
            case Statement.Labeled l -> statement(l.body(), scope);
            case Statement.Return r -> expression(r.argument(), scope);
            case Statement.Throw t -> expression(t.argument(), scope);
            case Statement.Try t -> {
                statement(t.block(), scope);
                if (t.handler() != null) {
                    catchClause(t.handler(), scope);
                }
                statement(t.finalizer(), scope);
            }
            default -> { }
        }
    }

    /** for-in/of: a let/const head gets its own scope (a fresh copy per iteration at run time). */
    private void forEach(Statement loop, Node left, Expression right, Statement body, Scope scope) {
        Scope head = scope;
        if (left instanceof Statement.VariableDeclaration d && d.kind() != Statement.DeclarationKind.VAR) {
            head = new Scope(scope, scope.function);
            scopes.put(loop, head);
            declareLexical(head, List.of(d));
        }
        // ForIn/OfHeadEvaluation: the iterated expression sees the head's let/const names in their TDZ
        expression(right, head);
        if (left instanceof Statement s) {
            statement(s, head);
        } else {
            pattern((org.minijs.ast.Pattern) left, head);
        }
        statement(body, head);
    }

    /**
     * Classes: a named class gets an inner scope binding its own name (const-like) for the methods; each
     * field initializer becomes a synthetic method so that {@code this} and scoping work as for methods.
     */
    private void classNode(org.minijs.ast.ClassNode c, Scope scope, boolean expression) {
        expression(c.superClass(), scope);
        Scope inner = new Scope(scope, scope.function);
        scopes.put(c, inner);
        if (c.name() != null) {
            declare(inner, c.name(), Binding.Kind.CONST);
        }
        for (org.minijs.ast.ClassMember m : c.members()) {
            if (m.privateName()) {
                declare(inner, "#" + m.key(), Binding.Kind.CONST);
            }
        }
        boolean hasConstructor = false;
        for (org.minijs.ast.ClassMember m : c.members()) {
            hasConstructor |= isConstructor(m);
        }
        if (!hasConstructor) {
            FunctionNode ctor = defaultConstructor(c);
            defaultConstructors.put(c, ctor);
            function(ctor, inner, false);
        }
        for (org.minijs.ast.ClassMember m : c.members()) {
            expression(m.computedKey(), inner);
            if (m.function() != null) {
                function(m.function(), inner, false);
            } else if (m.kind() == org.minijs.ast.ClassMember.Kind.FIELD) {
                Expression init = m.initializer() != null ? m.initializer()
                        : new Expression.Identifier("undefined", m.span());
                FunctionNode synthetic = new FunctionNode(null, List.of(), List.of(new Statement.Return(init, m.span())),
                        FunctionNode.Kind.METHOD, false, false, true, true, m.span());
                fieldInitializers.put(m, synthetic);
                function(synthetic, inner, false);
            }
        }
    }

    private static boolean simpleParameters(FunctionNode fn) {
        for (Parameter p : fn.params()) {
            if (p.rest() || p.defaultValue() != null || p.name() == null) {
                return false;
            }
        }
        return true;
    }

    static boolean isConstructor(org.minijs.ast.ClassMember m) {
        return m.kind() == org.minijs.ast.ClassMember.Kind.METHOD && !m.isStatic() && !m.privateName()
                && m.computedKey() == null && "constructor".equals(m.key());
    }

    private static FunctionNode defaultConstructor(org.minijs.ast.ClassNode c) {
        org.minijs.ast.SourceSpan span = c.span();
        if (c.superClass() == null) {
            return new FunctionNode(c.name(), List.of(), List.of(), FunctionNode.Kind.METHOD, false, false, false, true, span);
        }
        Expression.Identifier args = new Expression.Identifier("args", span);
        Statement call = new Statement.ExpressionStatement(new Expression.SuperCall(
                List.of(new Expression.Spread(args, span)), span), span);
        return new FunctionNode(c.name(), List.of(new Parameter("args", null, true, span)), List.of(call),
                FunctionNode.Kind.METHOD, false, false, false, true, span);
    }

    /** Resolves the names a pattern assigns to or reads (defaults, computed keys, member targets). */
    private void pattern(org.minijs.ast.Pattern p, Scope scope) {
        switch (p) {
            case null -> { }
            case org.minijs.ast.Pattern.Identifier id -> resolve(id, id.name(), scope);
            case org.minijs.ast.Pattern.ObjectPattern o -> {
                for (org.minijs.ast.Pattern.Property prop : o.properties()) {
                    pattern(prop, scope);
                }
                pattern(o.rest(), scope);
            }
            case org.minijs.ast.Pattern.Property prop -> {
                expression(prop.computedKey(), scope);
                pattern(prop.value(), scope);
            }
            case org.minijs.ast.Pattern.ArrayPattern a -> {
                for (org.minijs.ast.Pattern e : a.elements()) {
                    pattern(e, scope);
                }
                pattern(a.rest(), scope);
            }
            case org.minijs.ast.Pattern.Default d -> {
                pattern(d.target(), scope);
                expression(d.defaultValue(), scope);
            }
            case org.minijs.ast.Pattern.Member m -> expression(m.target(), scope);
        }
    }

    private void catchClause(CatchClause c, Scope scope) {
        Scope inner = new Scope(scope, scope.function);
        scopes.put(c, inner);
        if (c.param() != null) {
            declare(inner, c.param(), Binding.Kind.CATCH);
        }
        statement(c.body(), inner);
    }

    private void expression(Expression e, Scope scope) {
        switch (e) {
            case null -> { }
            case Expression.Identifier id -> resolve(id, id.name(), scope);
            case Expression.TemplateLiteral t -> t.expressions().forEach(x -> expression(x, scope));
            case Expression.ArrayLiteral a -> a.elements().forEach(x -> expression(x, scope));
            case Expression.ObjectLiteral o -> {
                for (Property p : o.properties()) {
                    expression(p.computedKey(), scope);
                    expression(p.value(), scope);
                }
            }
            case Expression.Function f -> function(f.function(), scope, true);
            case Expression.Unary u -> expression(u.argument(), scope);
            case Expression.Update u -> expression(u.target(), scope);
            case Expression.Binary b -> {
                expression(b.left(), scope);
                expression(b.right(), scope);
            }
            case Expression.Logical l -> {
                expression(l.left(), scope);
                expression(l.right(), scope);
            }
            case Expression.Assign a -> {
                expression(a.target(), scope);
                expression(a.value(), scope);
            }
            case Expression.Conditional c -> {
                expression(c.test(), scope);
                expression(c.consequent(), scope);
                expression(c.alternate(), scope);
            }
            case Expression.Call c -> {
                expression(c.callee(), scope);
                c.arguments().forEach(x -> expression(x, scope));
            }
            case Expression.New n -> {
                expression(n.callee(), scope);
                n.arguments().forEach(x -> expression(x, scope));
            }
            case Expression.PropertyAccess p -> expression(p.object(), scope);
            case Expression.ElementAccess el -> {
                expression(el.object(), scope);
                expression(el.index(), scope);
            }
            case Expression.Sequence s -> s.expressions().forEach(x -> expression(x, scope));
            case Expression.Await a -> expression(a.argument(), scope);
            case Expression.Spread s -> expression(s.argument(), scope);
            case Expression.Class c -> classNode(c.classNode(), scope, true);
            case Expression.Yield y -> expression(y.argument(), scope);
            case Expression.TaggedTemplate t -> {
                expression(t.tag(), scope);
                t.expressions().forEach(x -> expression(x, scope));
            }
            case Expression.SuperCall sc -> sc.arguments().forEach(x -> expression(x, scope));
            case Expression.SuperMember sm -> expression(sm.computed(), scope);
            case Expression.PrivateMember pm -> {
                expression(pm.object(), scope);
                resolve(pm, "#" + pm.name(), scope);
            }
            case Expression.PrivateIn pi -> {
                expression(pi.object(), scope);
                resolve(pi, "#" + pi.name(), scope);
            }
            case Expression.OptionalChain oc -> expression(oc.expression(), scope);
            default -> { }
        }
    }

    private void resolve(Node id, String name, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent) {
            Binding b = s.lookupLocal(name);
            if (b != null) {
                if (b.kind == Binding.Kind.VAR && name.equals("arguments") && s == argumentsOwner(scope).scope) {
                    // var arguments does not replace the arguments object: the var binding is initialized with it
                    b = argumentsBinding(scope);
                }
                if (b.scope.function != scope.function) {
                    b.captured = true;
                }
                references.put(id, b);
                return;
            }
        }
        if (name.equals("arguments") && argumentsOwner(scope).node != null) {
            references.put(id, argumentsBinding(scope));
        }
    }

    /** The function whose arguments object {@code arguments} names in {@code scope}: arrows have none. */
    private static FunctionInfo argumentsOwner(Scope scope) {
        FunctionInfo f = scope.function;
        while (f.isArrow()) {
            f = f.parent;
        }
        return f;
    }

    /** The binding of the arguments object of {@link #argumentsOwner}, declared on first use. */
    private Binding argumentsBinding(Scope scope) {
        FunctionInfo f = argumentsOwner(scope);
        Binding b = declare(f.scope, "arguments", Binding.Kind.ARGUMENTS);
        b.kind = Binding.Kind.ARGUMENTS;
        if (!f.strict && simpleParameters(f.node)) {
            // CreateMappedArgumentsObject: arguments[i] and the parameters alias each other, so the
            // parameters live in the environment where the arguments object can reach them
            f.mappedArguments = true;
            for (Binding p : f.scope.bindings.values()) {
                if (p.kind == Binding.Kind.PARAM) {
                    p.captured = true;
                }
            }
        }
        if (f != scope.function) {
            b.captured = true;
        }
        return b;
    }
}
