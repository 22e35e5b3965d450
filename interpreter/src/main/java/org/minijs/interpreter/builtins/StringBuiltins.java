package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.regexp.JSRegExp;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** String and String.prototype (§22.1) on java.lang.String (UTF-16, as JavaScript strings are). */
final class StringBuiltins {
    private StringBuiltins() {
    }

    @FunctionalInterface
    private interface StringMethod {
        Object apply(String s, Object[] args);
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction string = Intrinsics.constructor(realm, in.globalObject, "String", 1, in.stringPrototype, (t, args, nt) -> {
            if (args.length == 0) {
                return "";
            }
            return args[0] instanceof Symbol s ? s.toString() : JSRuntime.toString(args[0]);
        });
        Intrinsics.method(realm, string, "fromCharCode", 1, (t, args, nt) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                sb.append((char) (JSRuntime.toInt32(a) & 0xFFFF));
            }
            return sb.toString();
        });
        Intrinsics.method(realm, string, "fromCodePoint", 1, (t, args, nt) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                sb.appendCodePoint((int) JSRuntime.toNumber(a));
            }
            return sb.toString();
        });
        Intrinsics.method(realm, string, "raw", 1, (t, args, nt) -> {
            JSObject strings = ObjectBuiltins.toObject(JSBuiltin.arg(args, 0));
            Object raw = strings.get("raw");
            List<Object> parts = IterableSupport.toList(realm, raw);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                sb.append(JSRuntime.toString(parts.get(i)));
                if (i + 1 < parts.size() && i + 1 < args.length) {
                    sb.append(JSRuntime.toString(args[i + 1]));
                }
            }
            return sb.toString();
        });

        JSObject p = in.stringPrototype;
        method(realm, p, "toString", 0, (s, a) -> s);
        method(realm, p, "valueOf", 0, (s, a) -> s);
        method(realm, p, "charAt", 1, (s, a) -> {
            int i = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? "" : String.valueOf(s.charAt(i));
        });
        method(realm, p, "charCodeAt", 1, (s, a) -> {
            int i = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? (Object) Double.NaN : (Object) (int) s.charAt(i);
        });
        method(realm, p, "codePointAt", 1, (s, a) -> {
            int i = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? Undefined.INSTANCE : (Object) s.codePointAt(i);
        });
        method(realm, p, "at", 1, (s, a) -> {
            int k = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            int i = k >= 0 ? k : s.length() + k;
            return i < 0 || i >= s.length() ? Undefined.INSTANCE : String.valueOf(s.charAt(i));
        });
        method(realm, p, "indexOf", 1, (s, a) -> s.indexOf(JSRuntime.toString(JSBuiltin.arg(a, 0)),
                (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 1)), 0), s.length())));
        method(realm, p, "lastIndexOf", 1, (s, a) -> s.lastIndexOf(JSRuntime.toString(JSBuiltin.arg(a, 0))));
        method(realm, p, "includes", 1, (s, a) -> s.contains(JSRuntime.toString(JSBuiltin.arg(a, 0))));
        method(realm, p, "startsWith", 1, (s, a) -> s.startsWith(JSRuntime.toString(JSBuiltin.arg(a, 0)),
                (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 1)), 0), s.length())));
        method(realm, p, "endsWith", 1, (s, a) -> {
            int end = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? s.length()
                    : (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(a[1]), 0), s.length());
            return s.substring(0, end).endsWith(JSRuntime.toString(JSBuiltin.arg(a, 0)));
        });
        method(realm, p, "slice", 2, (s, a) -> {
            int start = relative(JSBuiltin.arg(a, 0), s.length(), 0);
            int end = relative(JSBuiltin.arg(a, 1), s.length(), s.length());
            return start < end ? s.substring(start, end) : "";
        });
        method(realm, p, "substring", 2, (s, a) -> {
            int start = clamp(JSBuiltin.arg(a, 0), s.length(), 0);
            int end = clamp(JSBuiltin.arg(a, 1), s.length(), s.length());
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        method(realm, p, "substr", 2, (s, a) -> {
            int start = relative(JSBuiltin.arg(a, 0), s.length(), 0);
            int len = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? s.length() - start
                    : (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(a[1]), 0), s.length() - start);
            return len <= 0 ? "" : s.substring(start, start + len);
        });
        method(realm, p, "toUpperCase", 0, (s, a) -> s.toUpperCase(java.util.Locale.ROOT));
        method(realm, p, "toLowerCase", 0, (s, a) -> s.toLowerCase(java.util.Locale.ROOT));
        method(realm, p, "toLocaleUpperCase", 0, (s, a) -> s.toUpperCase(java.util.Locale.ROOT));
        method(realm, p, "toLocaleLowerCase", 0, (s, a) -> s.toLowerCase(java.util.Locale.ROOT));
        method(realm, p, "trim", 0, (s, a) -> s.strip());
        method(realm, p, "trimStart", 0, (s, a) -> s.stripLeading());
        method(realm, p, "trimEnd", 0, (s, a) -> s.stripTrailing());
        method(realm, p, "repeat", 1, (s, a) -> {
            double n = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            if (n < 0 || Double.isInfinite(n)) {
                throw Errors.rangeError("Invalid count value: " + JSRuntime.toString(JSBuiltin.arg(a, 0)), null);
            }
            return s.repeat((int) n);
        });
        method(realm, p, "padStart", 2, (s, a) -> pad(s, a, true));
        method(realm, p, "padEnd", 2, (s, a) -> pad(s, a, false));
        method(realm, p, "concat", 1, (s, a) -> {
            StringBuilder sb = new StringBuilder(s);
            for (Object x : a) {
                sb.append(JSRuntime.toString(x));
            }
            return sb.toString();
        });
        method(realm, p, "split", 2, (s, a) -> {
            Object sep = JSBuiltin.arg(a, 0);
            long limit = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? 4294967295L : (long) JSRuntime.toNumber(a[1]);
            if (sep instanceof JSRegExp r) {
                return RegExpBuiltins.split(realm, r, s, limit);
            }
            List<Object> parts = new ArrayList<>();
            if (sep == Undefined.INSTANCE) {
                parts.add(s);
            } else {
                String separator = JSRuntime.toString(sep);
                if (separator.isEmpty()) {
                    for (int i = 0; i < s.length(); i++) {
                        parts.add(String.valueOf(s.charAt(i)));
                    }
                } else {
                    int from = 0;
                    int at;
                    while ((at = s.indexOf(separator, from)) >= 0) {
                        parts.add(s.substring(from, at));
                        from = at + separator.length();
                    }
                    parts.add(s.substring(from));
                }
            }
            while (parts.size() > limit) {
                parts.remove(parts.size() - 1);
            }
            return new JSArray(realm.arrayPrototype(), parts);
        });
        method(realm, p, "replace", 2, (s, a) -> JSBuiltin.arg(a, 0) instanceof JSRegExp r
                ? RegExpBuiltins.replace(realm, r, s, JSBuiltin.arg(a, 1), false) : replace(s, a, false));
        method(realm, p, "replaceAll", 2, (s, a) -> JSBuiltin.arg(a, 0) instanceof JSRegExp r
                ? RegExpBuiltins.replace(realm, r, s, JSBuiltin.arg(a, 1), true) : replace(s, a, true));
        method(realm, p, "match", 1, (s, a) -> RegExpBuiltins.match(realm, toRegExp(realm, JSBuiltin.arg(a, 0), ""), s));
        method(realm, p, "matchAll", 1, (s, a) -> RegExpBuiltins.matchAll(realm, in,
                toRegExp(realm, JSBuiltin.arg(a, 0), "g"), s));
        method(realm, p, "search", 1, (s, a) -> RegExpBuiltins.search(realm, toRegExp(realm, JSBuiltin.arg(a, 0), ""), s));
        method(realm, p, "localeCompare", 1, (s, a) -> Integer.signum(s.compareTo(JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        method(realm, p, "normalize", 0, (s, a) -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
        p.defineHidden(Symbol.ITERATOR, realm.newBuiltinFunction("[Symbol.iterator]", 0, (t, args, nt) -> {
            JSArray chars = new JSArray(realm.arrayPrototype(), codePoints(thisString(t, "[Symbol.iterator]")));
            return IteratorBuiltins.create(realm, in, chars, IteratorBuiltins.ArrayIterator.Kind.VALUES);
        }));
    }

    /** The string's code points as one-character (or surrogate-pair) strings, the values String iteration yields. */
    static List<Object> codePoints(String s) {
        List<Object> values = new ArrayList<>();
        s.codePoints().forEach(cp -> values.add(new String(Character.toChars(cp))));
        return values;
    }

    /** The RegExp a match/search argument stands for: itself, or new RegExp(value, flags). */
    private static JSRegExp toRegExp(JSRealm realm, Object value, String flags) {
        if (value instanceof JSRegExp r) {
            return r;
        }
        String source = value == Undefined.INSTANCE ? "(?:)" : JSRuntime.toString(value);
        return RegExpBuiltins.create(realm, source.isEmpty() ? "(?:)" : source, flags);
    }

    private static void method(JSRealm realm, JSObject p, String name, int length, StringMethod m) {
        Intrinsics.method(realm, p, name, length, (t, args, nt) -> m.apply(thisString(t, name), args));
    }

    private static String thisString(Object t, String name) {
        if (JSRuntime.isNullish(t)) {
            throw Errors.typeError("String.prototype." + name + " called on null or undefined");
        }
        return JSRuntime.toString(t);
    }

    /** String.prototype.replace/replaceAll with a string pattern; $& and $$ in the replacement. */
    private static Object replace(String s, Object[] a, boolean all) {
        String pattern = JSRuntime.toString(JSBuiltin.arg(a, 0));
        Object replacement = JSBuiltin.arg(a, 1);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int at = s.indexOf(pattern);
        while (at >= 0) {
            sb.append(s, from, at);
            if (replacement instanceof JSFunction f) {
                sb.append(JSRuntime.toString(f.call(Undefined.INSTANCE, pattern, at, s)));
            } else {
                sb.append(JSRuntime.toString(replacement).replace("$&", pattern).replace("$$", "$"));
            }
            from = at + pattern.length();
            if (!all) {
                break;
            }
            at = s.indexOf(pattern, pattern.isEmpty() ? from + 1 : from);
            if (pattern.isEmpty() && from >= s.length()) {
                break;
            }
        }
        sb.append(s.substring(Math.min(from, s.length())));
        return sb.toString();
    }

    private static String pad(String s, Object[] a, boolean start) {
        int target = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
        String filler = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? " " : JSRuntime.toString(a[1]);
        if (target <= s.length() || filler.isEmpty()) {
            return s;
        }
        StringBuilder fill = new StringBuilder();
        while (fill.length() < target - s.length()) {
            fill.append(filler);
        }
        fill.setLength(target - s.length());
        return start ? fill + s : s + fill;
    }

    private static int relative(Object arg, int length, int defaultValue) {
        if (arg == Undefined.INSTANCE) {
            return defaultValue;
        }
        double k = JSRuntime.toIntegerOrInfinity(arg);
        return (int) (k < 0 ? Math.max(0, length + k) : Math.min(k, length));
    }

    private static int clamp(Object arg, int length, int defaultValue) {
        if (arg == Undefined.INSTANCE) {
            return defaultValue;
        }
        return (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(arg), 0), length);
    }
}
