package org.minijs.parser;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minijs.ast.Expression;

/**
 * Structural comparison of two ASTs that ignores where things are: source spans, and the file name and source
 * text a Program keeps. Used to check that two spellings of a program (pass/ and pass-explicit/) mean the same.
 */
final class AstCompare {
    private static final Set<String> IGNORED = Set.of("span", "fileName", "source");

    private AstCompare() {
    }

    private static List<Expression> flatten(Expression.Sequence s, List<Expression> out) {
        for (Expression e : s.expressions()) {
            if (e instanceof Expression.Sequence inner) {
                flatten(inner, out);
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** A description of the first difference, or null when the trees are the same. */
    static String difference(Object a, Object b) {
        return difference(a, b, "");
    }

    private static String difference(Object a, Object b, String path) {
        if (a instanceof Expression.Sequence sa && b instanceof Expression.Sequence sb) {
            // (a, b), c and a, b, c are the same program: the comma operator is associative.
            return difference(flatten(sa, new ArrayList<>()), flatten(sb, new ArrayList<>()), path + "/Sequence");
        }
        if (a == null || b == null) {
            return a == b ? null : path + ": " + a + " vs " + b;
        }
        if (a.getClass() != b.getClass()) {
            return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
        }
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return path + ": " + la.size() + " vs " + lb.size() + " elements";
            }
            for (int i = 0; i < la.size(); i++) {
                String d = difference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Double da) {
            // NaN is not produced by literals; compare bit patterns so that 0 and -0 differ.
            return Double.doubleToLongBits(da) == Double.doubleToLongBits((Double) b) ? null : path + ": " + a + " vs " + b;
        }
        if (!a.getClass().isRecord()) {
            return a.equals(b) ? null : path + ": " + a + " vs " + b;
        }
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            try {
                String d = difference(c.getAccessor().invoke(a), c.getAccessor().invoke(b),
                        path + "/" + a.getClass().getSimpleName() + "." + c.getName());
                if (d != null) {
                    return d;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
