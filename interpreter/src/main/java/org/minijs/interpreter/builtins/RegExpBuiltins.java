package org.minijs.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.regexp.JSRegExp;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RegExp (§22.2) on TRegex matchers, and the regular-expression paths of String.prototype.match, matchAll,
 * replace, replaceAll, search and split.
 */
public final class RegExpBuiltins {
    private RegExpBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject proto = in.regExpPrototype;
        JSFunction[] self = new JSFunction[1];
        self[0] = Intrinsics.constructor(realm, in.globalObject, "RegExp", 2, proto, (t, a, nt) -> {
            Object pattern = JSBuiltin.arg(a, 0);
            Object flagsArg = JSBuiltin.arg(a, 1);
            if (nt == Undefined.INSTANCE && pattern instanceof JSRegExp r && flagsArg == Undefined.INSTANCE) {
                return r;
            }
            String source = pattern instanceof JSRegExp r ? r.source
                    : pattern == Undefined.INSTANCE ? "(?:)" : JSRuntime.toString(pattern);
            String flags = flagsArg != Undefined.INSTANCE ? JSRuntime.toString(flagsArg)
                    : pattern instanceof JSRegExp r ? r.flags : "";
            JSRegExp created = create(realm, source.isEmpty() ? "(?:)" : source, flags);
            if (nt instanceof JSObject && nt != self[0]) {
                created.setPrototypeOf(Intrinsics.prototypeFromConstructor(nt, proto)); // a subclass
            }
            return created;
        });
        in.regExpExec = Intrinsics.method(realm, proto, "exec", 1, (t, a, nt) ->
                exec(realm, self(t, "exec"), JSRuntime.toString(JSBuiltin.arg(a, 0))));
        Intrinsics.method(realm, proto, "test", 1, (t, a, nt) ->
                regExpExec(realm, in, self(t, "test"), JSRuntime.toString(JSBuiltin.arg(a, 0))) != Null.INSTANCE);
        // the protocol String.prototype.replace/split/match/matchAll/search delegate to
        proto.defineHidden(Symbol.REPLACE, realm.newBuiltinFunction("[Symbol.replace]", 2, (t, a, nt) ->
                replace(realm, in, self(t, "@@replace"), JSRuntime.toString(JSBuiltin.arg(a, 0)), JSBuiltin.arg(a, 1), false)));
        proto.defineHidden(Symbol.SPLIT, realm.newBuiltinFunction("[Symbol.split]", 2, (t, a, nt) -> split(realm,
                self(t, "@@split"), JSRuntime.toString(JSBuiltin.arg(a, 0)), JSBuiltin.arg(a, 1) == Undefined.INSTANCE
                        ? 4294967295L : JSRuntime.toUint32(JSBuiltin.arg(a, 1)))));
        proto.defineHidden(Symbol.MATCH, realm.newBuiltinFunction("[Symbol.match]", 1, (t, a, nt) ->
                match(realm, in, self(t, "@@match"), JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        proto.defineHidden(Symbol.MATCH_ALL, realm.newBuiltinFunction("[Symbol.matchAll]", 1, (t, a, nt) ->
                matchAll(realm, in, self(t, "@@matchAll"), JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        proto.defineHidden(Symbol.SEARCH, realm.newBuiltinFunction("[Symbol.search]", 1, (t, a, nt) ->
                search(realm, self(t, "@@search"), JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        Intrinsics.method(realm, proto, "toString", 0, (t, a, nt) -> {
            JSObject o = (JSObject) t;
            return "/" + JSRuntime.toString(o.get("source")) + "/" + JSRuntime.toString(o.get("flags"));
        });
        getter(realm, proto, "source", JSRegExp::escapedSource);
        getter(realm, proto, "flags", JSRegExp::canonicalFlags);
        String[][] flagNames = {{"hasIndices", "d"}, {"global", "g"}, {"ignoreCase", "i"}, {"multiline", "m"},
                {"dotAll", "s"}, {"unicode", "u"}, {"sticky", "y"}};
        for (String[] f : flagNames) {
            getter(realm, proto, f[0], r -> r.hasFlag(f[1].charAt(0)));
        }
    }

    private interface Getter {
        Object get(JSRegExp r);
    }

    private static void getter(JSRealm realm, JSObject proto, String name, Getter g) {
        proto.defineOwnProperty(name, PropertyCell.accessor(realm.newBuiltinFunction("get " + name, 0, (t, a, nt) -> {
            if (t == proto) {
                return name.equals("source") ? "(?:)" : name.equals("flags") ? "" : Undefined.INSTANCE;
            }
            return g.get(self(t, name));
        }), null, PropertyCell.CONFIGURABLE));
    }

    @TruffleBoundary
    public static JSRegExp create(JSRealm realm, String source, String flags) {
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if ("dgimsuvy".indexOf(c) < 0 || flags.indexOf(c, i + 1) >= 0) {
                throw Errors.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'", null);
            }
        }
        return new JSRegExp(realm.regExpPrototype(), source, flags, realm.compileRegex(source, flags));
    }

    private static JSRegExp self(Object t, String method) {
        if (t instanceof JSRegExp r) {
            return r;
        }
        throw Errors.typeError("RegExp.prototype." + method + " requires that 'this' be a RegExp object");
    }

    /**
     * RegExpExec: a program's own {@code exec} on the regexp (or its prototype) is called and must return an
     * object or null; otherwise RegExpBuiltinExec. A match object that is not an array is read as array-like.
     */
    @TruffleBoundary
    static Object regExpExec(JSRealm realm, Intrinsics in, JSRegExp r, String input) {
        Object exec = r.get("exec");
        if (!(exec instanceof org.minijs.interpreter.objects.JSFunction f) || f == in.regExpExec) {
            return exec(realm, r, input);
        }
        Object result = f.call(r, input);
        if (result == Null.INSTANCE || result instanceof JSArray) {
            return result;
        }
        if (!(result instanceof JSObject o)) {
            throw Errors.typeError("object null is not a function"); // V8's words for a bad exec result
        }
        List<Object> items = new ArrayList<>();
        long length = (long) JSRuntime.toLength(o.get("length"));
        for (long i = 0; i < length; i++) {
            items.add(o.get(Long.toString(i)));
        }
        JSArray match = new JSArray(realm.arrayPrototype(), items);
        match.set("index", o.get("index"));
        match.set("input", o.get("input"));
        match.set("groups", o.get("groups"));
        return match;
    }

    /** RegExpBuiltinExec: honours lastIndex for global and sticky regexps; null when there is no match. */
    @TruffleBoundary
    public static Object exec(JSRealm realm, JSRegExp r, String input) {
        boolean globalOrSticky = r.hasFlag('g') || r.hasFlag('y');
        double lastIndex = globalOrSticky ? JSRuntime.toIntegerOrInfinity(r.get("lastIndex")) : 0;
        if (lastIndex > input.length()) {
            if (globalOrSticky) {
                r.set("lastIndex", 0);
            }
            return Null.INSTANCE;
        }
        int[] bounds = r.matcher.exec(input, (int) Math.max(0, lastIndex));
        if (bounds == null || (r.hasFlag('y') && bounds[0] != (int) lastIndex)) {
            if (globalOrSticky) {
                r.set("lastIndex", 0);
            }
            return Null.INSTANCE;
        }
        if (globalOrSticky) {
            r.set("lastIndex", bounds[1]);
        }
        return matchArray(realm, r, input, bounds);
    }

    private static JSArray matchArray(JSRealm realm, JSRegExp r, String input, int[] bounds) {
        List<Object> values = new ArrayList<>();
        for (int g = 0; g < bounds.length / 2; g++) {
            values.add(bounds[2 * g] < 0 ? Undefined.INSTANCE : input.substring(bounds[2 * g], bounds[2 * g + 1]));
        }
        JSArray a = new JSArray(realm.arrayPrototype(), values);
        a.set("index", bounds[0]);
        a.set("input", input);
        Map<String, Integer> named = r.matcher.namedGroups();
        if (named.isEmpty()) {
            a.set("groups", Undefined.INSTANCE);
        } else {
            JSObject groups = new JSObject(null);
            for (Map.Entry<String, Integer> e : named.entrySet()) {
                groups.set(e.getKey(), values.get(e.getValue()));
            }
            a.set("groups", groups);
        }
        return a;
    }

    /** String.prototype.match with a RegExp. */
    @TruffleBoundary
    static Object match(JSRealm realm, Intrinsics in, JSRegExp r, String s) {
        if (!r.hasFlag('g')) {
            return regExpExec(realm, in, r, s);
        }
        r.set("lastIndex", 0);
        List<Object> all = new ArrayList<>();
        while (true) {
            Object m = regExpExec(realm, in, r, s);
            if (m == Null.INSTANCE) {
                return all.isEmpty() ? Null.INSTANCE : new JSArray(realm.arrayPrototype(), all);
            }
            String matched = JSRuntime.toString(((JSArray) m).getElement(0));
            all.add(matched);
            if (matched.isEmpty()) {
                r.set("lastIndex", advance(s, (int) JSRuntime.toIntegerOrInfinity(r.get("lastIndex")), r.hasFlag('u')));
            }
        }
    }

    /** String.prototype.matchAll: every match (the regexp must be global), as an array iterator. */
    @TruffleBoundary
    static Object matchAll(JSRealm realm, Intrinsics in, JSRegExp r, String s) {
        if (!r.hasFlag('g')) {
            throw Errors.typeError("String.prototype.matchAll called with a non-global RegExp argument");
        }
        JSRegExp copy = new JSRegExp(r.getPrototypeOf(), r.source, r.flags, r.matcher);
        copy.set("lastIndex", r.get("lastIndex"));
        List<Object> all = new ArrayList<>();
        while (true) {
            Object m = regExpExec(realm, in, copy, s);
            if (m == Null.INSTANCE) {
                break;
            }
            all.add(m);
            if (JSRuntime.toString(((JSArray) m).getElement(0)).isEmpty()) {
                copy.set("lastIndex", advance(s, (int) JSRuntime.toIntegerOrInfinity(copy.get("lastIndex")), r.hasFlag('u')));
            }
        }
        return IteratorBuiltins.create(realm, in, new JSArray(realm.arrayPrototype(), all),
                IteratorBuiltins.ArrayIterator.Kind.VALUES);
    }

    /** String.prototype.replace / replaceAll with a RegExp: GetSubstitution or the replacer function. */
    @TruffleBoundary
    static String replace(JSRealm realm, Intrinsics in, JSRegExp r, String s, Object replacement, boolean all) {
        if (all && !r.hasFlag('g')) {
            throw Errors.typeError("replaceAll must be called with a global RegExp");
        }
        boolean global = r.hasFlag('g');
        if (global) {
            r.set("lastIndex", 0);
        }
        List<JSArray> results = new ArrayList<>();
        while (true) {
            Object m = regExpExec(realm, in, r, s);
            if (m == Null.INSTANCE) {
                break;
            }
            results.add((JSArray) m);
            if (!global) {
                break;
            }
            if (JSRuntime.toString(((JSArray) m).getElement(0)).isEmpty()) {
                r.set("lastIndex", advance(s, (int) JSRuntime.toIntegerOrInfinity(r.get("lastIndex")), r.hasFlag('u')));
            }
        }
        StringBuilder sb = new StringBuilder();
        int next = 0;
        for (JSArray m : results) {
            String matched = JSRuntime.toString(m.getElement(0));
            int position = (int) JSRuntime.toNumber(m.get("index"));
            List<Object> captures = new ArrayList<>();
            for (int i = 1; i < m.length(); i++) {
                Object c = m.getElement(i);
                captures.add(c == null ? Undefined.INSTANCE : c);
            }
            Object groups = m.get("groups");
            String text;
            if (replacement instanceof JSFunction f) {
                List<Object> args = new ArrayList<>();
                args.add(matched);
                args.addAll(captures);
                args.add(position);
                args.add(s);
                if (groups != Undefined.INSTANCE) {
                    args.add(groups);
                }
                text = JSRuntime.toString(f.call(Undefined.INSTANCE, args.toArray()));
            } else {
                text = substitution(matched, s, position, captures, groups, JSRuntime.toString(replacement));
            }
            if (position >= next) {
                sb.append(s, next, position).append(text);
                next = position + matched.length();
            }
        }
        sb.append(s.substring(Math.min(next, s.length())));
        return sb.toString();
    }

    /** GetSubstitution: $$, $&, $`, $', $n, $nn, $<name>. */
    static String substitution(String matched, String str, int position, List<Object> captures, Object groups,
                               String template) {
        StringBuilder sb = new StringBuilder();
        int m = captures.size();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                sb.append(c);
                continue;
            }
            char d = template.charAt(i + 1);
            if (d == '$') {
                sb.append('$');
                i++;
            } else if (d == '&') {
                sb.append(matched);
                i++;
            } else if (d == '`') {
                sb.append(str, 0, position);
                i++;
            } else if (d == '\'') {
                sb.append(str.substring(Math.min(str.length(), position + matched.length())));
                i++;
            } else if (d >= '0' && d <= '9') {
                int one = d - '0';
                int two = i + 2 < template.length() && Character.isDigit(template.charAt(i + 2))
                        ? one * 10 + (template.charAt(i + 2) - '0') : -1;
                if (two >= 1 && two <= m) {
                    Object cap = captures.get(two - 1);
                    sb.append(cap == Undefined.INSTANCE ? "" : JSRuntime.toString(cap));
                    i += 2;
                } else if (one >= 1 && one <= m) {
                    Object cap = captures.get(one - 1);
                    sb.append(cap == Undefined.INSTANCE ? "" : JSRuntime.toString(cap));
                    i++;
                } else {
                    sb.append('$');
                }
            } else if (d == '<' && groups != Undefined.INSTANCE) {
                int close = template.indexOf('>', i + 2);
                if (close < 0) {
                    sb.append('$');
                } else {
                    Object v = ((JSObject) groups).get(template.substring(i + 2, close));
                    sb.append(v == Undefined.INSTANCE ? "" : JSRuntime.toString(v));
                    i = close;
                }
            } else {
                sb.append('$');
            }
        }
        return sb.toString();
    }

    /** String.prototype.search with a RegExp: the index of the first match, lastIndex untouched. */
    @TruffleBoundary
    static Object search(JSRealm realm, JSRegExp r, String s) {
        int[] bounds = r.matcher.exec(s, 0);
        return bounds == null ? -1 : bounds[0];
    }

    /** String.prototype.split with a RegExp separator (captures are spliced into the result). */
    @TruffleBoundary
    static JSArray split(JSRealm realm, JSRegExp r, String s, long limit) {
        List<Object> out = new ArrayList<>();
        if (limit == 0) {
            return new JSArray(realm.arrayPrototype(), out);
        }
        if (s.isEmpty()) {
            if (r.matcher.exec(s, 0) == null) {
                out.add(s);
            }
            return new JSArray(realm.arrayPrototype(), out);
        }
        int p = 0;
        int q = 0;
        while (q < s.length()) {
            int[] b = r.matcher.exec(s, q);
            if (b == null) {
                if (r.hasFlag('y')) { // a sticky regexp only matches at q: try the next position (SplitMatcher)
                    q++;
                    continue;
                }
                break;
            }
            int e = b[1];
            int start = b[0];
            if (e == start && start >= s.length()) {
                break;
            }
            if (e == p || (e == start && start == p)) {
                q = Math.max(start, q) + 1;
                continue;
            }
            out.add(s.substring(p, start));
            if (out.size() == limit) {
                return new JSArray(realm.arrayPrototype(), out);
            }
            for (int g = 1; g < b.length / 2; g++) {
                out.add(b[2 * g] < 0 ? Undefined.INSTANCE : s.substring(b[2 * g], b[2 * g + 1]));
                if (out.size() == limit) {
                    return new JSArray(realm.arrayPrototype(), out);
                }
            }
            p = e;
            q = e == start ? e + 1 : e;
        }
        out.add(s.substring(Math.min(p, s.length())));
        return new JSArray(realm.arrayPrototype(), out);
    }

    private static int advance(String s, int index, boolean unicode) {
        if (unicode && index + 1 < s.length() && Character.isHighSurrogate(s.charAt(index))
                && Character.isLowSurrogate(s.charAt(index + 1))) {
            return index + 2;
        }
        return index + 1;
    }
}
