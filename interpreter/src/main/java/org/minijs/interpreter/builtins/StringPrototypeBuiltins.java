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
import org.minijs.interpreter.values.WhiteSpace;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * String.prototype (§22.1.3) on java.lang.String, which is UTF-16 as JavaScript strings are: lengths and
 * indices count code units. Each method starts from RequireObjectCoercible(this) and ToString.
 */
final class StringPrototypeBuiltins {
    private StringPrototypeBuiltins() {
    }

    @FunctionalInterface
    private interface StringMethod {
        Object apply(String s, Object[] args);
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject p = in.stringPrototype;
        Intrinsics.method(realm, p, "toString", 0, (t, a, nt) -> thisStringValue(t, "toString"));
        Intrinsics.method(realm, p, "valueOf", 0, (t, a, nt) -> thisStringValue(t, "valueOf"));
        method(realm, p, "charAt", 1, (s, a) -> {
            double i = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? "" : String.valueOf(s.charAt((int) i));
        });
        method(realm, p, "charCodeAt", 1, (s, a) -> {
            double i = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? (Object) Double.NaN : (Object) (int) s.charAt((int) i);
        });
        method(realm, p, "codePointAt", 1, (s, a) -> {
            double i = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            return i < 0 || i >= s.length() ? Undefined.INSTANCE : (Object) s.codePointAt((int) i);
        });
        method(realm, p, "at", 1, (s, a) -> {
            double k = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            double i = k >= 0 ? k : s.length() + k;
            return i < 0 || i >= s.length() ? Undefined.INSTANCE : String.valueOf(s.charAt((int) i));
        });
        method(realm, p, "indexOf", 1, (s, a) -> {
            String search = JSRuntime.toString(JSBuiltin.arg(a, 0));
            return s.indexOf(search, clampPosition(JSBuiltin.arg(a, 1), s.length(), 0));
        });
        method(realm, p, "lastIndexOf", 1, (s, a) -> {
            String search = JSRuntime.toString(JSBuiltin.arg(a, 0));
            double numPos = JSRuntime.toNumber(JSBuiltin.arg(a, 1));
            double pos = Double.isNaN(numPos) ? Double.POSITIVE_INFINITY : JSRuntime.toIntegerOrInfinity(numPos);
            return s.lastIndexOf(search, (int) Math.min(Math.max(pos, 0), s.length()));
        });
        method(realm, p, "includes", 1, (s, a) -> {
            String search = searchString(JSBuiltin.arg(a, 0), "includes");
            return s.indexOf(search, clampPosition(JSBuiltin.arg(a, 1), s.length(), 0)) >= 0;
        });
        method(realm, p, "startsWith", 1, (s, a) -> {
            String search = searchString(JSBuiltin.arg(a, 0), "startsWith");
            return s.startsWith(search, clampPosition(JSBuiltin.arg(a, 1), s.length(), 0));
        });
        method(realm, p, "endsWith", 1, (s, a) -> {
            String search = searchString(JSBuiltin.arg(a, 0), "endsWith");
            int end = clampPosition(JSBuiltin.arg(a, 1), s.length(), s.length());
            int start = end - search.length();
            return start >= 0 && s.startsWith(search, start);
        });
        method(realm, p, "slice", 2, (s, a) -> {
            int start = relative(JSBuiltin.arg(a, 0), s.length(), 0);
            int end = relative(JSBuiltin.arg(a, 1), s.length(), s.length());
            return start < end ? s.substring(start, end) : "";
        });
        method(realm, p, "substring", 2, (s, a) -> {
            int start = clampPosition(JSBuiltin.arg(a, 0), s.length(), 0);
            int end = clampPosition(JSBuiltin.arg(a, 1), s.length(), s.length());
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        method(realm, p, "substr", 2, (s, a) -> {
            int start = relative(JSBuiltin.arg(a, 0), s.length(), 0);
            double len = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? s.length() : JSRuntime.toIntegerOrInfinity(a[1]);
            int end = (int) Math.min(start + Math.max(len, 0), s.length());
            return start >= end ? "" : s.substring(start, end);
        });
        method(realm, p, "toUpperCase", 0, (s, a) -> s.toUpperCase(Locale.ROOT));
        method(realm, p, "toLowerCase", 0, (s, a) -> s.toLowerCase(Locale.ROOT));
        method(realm, p, "toLocaleUpperCase", 0, (s, a) -> s.toUpperCase(Locale.ROOT));
        method(realm, p, "toLocaleLowerCase", 0, (s, a) -> s.toLowerCase(Locale.ROOT));
        method(realm, p, "trim", 0, (s, a) -> WhiteSpace.trim(s, true, true));
        JSFunction trimStart = method(realm, p, "trimStart", 0, (s, a) -> WhiteSpace.trim(s, true, false));
        JSFunction trimEnd = method(realm, p, "trimEnd", 0, (s, a) -> WhiteSpace.trim(s, false, true));
        p.defineHidden("trimLeft", trimStart); // Annex B: the same function objects
        p.defineHidden("trimRight", trimEnd);
        method(realm, p, "repeat", 1, (s, a) -> {
            double n = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(a, 0));
            if (n < 0 || Double.isInfinite(n)) {
                throw Errors.rangeError("Invalid count value: " + JSRuntime.toDisplayString(JSBuiltin.arg(a, 0)), null);
            }
            if (s.isEmpty() || n == 0) {
                return "";
            }
            if (n * s.length() > (1 << 29) - 24) {
                throw Errors.rangeError("Invalid string length", null);
            }
            return s.repeat((int) n);
        });
        method(realm, p, "padStart", 1, (s, a) -> pad(s, a, true));
        method(realm, p, "padEnd", 1, (s, a) -> pad(s, a, false));
        method(realm, p, "concat", 1, (s, a) -> {
            StringBuilder sb = new StringBuilder(s);
            for (Object x : a) {
                sb.append(JSRuntime.toString(x));
            }
            return sb.toString();
        });
        method(realm, p, "split", 2, (s, a) -> split(realm, s, JSBuiltin.arg(a, 0), JSBuiltin.arg(a, 1)));
        // replace, replaceAll, split, match, matchAll and search hand an object argument that has the matching
        // well-known method (@@replace ...) to it: RegExps through RegExp.prototype, any other object likewise
        method(realm, p, "replace", 2, (s, a) -> {
            Object search = JSBuiltin.arg(a, 0);
            JSFunction replacer = protocolMethod(search, Symbol.REPLACE);
            return replacer != null ? replacer.call(search, s, JSBuiltin.arg(a, 1))
                    : replace(s, search, JSBuiltin.arg(a, 1), false);
        });
        method(realm, p, "replaceAll", 2, (s, a) -> {
            Object search = JSBuiltin.arg(a, 0);
            if (isRegExp(search) && !JSRuntime.toString(((JSObject) search).get("flags")).contains("g")) {
                throw Errors.typeError("String.prototype.replaceAll called with a non-global RegExp argument");
            }
            JSFunction replacer = protocolMethod(search, Symbol.REPLACE);
            return replacer != null ? replacer.call(search, s, JSBuiltin.arg(a, 1))
                    : replace(s, search, JSBuiltin.arg(a, 1), true);
        });
        method(realm, p, "match", 1, (s, a) -> {
            Object regexp = JSBuiltin.arg(a, 0);
            JSFunction matcher = protocolMethod(regexp, Symbol.MATCH);
            return matcher != null ? matcher.call(regexp, s)
                    : RegExpBuiltins.match(realm, in, toRegExp(realm, regexp, ""), s);
        });
        method(realm, p, "matchAll", 1, (s, a) -> {
            Object regexp = JSBuiltin.arg(a, 0);
            if (isRegExp(regexp) && !JSRuntime.toString(((JSObject) regexp).get("flags")).contains("g")) {
                throw Errors.typeError("String.prototype.matchAll called with a non-global RegExp argument");
            }
            JSFunction matcher = protocolMethod(regexp, Symbol.MATCH_ALL);
            return matcher != null ? matcher.call(regexp, s)
                    : RegExpBuiltins.matchAll(realm, in, toRegExp(realm, regexp, "g"), s);
        });
        method(realm, p, "search", 1, (s, a) -> {
            Object regexp = JSBuiltin.arg(a, 0);
            JSFunction searcher = protocolMethod(regexp, Symbol.SEARCH);
            return searcher != null ? searcher.call(regexp, s)
                    : RegExpBuiltins.search(realm, toRegExp(realm, regexp, ""), s);
        });
        method(realm, p, "localeCompare", 1, (s, a) -> localeCompare(s, JSRuntime.toString(JSBuiltin.arg(a, 0))));
        method(realm, p, "normalize", 0, (s, a) -> {
            Object f = JSBuiltin.arg(a, 0);
            String form = f == Undefined.INSTANCE ? "NFC" : JSRuntime.toString(f);
            return switch (form) {
                case "NFC" -> Normalizer.normalize(s, Normalizer.Form.NFC);
                case "NFD" -> Normalizer.normalize(s, Normalizer.Form.NFD);
                case "NFKC" -> Normalizer.normalize(s, Normalizer.Form.NFKC);
                case "NFKD" -> Normalizer.normalize(s, Normalizer.Form.NFKD);
                default -> throw Errors.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.", null);
            };
        });
        method(realm, p, "isWellFormed", 0, (s, a) -> firstLoneSurrogate(s) < 0);
        method(realm, p, "toWellFormed", 0, (s, a) -> {
            StringBuilder sb = new StringBuilder(s);
            for (int i = firstLoneSurrogate(s); i >= 0 && i < sb.length(); i++) {
                if (isLoneSurrogate(s, i)) {
                    sb.setCharAt(i, '\uFFFD');
                }
            }
            return sb.toString();
        });
        installHtmlMethods(realm, p);
        p.defineHidden(Symbol.ITERATOR, realm.newBuiltinFunction("[Symbol.iterator]", 0, (t, args, nt) -> {
            JSArray chars = new JSArray(realm.arrayPrototype(), codePoints(coercibleString(t, "[Symbol.iterator]")));
            return IteratorBuiltins.createStringIterator(in, chars);
        }));
    }

    /** Annex B's HTML methods ("x".bold() is "<b>x</b>"), each CreateHTML(string, tag, attribute, value). */
    private static void installHtmlMethods(JSRealm realm, JSObject p) {
        String[][] methods = {{"anchor", "a", "name"}, {"big", "big", null}, {"blink", "blink", null},
                {"bold", "b", null}, {"fixed", "tt", null}, {"fontcolor", "font", "color"},
                {"fontsize", "font", "size"}, {"italics", "i", null}, {"link", "a", "href"},
                {"small", "small", null}, {"strike", "strike", null}, {"sub", "sub", null}, {"sup", "sup", null}};
        for (String[] m : methods) {
            String tag = m[1];
            String attribute = m[2];
            method(realm, p, m[0], attribute == null ? 0 : 1, (s, a) -> {
                StringBuilder sb = new StringBuilder("<").append(tag);
                if (attribute != null) {
                    String value = JSRuntime.toString(JSBuiltin.arg(a, 0)).replace("\"", "&quot;");
                    sb.append(' ').append(attribute).append("=\"").append(value).append('"');
                }
                return sb.append('>').append(s).append("</").append(tag).append('>').toString();
            });
        }
    }

    /** The string's code points as one-character (or surrogate-pair) strings, the values String iteration yields. */
    static List<Object> codePoints(String s) {
        List<Object> values = new ArrayList<>();
        s.codePoints().forEach(cp -> values.add(new String(Character.toChars(cp))));
        return values;
    }

    /**
     * String.prototype.localeCompare with the default locale, approximated by Java's collator for English
     * (alphabetical, then accents, then case with lower case first, as ICU's root collation orders letters).
     */
    private static int localeCompare(String a, String b) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.TERTIARY);
        int c = Integer.signum(collator.compare(a, b));
        return c != 0 || a.equals(b) ? c : Integer.signum(a.compareTo(b));
    }

    /** String.prototype.split (§22.1.3.23) for separators that are not regular expressions. */
    private static Object split(JSRealm realm, String s, Object separator, Object limitArg) {
        JSFunction splitter = protocolMethod(separator, Symbol.SPLIT);
        if (splitter != null) {
            return splitter.call(separator, s, limitArg);
        }
        long limit = limitArg == Undefined.INSTANCE ? 4294967295L : JSRuntime.toUint32(limitArg);
        String sep = JSRuntime.toString(separator);
        List<Object> parts = new ArrayList<>();
        if (limit == 0) {
            return new JSArray(realm.arrayPrototype(), parts);
        }
        if (separator == Undefined.INSTANCE) {
            parts.add(s);
        } else if (sep.isEmpty()) {
            for (int i = 0; i < s.length() && parts.size() < limit; i++) {
                parts.add(String.valueOf(s.charAt(i)));
            }
        } else {
            int from = 0;
            int at;
            while ((at = s.indexOf(sep, from)) >= 0 && parts.size() < limit) {
                parts.add(s.substring(from, at));
                from = at + sep.length();
            }
            if (parts.size() < limit) {
                parts.add(s.substring(from));
            }
        }
        return new JSArray(realm.arrayPrototype(), parts);
    }

    /**
     * String.prototype.replace / replaceAll with a string pattern: each occurrence (only the first for
     * replace) is replaced by the function's result or by GetSubstitution of the template.
     */
    private static String replace(String s, Object searchValue, Object replaceValue, boolean all) {
        String pattern = JSRuntime.toString(searchValue);
        JSFunction replacer = replaceValue instanceof JSFunction f ? f : null;
        String template = replacer == null ? JSRuntime.toString(replaceValue) : null;
        List<Integer> positions = new ArrayList<>();
        int advanceBy = Math.max(1, pattern.length());
        for (int at = s.indexOf(pattern); at >= 0; at = s.indexOf(pattern, at + advanceBy)) {
            positions.add(at);
            if (!all || at + advanceBy > s.length()) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        int end = 0;
        for (int position : positions) {
            sb.append(s, end, position);
            if (replacer != null) {
                sb.append(JSRuntime.toString(replacer.call(Undefined.INSTANCE, pattern, position, s)));
            } else {
                sb.append(RegExpBuiltins.substitution(pattern, s, position, List.of(), Undefined.INSTANCE, template));
            }
            end = position + pattern.length();
        }
        return sb.append(s, Math.min(end, s.length()), s.length()).toString();
    }

    private static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLoneSurrogate(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** GetMethod(value, symbol) for an object argument; null for primitives and objects without it. */
    private static JSFunction protocolMethod(Object value, Symbol symbol) {
        return value instanceof JSObject o && o.get(symbol) instanceof JSFunction f ? f : null;
    }

    /** The RegExp a match/search argument stands for: itself, or new RegExp(value, flags). */
    private static JSRegExp toRegExp(JSRealm realm, Object value, String flags) {
        if (value instanceof JSRegExp r) {
            return r;
        }
        String source = value == Undefined.INSTANCE ? "(?:)" : JSRuntime.toString(value);
        return RegExpBuiltins.create(realm, source.isEmpty() ? "(?:)" : source, flags);
    }

    /** includes/startsWith/endsWith: IsRegExp(searchString) is a TypeError, else ToString. */
    private static String searchString(Object search, String method) {
        if (isRegExp(search)) {
            throw Errors.typeError("First argument to String.prototype." + method
                    + " must not be a regular expression");
        }
        return JSRuntime.toString(search);
    }

    /** IsRegExp: an object whose @@match is truthy, or (when @@match is undefined) a RegExp instance. */
    static boolean isRegExp(Object v) {
        if (!(v instanceof JSObject o)) {
            return false;
        }
        Object matcher = o.get(Symbol.MATCH);
        if (matcher != Undefined.INSTANCE) {
            return JSRuntime.toBoolean(matcher);
        }
        return o instanceof JSRegExp;
    }

    private static JSFunction method(JSRealm realm, JSObject p, String name, int length, StringMethod m) {
        return Intrinsics.method(realm, p, name, length, (t, args, nt) -> m.apply(coercibleString(t, name), args));
    }

    /** RequireObjectCoercible(this) then ToString. */
    private static String coercibleString(Object t, String name) {
        if (JSRuntime.isNullish(t)) {
            throw Errors.typeError("String.prototype." + name + " called on null or undefined");
        }
        return JSRuntime.toString(t);
    }

    /** thisStringValue: a String, or a String wrapper's [[StringData]]. */
    private static String thisStringValue(Object t, String name) {
        if (JSRuntime.unwrapPrimitive(t) instanceof String s) {
            return s;
        }
        throw Errors.typeError("String.prototype." + name + " requires that 'this' be a String");
    }

    private static String pad(String s, Object[] a, boolean start) {
        double maxLength = JSRuntime.toLength(JSBuiltin.arg(a, 0));
        String filler = JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? " " : JSRuntime.toString(a[1]);
        if (maxLength <= s.length() || filler.isEmpty()) {
            return s;
        }
        if (maxLength > (1 << 29) - 24) {
            throw Errors.rangeError("Invalid string length", null);
        }
        int fillLength = (int) maxLength - s.length();
        StringBuilder fill = new StringBuilder(fillLength);
        while (fill.length() < fillLength) {
            fill.append(filler);
        }
        fill.setLength(fillLength);
        return start ? fill + s : s + fill;
    }

    /** A relative index (negative counts from the end) clamped to [0, length]; {@code dflt} when undefined. */
    private static int relative(Object arg, int length, int dflt) {
        if (arg == Undefined.INSTANCE) {
            return dflt;
        }
        double k = JSRuntime.toIntegerOrInfinity(arg);
        return (int) (k < 0 ? Math.max(0, length + k) : Math.min(k, length));
    }

    /** A position clamped to [0, length]; {@code dflt} when undefined. */
    private static int clampPosition(Object arg, int length, int dflt) {
        if (arg == Undefined.INSTANCE) {
            return dflt;
        }
        return (int) Math.min(Math.max(JSRuntime.toIntegerOrInfinity(arg), 0), length);
    }
}
