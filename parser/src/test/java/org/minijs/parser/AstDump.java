package org.minijs.parser;

import java.util.List;

import org.minijs.ast.CatchClause;
import org.minijs.ast.ClassMember;
import org.minijs.ast.ClassNode;
import org.minijs.ast.Node;
import org.minijs.ast.Pattern;
import org.minijs.ast.SwitchCase;
import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Parameter;
import org.minijs.ast.Program;
import org.minijs.ast.Property;
import org.minijs.ast.Statement;
import org.minijs.ast.VariableDeclarator;

/** Compact S-expression rendering of the AST, for tests. */
final class AstDump {
    private AstDump() {
    }

    static String program(Program p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.body().size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(stmt(p.body().get(i)));
        }
        return sb.toString();
    }

    static String stmts(List<Statement> list) {
        StringBuilder sb = new StringBuilder();
        for (Statement s : list) {
            sb.append(' ').append(stmt(s));
        }
        return sb.toString();
    }

    static String stmt(Statement s) {
        return switch (s) {
            case null -> "null";
            case Statement.VariableDeclaration v -> {
                StringBuilder sb = new StringBuilder("(" + v.kind().name().toLowerCase());
                for (VariableDeclarator d : v.declarations()) {
                    sb.append(' ').append(pattern(d.target()));
                    if (d.init() != null) {
                        sb.append('=').append(expr(d.init()));
                    }
                }
                yield sb.append(')').toString();
            }
            case Statement.FunctionDeclaration f -> fn(f.function());
            case Statement.ExpressionStatement e -> expr(e.expression());
            case Statement.Block b -> "{" + stmts(b.body()) + " }";
            case Statement.Empty e -> ";";
            case Statement.If i -> "(if " + expr(i.test()) + " " + stmt(i.consequent())
                    + (i.alternate() == null ? "" : " " + stmt(i.alternate())) + ")";
            case Statement.While w -> "(while " + expr(w.test()) + " " + stmt(w.body()) + ")";
            case Statement.DoWhile d -> "(do " + stmt(d.body()) + " " + expr(d.test()) + ")";
            case Statement.For f -> "(for " + stmt(f.init()) + " " + expr(f.test()) + " " + expr(f.update()) + " "
                    + stmt(f.body()) + ")";
            case Statement.Labeled l -> "(label " + l.label() + " " + stmt(l.body()) + ")";
            case Statement.Break b -> "(break" + (b.label() == null ? "" : " " + b.label()) + ")";
            case Statement.Continue c -> "(continue" + (c.label() == null ? "" : " " + c.label()) + ")";
            case Statement.Return r -> "(return" + (r.argument() == null ? "" : " " + expr(r.argument())) + ")";
            case Statement.Throw t -> "(throw " + expr(t.argument()) + ")";
            case Statement.Try t -> "(try " + stmt(t.block()) + (t.handler() == null ? "" : " " + catchClause(t.handler()))
                    + (t.finalizer() == null ? "" : " (finally " + stmt(t.finalizer()) + ")") + ")";
            case Statement.Debugger d -> "debugger";
            case Statement.Switch sw -> {
                StringBuilder sb = new StringBuilder("(switch " + expr(sw.discriminant()));
                for (SwitchCase c : sw.cases()) {
                    sb.append(c.test() == null ? " (default" : " (case " + expr(c.test())).append(stmts(c.consequent()))
                            .append(')');
                }
                yield sb.append(')').toString();
            }
            case Statement.ForIn f -> "(for-in " + forLeft(f.left()) + " " + expr(f.right()) + " " + stmt(f.body()) + ")";
            case Statement.ForOf f -> "(for-" + (f.isAwait() ? "await-" : "") + "of " + forLeft(f.left()) + " "
                    + expr(f.right()) + " " + stmt(f.body()) + ")";
            case Statement.ClassDeclaration c -> classNode(c.classNode());
        };
    }

    private static String forLeft(Node left) {
        return left instanceof Statement s ? stmt(s) : pattern((Pattern) left);
    }

    static String pattern(Pattern p) {
        return switch (p) {
            case null -> "<hole>";
            case Pattern.Identifier id -> id.name();
            case Pattern.Member m -> "(member " + expr(m.target()) + ")";
            case Pattern.Default d -> pattern(d.target()) + "=" + expr(d.defaultValue());
            case Pattern.Property prop -> (prop.key() != null ? prop.key() : "[" + expr(prop.computedKey()) + "]") + ": "
                    + pattern(prop.value());
            case Pattern.ObjectPattern o -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < o.properties().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(pattern(o.properties().get(i)));
                }
                if (o.rest() != null) {
                    sb.append(o.properties().isEmpty() ? "" : ", ").append("...").append(pattern(o.rest()));
                }
                yield sb.append('}').toString();
            }
            case Pattern.ArrayPattern a -> {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < a.elements().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(pattern(a.elements().get(i)));
                }
                if (a.rest() != null) {
                    sb.append(a.elements().isEmpty() ? "" : ", ").append("...").append(pattern(a.rest()));
                }
                yield sb.append(']').toString();
            }
        };
    }

    static String classNode(ClassNode c) {
        StringBuilder sb = new StringBuilder("(class");
        if (c.name() != null) {
            sb.append(' ').append(c.name());
        }
        if (c.superClass() != null) {
            sb.append(" (extends ").append(expr(c.superClass())).append(')');
        }
        for (ClassMember m : c.members()) {
            sb.append(" (").append(m.kind().name().toLowerCase());
            if (m.isStatic()) {
                sb.append(" static");
            }
            if (m.kind() != ClassMember.Kind.STATIC_BLOCK) {
                sb.append(' ').append(m.privateName() ? "#" : "")
                        .append(m.key() != null ? m.key() : "[" + expr(m.computedKey()) + "]");
            }
            if (m.kind() == ClassMember.Kind.FIELD) {
                if (m.initializer() != null) {
                    sb.append(" = ").append(expr(m.initializer()));
                }
            } else if (m.kind() == ClassMember.Kind.STATIC_BLOCK) {
                sb.append(" {").append(stmts(m.function().body())).append(" }");
            } else {
                sb.append(' ').append(fn(m.function()));
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    private static String catchClause(CatchClause c) {
        return "(catch " + (c.param() == null ? "" : c.param() + " ") + stmt(c.body()) + ")";
    }

    static String fn(FunctionNode f) {
        StringBuilder sb = new StringBuilder("(");
        if (f.async()) {
            sb.append("async ");
        }
        sb.append(switch (f.kind()) {
            case NORMAL -> "function";
            case ARROW -> "arrow";
            case METHOD -> "method";
            case GETTER -> "getter";
            case SETTER -> "setter";
        });
        if (f.generator()) {
            sb.append('*');
        }
        if (f.strict()) {
            sb.append(" strict");
        }
        if (f.name() != null) {
            sb.append(' ').append(f.name());
        }
        sb.append(" [");
        for (int i = 0; i < f.params().size(); i++) {
            Parameter p = f.params().get(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(p.rest() ? "..." : "").append(pattern(p.target()));
            if (p.defaultValue() != null) {
                sb.append('=').append(expr(p.defaultValue()));
            }
        }
        sb.append(']');
        if (f.expressionBody()) {
            sb.append(" => ").append(expr(((Statement.Return) f.body().get(0)).argument()));
        } else {
            sb.append(" {").append(stmts(f.body())).append(" }");
        }
        return sb.append(')').toString();
    }

    static String expr(Expression e) {
        return switch (e) {
            case null -> "null";
            case Expression.NumberLiteral n -> Literals.numberToString(n.value());
            case Expression.StringLiteral s -> quote(s.value());
            case Expression.BooleanLiteral b -> String.valueOf(b.value());
            case Expression.NullLiteral n -> "null";
            case Expression.RegExpLiteral r -> "/" + r.pattern() + "/" + r.flags();
            case Expression.TemplateLiteral t -> {
                StringBuilder sb = new StringBuilder("(template");
                for (int i = 0; i < t.quasis().size(); i++) {
                    sb.append(' ').append(quote(t.quasis().get(i)));
                    if (i < t.expressions().size()) {
                        sb.append(' ').append(expr(t.expressions().get(i)));
                    }
                }
                yield sb.append(')').toString();
            }
            case Expression.Identifier i -> i.name();
            case Expression.This t -> "this";
            case Expression.ArrayLiteral a -> {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < a.elements().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    Expression el = a.elements().get(i);
                    sb.append(el == null ? "<hole>" : expr(el));
                }
                yield sb.append(']').toString();
            }
            case Expression.ObjectLiteral o -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < o.properties().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(prop(o.properties().get(i)));
                }
                yield sb.append('}').toString();
            }
            case Expression.Function f -> fn(f.function());
            case Expression.Unary u -> "(" + u.operator() + " " + expr(u.argument()) + ")";
            case Expression.Update u -> u.prefix() ? "(" + u.operator() + "pre " + expr(u.target()) + ")"
                    : "(" + u.operator() + "post " + expr(u.target()) + ")";
            case Expression.Binary b -> "(" + b.operator() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
            case Expression.Logical b -> "(" + b.operator() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
            case Expression.Assign a -> "(" + a.operator() + " " + expr(a.target()) + " " + expr(a.value()) + ")";
            case Expression.Conditional c -> "(? " + expr(c.test()) + " " + expr(c.consequent()) + " "
                    + expr(c.alternate()) + ")";
            case Expression.Call c -> "(call" + (c.optional() ? "?." : "") + " " + expr(c.callee()) + list(c.arguments())
                    + ")";
            case Expression.New n -> "(new " + expr(n.callee()) + list(n.arguments()) + ")";
            case Expression.PropertyAccess p -> "(" + (p.optional() ? "?." : ".") + " " + expr(p.object()) + " "
                    + p.name() + ")";
            case Expression.ElementAccess p -> "(" + (p.optional() ? "?.[]" : "[]") + " " + expr(p.object()) + " "
                    + expr(p.index()) + ")";
            case Expression.Sequence s -> "(," + list(s.expressions()) + ")";
            case Expression.Await a -> "(await " + expr(a.argument()) + ")";
            case Expression.Spread s -> "(... " + expr(s.argument()) + ")";
            case Expression.Class c -> classNode(c.classNode());
            case Expression.Yield y -> "(yield" + (y.delegate() ? "*" : "")
                    + (y.argument() == null ? "" : " " + expr(y.argument())) + ")";
            case Expression.TaggedTemplate t -> {
                StringBuilder sb = new StringBuilder("(tagged " + expr(t.tag()) + " [");
                for (int i = 0; i < t.cooked().size(); i++) {
                    String c = t.cooked().get(i);
                    sb.append(i > 0 ? " " : "").append(c == null ? "null" : quote(c));
                }
                sb.append("] [");
                for (int i = 0; i < t.raw().size(); i++) {
                    sb.append(i > 0 ? " " : "").append(quote(t.raw().get(i)));
                }
                yield sb.append(']').append(list(t.expressions())).append(')').toString();
            }
            case Expression.SuperCall sc -> "(super" + list(sc.arguments()) + ")";
            case Expression.SuperMember sm -> sm.name() != null ? "super." + sm.name() : "super[" + expr(sm.computed()) + "]";
            case Expression.NewTarget nt -> "new.target";
            case Expression.PrivateMember pm -> "(" + (pm.optional() ? "?.#" : ".#") + " " + expr(pm.object()) + " " + pm.name() + ")";
            case Expression.PrivateIn pi -> "(#in " + pi.name() + " " + expr(pi.object()) + ")";
            case Expression.OptionalChain oc -> "(chain " + expr(oc.expression()) + ")";
        };
    }

    private static String list(List<Expression> es) {
        StringBuilder sb = new StringBuilder();
        for (Expression e : es) {
            sb.append(' ').append(expr(e));
        }
        return sb.toString();
    }

    private static String prop(Property p) {
        String key = p.key() != null ? p.key() : "[" + expr(p.computedKey()) + "]";
        return switch (p.kind()) {
            case SPREAD -> "..." + expr(p.value());
            case GET -> "get " + key + " " + expr(p.value());
            case SET -> "set " + key + " " + expr(p.value());
            case INIT -> key + (p.method() ? " " : ": ") + expr(p.value());
        };
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String unescape(String l) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\' && i + 1 < l.length()) {
                char d = l.charAt(++i);
                sb.append(d == 'n' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Manual exploration: prints the dump or the error of each argument (or each stdin line, \n escaped). */
    public static void main(String[] args) throws Exception {
        List<String> inputs = args.length > 0 ? List.of(args)
                : new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).lines()
                        .map(l -> unescape(l)).toList();
        for (String src : inputs) {
            try {
                System.out.println(src.replace("\n", "\\n") + "  =>  " + program(JsParser.parse(src, "t.js")));
            } catch (SyntaxError e) {
                System.out.println(src.replace("\n", "\\n") + "  =>  ERR " + e.line() + ":" + e.column() + " "
                        + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(src.replace("\n", "\\n") + "  =>  CRASH " + e);
            }
        }
    }
}
