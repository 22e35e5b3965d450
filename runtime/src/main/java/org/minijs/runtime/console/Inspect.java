package org.minijs.runtime.console;

import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * node's util.inspect for the values console.log prints, with its default options (depth 2, compact 3,
 * breakLength 80 for console output).
 */
public final class Inspect {
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_$][A-Za-z_$0-9]*$");
    private static final int BREAK_LENGTH = 80;
    private static final int DEPTH = 2;

    private final Map<JSObject, Integer> circular = new IdentityHashMap<>();
    private final List<JSObject> seen = new ArrayList<>();
    private int indentation;

    private Inspect() {
    }

    public static String inspect(Object value) {
        Inspect inspect = new Inspect();
        String result = inspect.format(value, 0, true);
        return result;
    }

    private String format(Object value, int depth, boolean topLevel) {
        if (value instanceof String s) {
            return topLevel ? s : quote(s);
        }
        if (!(value instanceof JSObject o)) {
            return primitive(value);
        }
        if (seen.contains(o)) {
            int index = circular.computeIfAbsent(o, k -> circular.size() + 1);
            return "[Circular *" + index + "]";
        }
        return object(o, depth);
    }

    static String primitive(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d && d == 0 && 1 / d < 0) {
            return "-0";
        }
        if (JSRuntime.isNumber(value)) {
            return NumberFormatter.toString(JSRuntime.toNumber(value));
        }
        if (value instanceof Symbol s) {
            return s.toString();
        }
        if (value == Undefined.INSTANCE) {
            return "undefined";
        }
        if (value == Null.INSTANCE) {
            return "null";
        }
        return String.valueOf(value);
    }

    /** strEscape: single quotes unless the string holds one and no double quote (then ""), else backticks. */
    static String quote(String s) {
        char q = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) {
                q = '"';
            } else if (s.indexOf('`') < 0 && !s.contains("${")) {
                q = '`';
            }
        }
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\b') {
                sb.append("\\b");
            } else if (c == '\f') {
                sb.append("\\f");
            } else if (c == 0x0B) {
                sb.append("\\v");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    private String object(JSObject o, int depth) {
        String prefix = prefix(o);
        if (o instanceof JSErrorObject error) {
            return errorText(error);
        }
        boolean isArray = o instanceof JSArray;
        List<Object> keys = new ArrayList<>();
        for (Object k : o.ownPropertyKeys()) {
            if (isArray && k instanceof String s && (s.equals("length") || org.minijs.interpreter.objects.ArrayIndex.parse(s) >= 0)) {
                continue;
            }
            PropertyCell cell = o.getOwnProperty(k);
            if (cell != null && cell.enumerable()) {
                keys.add(k);
            }
        }
        boolean empty = keys.isEmpty() && !(isArray && ((JSArray) o).length() > 0) && !(o instanceof JSPromise);
        if (o instanceof JSFunction f && keys.isEmpty()) {
            return prefix;
        }
        if (empty) {
            if (isArray) {
                return "[]";
            }
            return prefix.isEmpty() ? "{}" : prefix + " {}";
        }
        if (depth > DEPTH) {
            return isArray ? "[Array]" : "[" + (prefix.isEmpty() ? "Object" : prefix.replace("[", "").replace("]", "")) + "]";
        }
        seen.add(o);
        List<String> entries = new ArrayList<>();
        indentation += 2;
        if (o instanceof JSPromise p) {
            entries.add(promiseState(p, depth));
        }
        if (isArray) {
            arrayEntries((JSArray) o, depth, entries);
        }
        for (Object k : keys) {
            entries.add(property(o, k, depth));
        }
        indentation -= 2;
        seen.remove(seen.size() - 1);
        String open = isArray ? "[" : "{";
        String close = isArray ? "]" : "}";
        String base = isArray ? (prefix.equals("Array") ? "" : prefix) : prefix;
        Integer ref = circular.get(o);
        String result = reduceToSingleString(entries, base, open, close);
        return ref != null ? "<ref *" + ref + "> " + result : result;
    }

    private String promiseState(JSPromise p, int depth) {
        return switch (p.state()) {
            case PENDING -> "<pending>";
            case FULFILLED -> format(p.result(), depth + 1, false);
            case REJECTED -> "<rejected> " + format(p.result(), depth + 1, false);
        };
    }

    private void arrayEntries(JSArray a, int depth, List<String> entries) {
        int holes = 0;
        int shown = 0;
        for (int i = 0; i < a.length() && shown < 100; i++) {
            Object v = a.getElement(i);
            if (v == null) {
                holes++;
                continue;
            }
            if (holes > 0) {
                entries.add("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
                holes = 0;
                shown++;
            }
            entries.add(format(v, depth + 1, false));
            shown++;
        }
        if (holes > 0) {
            entries.add("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
        }
        if (a.length() > 100 && shown >= 100) {
            int more = a.length() - 100;
            entries.add("... " + more + " more item" + (more > 1 ? "s" : ""));
        }
    }

    private String property(JSObject o, Object key, int depth) {
        String name;
        if (key instanceof Symbol s) {
            name = "[" + s + "]";
        } else {
            String k = (String) key;
            name = IDENTIFIER.matcher(k).matches() ? k : quote(k);
        }
        PropertyCell cell = o.getOwnProperty(key);
        if (cell.accessor) {
            String kind = cell.getter != null ? (cell.setter != null ? "[Getter/Setter]" : "[Getter]") : "[Setter]";
            return name + ": " + kind;
        }
        return name + ": " + format(cell.value, depth + 1, false);
    }

    /** node's reduceToSingleString for compact mode 3: one line when short enough, else one entry per line. */
    private String reduceToSingleString(List<String> entries, String base, String open, String close) {
        int start = entries.size() + indentation + open.length() + base.length() + 10;
        int total = entries.size() + start;
        boolean fits = total + entries.size() <= BREAK_LENGTH;
        for (String e : entries) {
            total += e.length();
            if (total > BREAK_LENGTH || e.contains("\n")) {
                fits = false;
            }
        }
        String head = base.isEmpty() ? "" : base + " ";
        if (fits) {
            return head + open + " " + String.join(", ", entries) + " " + close;
        }
        String ind = "\n" + " ".repeat(indentation);
        return head + open + ind + "  " + String.join("," + ind + "  ", entries) + ind + close;
    }

    /** The "Foo" of "Foo { x: 1 }", "[Function: f]", "[AsyncFunction: f]"... */
    private static String prefix(JSObject o) {
        if (o instanceof JSFunction f) {
            String kind = f.data().isAsync() ? "AsyncFunction" : "Function";
            String name = f.name();
            return name.isEmpty() ? "[" + kind + " (anonymous)]" : "[" + kind + ": " + name + "]";
        }
        if (o instanceof JSPromise) {
            return "Promise";
        }
        if (o instanceof JSArray) {
            return "Array";
        }
        JSObject proto = o.getPrototypeOf();
        if (proto == null) {
            return "[Object: null prototype]";
        }
        PropertyCell ctor = proto.getOwnProperty("constructor");
        if (ctor != null && !ctor.accessor && ctor.value instanceof JSFunction f) {
            String name = f.name();
            return name.equals("Object") ? "" : name;
        }
        return "";
    }

    private static String errorText(JSErrorObject error) {
        Object stack = error.get("stack");
        return stack instanceof String s ? s : org.minijs.interpreter.errors.Errors.header(error);
    }
}
