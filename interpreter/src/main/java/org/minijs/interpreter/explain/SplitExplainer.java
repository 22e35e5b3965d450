package org.minijs.interpreter.explain;

import org.minijs.ast.Expression;
import org.minijs.ast.FunctionNode;
import org.minijs.ast.Node;
import org.minijs.ast.Parameter;
import org.minijs.ast.Pattern;
import org.minijs.ast.Program;
import org.minijs.ast.SourceSpan;
import org.minijs.ast.Statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code minijs --explain}: for every async function and generator, how the translator splits it — the
 * segments of straight-line code between suspension points, each resume point with its location, and which
 * of the function's variables must survive a suspension in the materialized frame (a name used both before
 * and after a suspension point, or in a loop that suspends) and which need not.
 */
public final class SplitExplainer {
    private final String fileName;
    private final String source;
    private final StringBuilder out = new StringBuilder();

    private SplitExplainer(String fileName, String source) {
        this.fileName = fileName;
        this.source = source;
    }

    public static String explain(Program program) {
        SplitExplainer e = new SplitExplainer(program.fileName(), program.source());
        e.visit(program.body(), null);
        if (e.out.isEmpty()) {
            return "no async functions or generators in " + program.fileName() + "\n";
        }
        return e.out.toString();
    }

    /** A suspension point: what kind, where, and the loops (by span) it sits in. */
    private record Suspension(String kind, SourceSpan span, List<SourceSpan> loops) { }

    /** One use of a name: where, and inside which loops. */
    private record Use(String name, int offset, List<SourceSpan> loops) { }

    // ---- finding functions -----------------------------------------------------------------------------

    private void visit(Object n, String name) {
        if (n == null) {
            return;
        }
        if (n instanceof FunctionNode fn) {
            if (fn.async() || fn.generator()) {
                report(fn, name);
            }
            visit(fn.params(), null);
            visit(fn.body(), null);
            return;
        }
        if (n instanceof Statement.VariableDeclaration d) {
            for (var v : d.declarations()) {
                visit(v.target(), null);
                visit(v.init(), v.name());
            }
            return;
        }
        if (n instanceof List<?> list) {
            for (Object x : list) {
                visit(x, null);
            }
        } else if (n instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                if (Node.class.isAssignableFrom(c.getType()) || List.class.isAssignableFrom(c.getType())) {
                    visit(component(r, c), null);
                }
            }
        }
    }

    private static Object component(Record r, java.lang.reflect.RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- one function ----------------------------------------------------------------------------------

    private void report(FunctionNode fn, String inferredName) {
        List<Suspension> suspensions = new ArrayList<>();
        List<Use> uses = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Parameter p : fn.params()) {
            collectNames(p.target(), declared);
            uses.add(new Use(p.name() == null ? "" : p.name(), fn.span().startOffset(), List.of()));
        }
        walk(fn.body(), new ArrayList<>(), suspensions, uses, declared);
        String kind = (fn.async() ? "async " : "") + (fn.generator() ? "generator" : "function");
        String name = fn.name() != null ? fn.name() : inferredName != null ? inferredName : "(anonymous)";
        out.append(kind).append(' ').append(name).append(" at ").append(where(fn.span())).append('\n');
        if (suspensions.isEmpty()) {
            out.append("  no suspension points: runs to completion in one piece\n\n");
            return;
        }
        int from = fn.span().line();
        for (int i = 0; i < suspensions.size(); i++) {
            Suspension s = suspensions.get(i);
            out.append("  segment ").append(i).append(": lines ").append(from).append('-').append(s.span().line())
                    .append(i == 0 ? " (runs synchronously inside the call)" : " (runs in a microtask or next())").append('\n');
            out.append("  resume point ").append(i + 1).append(": ").append(s.kind()).append(" at ")
                    .append(where(s.span())).append(s.loops().isEmpty() ? "" : " (inside a loop: revisited)").append('\n');
            from = s.span().line();
        }
        out.append("  segment ").append(suspensions.size()).append(": lines ").append(from).append('-')
                .append(lineOf(Math.max(fn.span().startOffset(), fn.span().endOffset() - 1))).append(" (until the function completes)\n");
        Map<String, String> live = new LinkedHashMap<>();
        Set<String> local = new LinkedHashSet<>();
        for (String v : declared) {
            String reason = liveAcross(v, uses, suspensions);
            if (reason != null) {
                live.put(v, reason);
            } else {
                local.add(v);
            }
        }
        out.append("  frame slots that live across a suspension:");
        if (live.isEmpty()) {
            out.append(" none\n");
        } else {
            out.append('\n');
            live.forEach((v, why) -> out.append("    ").append(v).append(" — ").append(why).append('\n'));
        }
        out.append("  frame slots that need not: ").append(local.isEmpty() ? "none" : String.join(", ", local)).append("\n\n");
    }

    /** Why {@code name} must survive a suspension, or null when every use falls within one segment. */
    private String liveAcross(String name, List<Use> uses, List<Suspension> suspensions) {
        for (Suspension s : suspensions) {
            boolean before = false;
            boolean after = false;
            for (Use u : uses) {
                if (!u.name().equals(name)) {
                    continue;
                }
                if (u.offset() < s.span().startOffset()) {
                    before = true;
                } else {
                    after = true;
                }
                for (SourceSpan loop : s.loops()) {
                    if (u.loops().contains(loop)) {
                        return "used in a loop that suspends at " + where(s.span());
                    }
                }
            }
            if (before && after) {
                return "used before and after the suspension at " + where(s.span());
            }
        }
        return null;
    }

    private void walk(Object n, List<SourceSpan> loops, List<Suspension> suspensions, List<Use> uses, Set<String> declared) {
        if (n == null || n instanceof FunctionNode) {
            return; // nested functions have frames of their own
        }
        if (n instanceof Expression.Function || n instanceof Expression.Class || n instanceof Statement.FunctionDeclaration
                || n instanceof Statement.ClassDeclaration) {
            if (n instanceof Statement.FunctionDeclaration f) {
                declared.add(f.function().name());
            }
            return;
        }
        boolean loop = n instanceof Statement.While || n instanceof Statement.DoWhile || n instanceof Statement.For
                || n instanceof Statement.ForIn || n instanceof Statement.ForOf;
        List<SourceSpan> inner = loops;
        if (loop) {
            inner = new ArrayList<>(loops);
            inner.add(((Node) n).span());
        }
        switch (n) {
            case Expression.Await a -> {
                walk(a.argument(), inner, suspensions, uses, declared);
                suspensions.add(new Suspension("await", a.span(), inner));
                return;
            }
            case Expression.Yield y -> {
                walk(y.argument(), inner, suspensions, uses, declared);
                suspensions.add(new Suspension(y.delegate() ? "yield*" : "yield", y.span(), inner));
                return;
            }
            case Statement.ForOf f when f.isAwait() -> suspensions.add(new Suspension("for await (each step)", f.span(), inner));
            case Expression.Identifier id -> {
                uses.add(new Use(id.name(), id.span().startOffset(), inner));
                return;
            }
            case Pattern.Identifier id -> {
                declared.add(id.name());
                uses.add(new Use(id.name(), id.span().startOffset(), inner));
                return;
            }
            case Statement.VariableDeclaration d -> {
                for (var v : d.declarations()) {
                    collectNames(v.target(), declared);
                }
            }
            case org.minijs.ast.CatchClause c when c.param() != null -> {
                declared.add(c.param());
                uses.add(new Use(c.param(), c.span().startOffset(), inner));
            }
            default -> { }
        }
        if (n instanceof List<?> list) {
            for (Object x : list) {
                walk(x, inner, suspensions, uses, declared);
            }
        } else if (n instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                if (Node.class.isAssignableFrom(c.getType()) || List.class.isAssignableFrom(c.getType())) {
                    walk(component(r, c), inner, suspensions, uses, declared);
                }
            }
        }
    }

    private static void collectNames(Pattern p, Set<String> names) {
        switch (p) {
            case null -> { }
            case Pattern.Identifier id -> names.add(id.name());
            case Pattern.ObjectPattern o -> {
                o.properties().forEach(x -> collectNames(x, names));
                collectNames(o.rest(), names);
            }
            case Pattern.Property prop -> collectNames(prop.value(), names);
            case Pattern.ArrayPattern a -> {
                a.elements().forEach(x -> collectNames(x, names));
                collectNames(a.rest(), names);
            }
            case Pattern.Default d -> collectNames(d.target(), names);
            case Pattern.Member m -> { }
        }
    }

    private String where(SourceSpan span) {
        return fileName + ":" + span.line() + ":" + span.column();
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, source.length()); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
