package org.minijs.interpreter.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.objects.JSStringObject;

/**
 * The abstract operations of ECMA-262 §7 on minijs values: numbers are Integer (the fast path) or Double,
 * strings are java.lang.String, booleans Boolean; undefined, null and symbols have classes of their own.
 */
public final class JSRuntime {
    private JSRuntime() {
    }

    public static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE;
    }

    public static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }

    public static boolean isCallable(Object v) {
        return v instanceof JSFunction;
    }

    /** Normalises a double result to the int fast path when it is an int and not -0. */
    public static Object number(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) {
            return i;
        }
        return d;
    }

    public static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return !isNullish(v);
    }

    @TruffleBoundary
    public static double toNumber(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v == Undefined.INSTANCE) {
            return Double.NaN;
        }
        if (v == Null.INSTANCE) {
            return 0;
        }
        if (v instanceof String s) {
            return stringToNumber(s);
        }
        if (v instanceof Symbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a number");
        }
        return toNumber(toPrimitive(v, "number"));
    }

    /**
     * ToNumber for an operator node: a Symbol, met directly or as an object's primitive value, fails with the
     * operator's position (the one-argument form has no node to report).
     */
    public static double toNumber(Object v, com.oracle.truffle.api.nodes.Node location) {
        if (v instanceof Symbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a number", location);
        }
        if (v instanceof org.minijs.interpreter.objects.JSObject) {
            return toNumber(toPrimitive(v, "number", location), location);
        }
        return toNumber(v);
    }

    /**
     * ToPrimitive for an operator node: a valueOf or toString it calls runs as called from {@code site}, so
     * that frame reports the operator's position, as V8's does.
     */
    public static Object toPrimitive(Object v, String hint, com.oracle.truffle.api.nodes.Node site) {
        if (!(v instanceof org.minijs.interpreter.objects.JSObject) || site == null) {
            return toPrimitive(v, hint);
        }
        com.oracle.truffle.api.nodes.Node previous = org.minijs.interpreter.nodes.CallSites.enter(site);
        try {
            return toPrimitive(v, hint);
        } finally {
            org.minijs.interpreter.nodes.CallSites.exit(previous);
        }
    }

    /** ToString for an operator node, as {@link #toNumber(Object, com.oracle.truffle.api.nodes.Node)}. */
    public static String toString(Object v, com.oracle.truffle.api.nodes.Node location) {
        if (v instanceof Symbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a string", location);
        }
        if (v instanceof org.minijs.interpreter.objects.JSObject) {
            return toString(toPrimitive(v, "string", location), location);
        }
        return toString(v);
    }

    /** Number values as the spec's StringToNumber reads them. */
    @TruffleBoundary
    public static double stringToNumber(String s) {
        String t = WhiteSpace.trim(s, true, true);
        if (t.isEmpty()) {
            return 0;
        }
        try {
            if (t.length() > 2 && t.charAt(0) == '0') {
                char p = Character.toLowerCase(t.charAt(1));
                int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (radix != 0) {
                    return new java.math.BigInteger(t.substring(2), radix).doubleValue();
                }
            }
            switch (t) {
                case "Infinity", "+Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                    return Double.NaN;
                }
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @TruffleBoundary
    public static String toString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        if (v instanceof Double d) {
            return NumberFormatter.toString(d);
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "null";
        }
        if (v instanceof Symbol) {
            throw Errors.typeError("Cannot convert a Symbol value to a string");
        }
        return toString(toPrimitive(v, "string"));
    }

    /** ToPropertyKey: Symbols stay, everything else becomes a String. */
    public static Object toPropertyKey(Object v) {
        if (v instanceof String || v instanceof Symbol) {
            return v;
        }
        if (v instanceof Integer i) {
            return Integer.toString(i);
        }
        Object p = v instanceof JSObject ? toPrimitive(v, "string") : v;
        return p instanceof Symbol ? p : toString(p);
    }

    /** ToPrimitive with OrdinaryToPrimitive; @@toPrimitive is honoured when present. */
    @TruffleBoundary
    public static Object toPrimitive(Object v, String hint) {
        if (!(v instanceof JSObject o)) {
            return v;
        }
        Object exotic = o.get(Symbol.TO_PRIMITIVE);
        if (!isNullish(exotic) && !(exotic instanceof JSFunction)) {
            // V8 names a number or boolean with its type here: "number 5 is not a function"
            String prefix = exotic instanceof Boolean || isNumber(exotic) ? typeof(exotic) + " " : "";
            throw Errors.typeError(prefix + toDisplayString(exotic) + " is not a function");
        }
        if (exotic instanceof JSFunction f) {
            Object r = f.call(o, hint.equals("none") ? "default" : hint);
            if (r instanceof JSObject) {
                throw Errors.typeError("Cannot convert object to primitive value");
            }
            return r;
        }
        String[] order = hint.equals("string") ? new String[]{"toString", "valueOf"} : new String[]{"valueOf", "toString"};
        for (String name : order) {
            Object m = o.get(name);
            if (m instanceof JSFunction f) {
                Object r = f.call(o);
                if (!(r instanceof JSObject)) {
                    return r;
                }
            }
        }
        throw Errors.typeError("Cannot convert object to primitive value");
    }

    /** ToObject for property access on primitives: the realm's wrapper prototypes stand in for wrappers. */
    public static JSObject prototypeForPrimitive(JSRealm realm, Object v) {
        if (v instanceof String) {
            return realm.stringPrototype();
        }
        if (v instanceof Integer || v instanceof Double) {
            return realm.numberPrototype();
        }
        if (v instanceof Boolean) {
            return realm.booleanPrototype();
        }
        if (v instanceof Symbol) {
            return realm.symbolPrototype();
        }
        return null;
    }

    /** ToObject: objects as they are, primitives in a fresh wrapper, a TypeError for undefined and null. */
    @TruffleBoundary
    public static JSObject toObject(Object v) {
        if (v instanceof JSObject o) {
            return o;
        }
        if (isNullish(v)) {
            throw Errors.typeError("Cannot convert undefined or null to object");
        }
        JSObject proto = prototypeForPrimitive(JSRealm.get(null), v);
        return v instanceof String s ? new JSStringObject(proto, s) : new JSPrimitiveObject(proto, v);
    }

    /** The primitive inside a Boolean, Number, String or Symbol wrapper; any other value as it is. */
    public static Object unwrapPrimitive(Object v) {
        return v instanceof JSPrimitiveObject w ? w.primitiveValue() : v;
    }

    /** A value as error messages show it: like ToString, but symbols print as Symbol(desc) instead of throwing. */
    @TruffleBoundary
    public static String toDisplayString(Object v) {
        if (v instanceof Symbol s) {
            return s.toString();
        }
        if (v instanceof JSFunction) {
            return "function";
        }
        if (v instanceof JSArray || !(v instanceof JSObject)) {
            try {
                return toString(v);
            } catch (RuntimeException e) {
                return typeof(v);
            }
        }
        return "#<" + ((JSObject) v).className() + ">";
    }

    public static String typeof(Object v) {
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "object";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Integer || v instanceof Double) {
            return "number";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Symbol) {
            return "symbol";
        }
        if (v instanceof JSFunction) {
            return "function";
        }
        return "object";
    }

    /** IsStrictlyEqual. */
    public static boolean strictEquals(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Integer x && b instanceof Integer y) {
                return x.intValue() == y.intValue();
            }
            return toNumber(a) == toNumber(b);
        }
        if (a instanceof String s && b instanceof String t) {
            return s.equals(t);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return a == b;
    }

    /** IsLooselyEqual. */
    @TruffleBoundary
    public static boolean looseEquals(Object a, Object b) {
        if (sameType(a, b)) {
            return strictEquals(a, b);
        }
        if (isNullish(a) && isNullish(b)) {
            return true;
        }
        if (isNumber(a) && b instanceof String) {
            return toNumber(a) == toNumber(b);
        }
        if (a instanceof String && isNumber(b)) {
            return toNumber(a) == toNumber(b);
        }
        if (a instanceof Boolean) {
            return looseEquals(toNumber(a), b);
        }
        if (b instanceof Boolean) {
            return looseEquals(a, toNumber(b));
        }
        if ((isNumber(a) || a instanceof String || a instanceof Symbol) && b instanceof JSObject) {
            return looseEquals(a, toPrimitive(b, "none"));
        }
        if (a instanceof JSObject && (isNumber(b) || b instanceof String || b instanceof Symbol)) {
            return looseEquals(toPrimitive(a, "none"), b);
        }
        return false;
    }

    private static boolean sameType(Object a, Object b) {
        return (isNumber(a) && isNumber(b)) || typeof(a).equals(typeof(b)) && !(a == Null.INSTANCE ^ b == Null.INSTANCE);
    }

    /** SameValueZero (used by includes, Map, Set). */
    public static boolean sameValueZero(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            double x = toNumber(a);
            double y = toNumber(b);
            return x == y || (Double.isNaN(x) && Double.isNaN(y));
        }
        return strictEquals(a, b);
    }

    /** SameValue: like === except that NaN equals NaN and +0 differs from -0. */
    public static boolean sameValue(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Integer x && b instanceof Integer y) {
                return x.intValue() == y.intValue();
            }
            return Double.valueOf(toNumber(a)).equals(toNumber(b));
        }
        return strictEquals(a, b);
    }

    /** ToUint32. */
    public static long toUint32(Object v) {
        return toInt32(v) & 0xFFFFFFFFL;
    }

    /** ToLength: an integer in [0, 2^53 - 1]. */
    public static double toLength(Object v) {
        double len = toIntegerOrInfinity(v);
        return len <= 0 ? 0 : Math.min(len, 9007199254740991.0);
    }

    public static int toInt32(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        double d = toNumber(v);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        return (int) (long) ((d % 4294967296.0));
    }

    public static double toIntegerOrInfinity(Object v) {
        double d = toNumber(v);
        if (Double.isNaN(d) || d == 0) {
            return 0; // also turns -0 into +0
        }
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    /** InstanceofOperator(V, target): @@hasInstance when the target has one, else OrdinaryHasInstance. */
    @TruffleBoundary
    public static boolean instanceofOperator(Object value, Object target) {
        if (!(target instanceof JSObject t)) {
            throw Errors.typeError("Right-hand side of 'instanceof' is not an object");
        }
        Object instOfHandler = t.get(Symbol.HAS_INSTANCE);
        if (!isNullish(instOfHandler)) {
            if (!(instOfHandler instanceof JSFunction handler)) {
                throw Errors.typeError(toDisplayString(instOfHandler) + " is not a function");
            }
            return toBoolean(handler.call(target, value));
        }
        if (!(target instanceof JSFunction)) {
            throw Errors.typeError("Right-hand side of 'instanceof' is not callable");
        }
        return ordinaryHasInstance(target, value);
    }

    /** OrdinaryHasInstance(C, O): bound functions defer to their target; else O's chain is searched for C.prototype. */
    @TruffleBoundary
    public static boolean ordinaryHasInstance(Object c, Object o) {
        if (!(c instanceof JSFunction f)) {
            return false;
        }
        if (f.boundTargetFunction() != null) {
            return instanceofOperator(o, f.boundTargetFunction());
        }
        if (!(o instanceof JSObject object)) {
            return false;
        }
        Object p = f.get("prototype");
        if (!(p instanceof JSObject proto)) {
            throw Errors.typeError("Function has non-object prototype '" + toDisplayString(p) + "' in instanceof check");
        }
        for (JSObject x = object.getPrototypeOf(); x != null; x = x.getPrototypeOf()) {
            if (x == proto) {
                return true;
            }
        }
        return false;
    }

    public static boolean isArray(Object v) {
        return v instanceof JSArray;
    }
}
