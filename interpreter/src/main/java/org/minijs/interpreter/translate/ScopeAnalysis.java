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
    final Map<Expression.Identifier, Binding> references = new IdentityHashMap<>();

    FunctionInfo analyzeScript(Program program) {
        FunctionInfo info = new FunctionInfo(null, null, null, program.strict());
        functions.put(program, info);
        Scope scope = new Scope(null, info);
        info.scope = scope;
        scopes.put(program, scope);
        declareVars(scope, program.body());
        declareLexical(scope, program.body());
        statements(program.body(), scope);
        return info;
    }

    private void function(FunctionNode fn, Scope outer, boolean expression) {
        FunctionInfo info = new FunctionInfo(fn, outer.function, outer, fn.strict() || outer.function.strict);
        functions.put(fn, info);
        Scope scope = new Scope(outer, info);
        info.scope = scope;
        scopes.put(fn, scope);
        for (Parameter p : fn.params()) {
            declare(scope, p.name(), Binding.Kind.PARAM);
        }
        declareVars(scope, fn.body());
        declareLexical(scope, fn.body());
        if (expression && fn.name() != null && fn.kind() == FunctionNode.Kind.NORMAL && scope.lookupLocal(fn.name()) == null) {
            declare(scope, fn.name(), Binding.Kind.CALLEE);
        }
        for (Parameter p : fn.params()) {
            if (p.defaultValue() != null) {
                expression(p.defaultValue(), scope);
            }
        }
        statements(fn.body(), scope);
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
                    declare(scope, v.name(), Binding.Kind.VAR);
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

    /** LexicallyDeclaredNames of a statement list: let, const and function declarations. */
    private void declareLexical(Scope scope, List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof Statement.VariableDeclaration d && d.kind() != Statement.DeclarationKind.VAR) {
                Binding.Kind kind = d.kind() == Statement.DeclarationKind.LET ? Binding.Kind.LET : Binding.Kind.CONST;
                for (VariableDeclarator v : d.declarations()) {
                    declare(scope, v.name(), kind);
                }
            } else if (s instanceof Statement.FunctionDeclaration f) {
                declare(scope, f.function().name(), Binding.Kind.FUNCTION);
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
                    if (v.init() != null) {
                        expression(v.init(), scope);
                    }
                }
            }
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
            case Expression.Identifier id -> resolve(id, scope);
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
            default -> { }
        }
    }

    private void resolve(Expression.Identifier id, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent) {
            Binding b = s.lookupLocal(id.name());
            if (b != null) {
                if (b.scope.function != scope.function) {
                    b.captured = true;
                }
                references.put(id, b);
                return;
            }
        }
        if (id.name().equals("arguments")) {
            FunctionInfo f = scope.function;
            while (f.isArrow()) {
                f = f.parent;
            }
            if (f.node != null) {
                Binding b = declare(f.scope, "arguments", Binding.Kind.ARGUMENTS);
                if (f != scope.function) {
                    b.captured = true;
                }
                references.put(id, b);
            }
        }
    }
}
