package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.interpreter.values.NumberPrecision;
import org.minijs.interpreter.values.Undefined;

/** The Number constructor, its constants and predicates, and Number.prototype (§21.1). */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction number = Intrinsics.constructor(realm, in.globalObject, "Number", 1, in.numberPrototype,
                (t, args, nt) -> {
                    Object n = args.length == 0 ? (Object) 0 : JSRuntime.number(JSRuntime.toNumber(args[0]));
                    if (nt == Undefined.INSTANCE) {
                        return n;
                    }
                    return new JSPrimitiveObject(Intrinsics.prototypeFromConstructor(nt, in.numberPrototype), n);
                });
        constant(number, "MAX_SAFE_INTEGER", 9007199254740991.0);
        constant(number, "MIN_SAFE_INTEGER", -9007199254740991.0);
        constant(number, "EPSILON", Math.ulp(1.0));
        constant(number, "MAX_VALUE", Double.MAX_VALUE);
        constant(number, "MIN_VALUE", Double.MIN_VALUE);
        constant(number, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY);
        constant(number, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY);
        constant(number, "NaN", Double.NaN);
        Intrinsics.method(realm, number, "isInteger", 1, (t, args, nt) -> JSRuntime.isNumber(JSBuiltin.arg(args, 0))
                && isIntegral(JSRuntime.toNumber(args[0])));
        Intrinsics.method(realm, number, "isSafeInteger", 1, (t, args, nt) -> JSRuntime.isNumber(JSBuiltin.arg(args, 0))
                && isIntegral(JSRuntime.toNumber(args[0])) && Math.abs(JSRuntime.toNumber(args[0])) <= 9007199254740991.0);
        Intrinsics.method(realm, number, "isFinite", 1, (t, args, nt) -> JSRuntime.isNumber(JSBuiltin.arg(args, 0))
                && Double.isFinite(JSRuntime.toNumber(args[0])));
        Intrinsics.method(realm, number, "isNaN", 1, (t, args, nt) -> JSRuntime.isNumber(JSBuiltin.arg(args, 0))
                && Double.isNaN(JSRuntime.toNumber(args[0])));

        JSObject p = in.numberPrototype;
        Intrinsics.method(realm, p, "toString", 1, (t, args, nt) -> {
            double x = thisNumberValue(t, "toString");
            Object radix = JSBuiltin.arg(args, 0);
            double r = radix == Undefined.INSTANCE ? 10 : JSRuntime.toIntegerOrInfinity(radix);
            if (r < 2 || r > 36) {
                throw Errors.rangeError("toString() radix must be between 2 and 36", null);
            }
            return NumberFormatter.toString(x, (int) r);
        });
        Intrinsics.method(realm, p, "toLocaleString", 0, (t, args, nt) ->
                NumberFormatter.toString(thisNumberValue(t, "toLocaleString")));
        Intrinsics.method(realm, p, "valueOf", 0, (t, args, nt) -> JSRuntime.number(thisNumberValue(t, "valueOf")));
        Intrinsics.method(realm, p, "toFixed", 1, (t, args, nt) -> {
            double x = thisNumberValue(t, "toFixed");
            double f = JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(args, 0));
            if (f < 0 || f > 100) {
                throw Errors.rangeError("toFixed() digits argument must be between 0 and 100", null);
            }
            if (!Double.isFinite(x) || Math.abs(x) >= 1e21) {
                return NumberFormatter.toString(x);
            }
            return NumberPrecision.toFixed(x, (int) f);
        });
        Intrinsics.method(realm, p, "toExponential", 1, (t, args, nt) -> {
            double x = thisNumberValue(t, "toExponential");
            Object digits = JSBuiltin.arg(args, 0);
            double f = JSRuntime.toIntegerOrInfinity(digits);
            if (!Double.isFinite(x)) {
                return NumberFormatter.toString(x);
            }
            if (f < 0 || f > 100) {
                throw Errors.rangeError("toExponential() argument must be between 0 and 100", null);
            }
            return NumberPrecision.toExponential(x, digits == Undefined.INSTANCE ? -1 : (int) f);
        });
        Intrinsics.method(realm, p, "toPrecision", 1, (t, args, nt) -> {
            double x = thisNumberValue(t, "toPrecision");
            if (JSBuiltin.arg(args, 0) == Undefined.INSTANCE) {
                return NumberFormatter.toString(x);
            }
            double precision = JSRuntime.toIntegerOrInfinity(args[0]);
            if (!Double.isFinite(x)) {
                return NumberFormatter.toString(x);
            }
            if (precision < 1 || precision > 100) {
                throw Errors.rangeError("toPrecision() argument must be between 1 and 100", null);
            }
            return NumberPrecision.toPrecision(x, (int) precision);
        });
    }

    static void constant(JSObject target, String name, Object value) {
        target.defineOwnProperty(name, PropertyCell.data(value instanceof Double d ? JSRuntime.number(d) : value, 0));
    }

    private static boolean isIntegral(double d) {
        return Double.isFinite(d) && d == Math.floor(d);
    }

    /** thisNumberValue: a Number, or a Number wrapper's [[NumberData]]. */
    private static double thisNumberValue(Object t, String method) {
        Object v = JSRuntime.unwrapPrimitive(t);
        if (JSRuntime.isNumber(v)) {
            return JSRuntime.toNumber(v);
        }
        throw Errors.typeError("Number.prototype." + method + " requires that 'this' be a Number");
    }
}
