package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** JSON.parse and JSON.stringify (§25.5) with replacer functions/arrays, indentation and toJSON. */
public final class JsonBuiltins {
    private JsonBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject json = new JSObject(in.objectPrototype);
        json.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("JSON", PropertyCell.CONFIGURABLE));
        in.globalObject.defineHidden("JSON", json);
        Intrinsics.method(realm, json, "stringify", 3, (t, a, nt) -> {
            Object replacer = JSBuiltin.arg(a, 1);
            List<String> propertyList = replacer instanceof JSArray list ? propertyList(list) : null;
            Stringifier s = new Stringifier(replacer instanceof JSFunction f ? f : null, propertyList,
                    gap(JSBuiltin.arg(a, 2)));
            JSObject wrapper = realm.newObject();
            wrapper.set("", JSBuiltin.arg(a, 0));
            String out = s.serialize(wrapper, "", JSBuiltin.arg(a, 0), "");
            return out == null ? Undefined.INSTANCE : out;
        });
        Intrinsics.method(realm, json, "parse", 2, (t, a, nt) -> {
            Object value = new Parser(realm, JSRuntime.toString(JSBuiltin.arg(a, 0))).parseTop();
            if (JSBuiltin.arg(a, 1) instanceof JSFunction reviver) {
                JSObject root = realm.newObject();
                root.set("", value);
                return revive(root, "", reviver);
            }
            return value;
        });
    }

    /** JSON.stringify step 6: the gap from a number (up to 10 spaces) or a string (its first 10 code units). */
    private static String gap(Object space) {
        Object v = space;
        if (v instanceof JSPrimitiveObject w && (JSRuntime.isNumber(w.primitiveValue()) || w.primitiveValue() instanceof String)) {
            v = JSRuntime.isNumber(w.primitiveValue()) ? (Object) JSRuntime.toNumber(w) : JSRuntime.toString(w);
        }
        if (JSRuntime.isNumber(v)) {
            return " ".repeat((int) Math.max(0, Math.min(10, JSRuntime.toIntegerOrInfinity(v))));
        }
        if (v instanceof String str) {
            return str.length() > 10 ? str.substring(0, 10) : str;
        }
        return "";
    }

    /** JSON.stringify step 5.b: the PropertyList of a replacer array, strings and numbers once each, in order. */
    private static List<String> propertyList(JSArray replacer) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        long length = (long) JSRuntime.toLength(replacer.get("length"));
        for (long i = 0; i < length; i++) {
            Object v = replacer.get(Long.toString(i));
            Object inner = JSRuntime.unwrapPrimitive(v);
            if (v instanceof String || JSRuntime.isNumber(v)
                    || v instanceof JSPrimitiveObject && (inner instanceof String || JSRuntime.isNumber(inner))) {
                keys.add(JSRuntime.toString(v));
            }
        }
        return new ArrayList<>(keys);
    }

    private static Object revive(JSObject holder, String key, JSFunction reviver) {
        Object value = holder.get(key);
        if (value instanceof JSObject o) {
            List<String> keys = o instanceof JSArray arr ? indices(arr) : o.ownEnumerableStringKeys();
            for (String k : keys) {
                Object v = revive(o, k, reviver);
                if (v == Undefined.INSTANCE) {
                    o.delete(k);
                } else {
                    o.set(k, v);
                }
            }
        }
        return reviver.call(holder, key, value);
    }

    private static List<String> indices(JSArray a) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            keys.add(Integer.toString(i));
        }
        return keys;
    }

    private static final class Stringifier {
        private final JSFunction replacer;
        private final List<String> allow;
        private final String gap;
        /** The objects being serialized, outermost first, and the key each was found under. */
        private final List<JSObject> stack = new ArrayList<>();
        private final List<String> stackKeys = new ArrayList<>();

        Stringifier(JSFunction replacer, List<String> allow, String gap) {
            this.replacer = replacer;
            this.allow = allow;
            this.gap = gap;
        }

        /** SerializeJSONProperty; null means "undefined" (the property is skipped). */
        String serialize(JSObject holder, String key, Object value, String indent) {
            if (value instanceof JSObject o && o.get("toJSON") instanceof JSFunction toJson) {
                value = toJson.call(o, key);
            }
            if (replacer != null) {
                value = replacer.call(holder, key, value);
            }
            if (value instanceof JSPrimitiveObject w) {
                // Number, String and Boolean wrappers serialize as their primitive (via ToNumber / ToString)
                Object inner = w.primitiveValue();
                if (JSRuntime.isNumber(inner)) {
                    value = JSRuntime.toNumber(w);
                } else if (inner instanceof String) {
                    value = JSRuntime.toString(w);
                } else if (inner instanceof Boolean) {
                    value = inner;
                }
            }
            if (value == Null.INSTANCE) {
                return "null";
            }
            if (value instanceof Boolean b) {
                return b.toString();
            }
            if (value instanceof String s) {
                return quote(s);
            }
            if (JSRuntime.isNumber(value)) {
                double d = JSRuntime.toNumber(value);
                return Double.isFinite(d) ? NumberFormatter.toString(d) : "null";
            }
            if (value instanceof JSObject o && !(o instanceof JSFunction)) {
                for (int i = 0; i < stack.size(); i++) {
                    if (stack.get(i) == o) {
                        throw Errors.typeError(circularMessage(i, holder, key));
                    }
                }
                stack.add(o);
                stackKeys.add(key);
                try {
                    return o instanceof JSArray a ? array(a, indent) : object(o, indent);
                } finally {
                    stack.remove(stack.size() - 1);
                    stackKeys.remove(stackKeys.size() - 1);
                }
            }
            return null;
        }

        /** V8's message: the path from the object met again around to the key that closes the circle. */
        private String circularMessage(int start, JSObject holder, String closingKey) {
            List<String> path = new ArrayList<>();
            for (int j = start + 1; j < stack.size(); j++) {
                path.add("\n    |     " + keyText(stack.get(j - 1), stackKeys.get(j)) + " -> object with constructor '"
                        + constructorName(stack.get(j)) + "'");
            }
            if (path.size() > 3) { // V8 keeps the first two steps and the last
                path = List.of(path.get(0), path.get(1), "\n    |     ...", path.get(path.size() - 1));
            }
            return "Converting circular structure to JSON\n    --> starting at object with constructor '"
                    + constructorName(stack.get(start)) + "'" + String.join("", path) + "\n    --- "
                    + keyText(holder, closingKey) + " closes the circle";
        }

        private static String keyText(JSObject holder, String key) {
            return holder instanceof JSArray ? "index " + key : "property '" + key + "'";
        }

        private static String constructorName(JSObject o) {
            Object ctor = o.get("constructor");
            return ctor instanceof JSFunction f ? f.name() : "Object";
        }

        private String object(JSObject o, String indent) {
            String inner = indent + gap;
            List<String> parts = new ArrayList<>();
            for (String k : allow != null ? allow : o.ownEnumerableStringKeys()) {
                String v = serialize(o, k, o.get(k), inner);
                if (v != null) {
                    parts.add(quote(k) + (gap.isEmpty() ? ":" : ": ") + v);
                }
            }
            return wrap("{", "}", parts, indent, inner);
        }

        private String array(JSArray a, String indent) {
            String inner = indent + gap;
            List<String> parts = new ArrayList<>();
            long length = (long) JSRuntime.toLength(a.get("length"));
            for (long i = 0; i < length; i++) {
                String key = Long.toString(i);
                String s = serialize(a, key, a.get(key), inner);
                parts.add(s == null ? "null" : s);
            }
            return wrap("[", "]", parts, indent, inner);
        }

        private String wrap(String open, String close, List<String> parts, String indent, String inner) {
            if (parts.isEmpty()) {
                return open + close;
            }
            if (gap.isEmpty()) {
                return open + String.join(",", parts) + close;
            }
            return open + "\n" + inner + String.join(",\n" + inner, parts) + "\n" + indent + close;
        }
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A strict JSON text parser producing minijs values; errors read like V8's. */
    private static final class Parser {
        private final JSRealm realm;
        private final String text;
        private int pos;

        Parser(JSRealm realm, String text) {
            this.realm = realm;
            this.text = text;
        }

        Object parseTop() {
            skip();
            Object v = value();
            skip();
            if (pos < text.length()) {
                throw isSpecialString() ? special()
                        : Errors.syntaxError("Unexpected non-whitespace character after JSON at position " + pos, null);
            }
            return v;
        }

        private Object value() {
            skip();
            if (pos >= text.length()) {
                throw Errors.syntaxError("Unexpected end of JSON input", null);
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{': return object();
                case '[': return array();
                case '"': return string();
                case 't': return literal("true", true);
                case 'f': return literal("false", false);
                case 'n': return literal("null", Null.INSTANCE);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw unexpected();
            }
        }

        private Object object() {
            JSObject o = realm.newObject();
            pos++;
            skip();
            if (peek() == '}') {
                pos++;
                return o;
            }
            boolean first = true;
            while (true) {
                skip();
                if (peek() != '"') {
                    throw expected(first ? "Expected property name or '}'" : "Expected double-quoted property name");
                }
                first = false;
                String key = string();
                skip();
                expect(':', "Expected ':' after property name");
                Object v = value();
                o.defineOwnProperty(key, PropertyCell.data(v, PropertyCell.ALL));
                skip();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}', "Expected ',' or '}' after property value");
                return o;
            }
        }

        private Object array() {
            List<Object> values = new ArrayList<>();
            pos++;
            skip();
            if (peek() == ']') {
                pos++;
                return new JSArray(realm.arrayPrototype(), values);
            }
            while (true) {
                values.add(value());
                skip();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']', "Expected ',' or ']' after array element");
                return new JSArray(realm.arrayPrototype(), values);
            }
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw expected("Bad control character in string literal");
                }
                if (c == '\\') {
                    char e = pos < text.length() ? text.charAt(pos++) : 0;
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            for (int k = 0; k < 4; k++) {
                                if (Character.digit(peek(), 16) < 0) {
                                    throw expected("Bad Unicode escape");
                                }
                                pos++;
                            }
                            sb.append((char) Integer.parseInt(text.substring(pos - 4, pos), 16));
                        }
                        default -> {
                            pos--;
                            throw expected("Bad escaped character");
                        }
                    }
                } else {
                    sb.append(c);
                }
            }
            throw Errors.syntaxError("Unterminated string in JSON at position " + pos, null);
        }

        /** JSON's number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, with V8's messages. */
        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
                if (!isDigit(peek())) {
                    throw Errors.syntaxError("No number after minus sign in JSON at position " + pos, null);
                }
            }
            if (peek() == '0') {
                pos++;
                if (isDigit(peek())) {
                    throw Errors.syntaxError("Unexpected number in JSON at position " + pos, null);
                }
            } else {
                digits();
            }
            if (peek() == '.') {
                pos++;
                if (!isDigit(peek())) {
                    throw Errors.syntaxError("Unterminated fractional number in JSON at position " + pos, null);
                }
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw Errors.syntaxError("Exponent part is missing a number in JSON at position " + pos, null);
                }
                digits();
            }
            return JSRuntime.number(Double.parseDouble(text.substring(start, pos)));
        }

        private void digits() {
            while (isDigit(peek())) {
                pos++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** true, false, null: a mismatch is reported where it is (the end of input for "tru"). */
        private Object literal(String word, Object value) {
            for (int i = 0; i < word.length(); i++) {
                if (peek() != word.charAt(i)) {
                    throw unexpected();
                }
                pos++;
            }
            return value;
        }

        private void expect(char c, String message) {
            if (peek() != c) {
                throw expected(message);
            }
            pos++;
        }

        /** V8's message for what a context expected, at the current position (the end of input too). */
        private RuntimeException expected(String message) {
            if (isSpecialString()) {
                return special();
            }
            return Errors.syntaxError(message + " in JSON at position " + pos, null);
        }

        /** V8 names a few texts programs pass by mistake ("undefined", "NaN" ...) instead of a token. */
        private boolean isSpecialString() {
            return text.equals("undefined") || text.equals("NaN") || text.equals("Infinity")
                    || text.equals("[object Object]");
        }

        private RuntimeException special() {
            return Errors.syntaxError("\"" + text + "\" is not valid JSON", null);
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        private void skip() {
            while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private RuntimeException unexpected() {
            if (isSpecialString()) {
                return special();
            }
            if (pos >= text.length()) {
                return Errors.syntaxError("Unexpected end of JSON input", null);
            }
            return Errors.syntaxError("Unexpected token '" + text.charAt(pos) + "', " + excerpt() + " is not valid JSON",
                    null);
        }

        /** The quoted source around the error: all of a short text, else 10 characters each side, as V8 shows. */
        private String excerpt() {
            int context = 10;
            int length = text.length();
            if (length < 2 * context + 1) {
                return "\"" + text + "\"";
            }
            if (pos < context) {
                return "\"" + text.substring(0, pos + context) + "\"...";
            }
            if (pos < length - context) {
                return "...\"" + text.substring(pos - context, pos + context) + "\"...";
            }
            return "...\"" + text.substring(pos - context) + "\"";
        }
    }
}
