package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number, Boolean, Symbol and Math (§21.1, §20.3, §20.4, §21.3). */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction number = Intrinsics.constructor(realm, in.globalObject, "Number", 1, in.numberPrototype,
                (t, args, nt) -> args.length == 0 ? (Object) 0 : JSRuntime.number(JSRuntime.toNumber(args[0])));
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
            double x = thisNumber(t);
            Object radix = JSBuiltin.arg(args, 0);
            int r = radix == Undefined.INSTANCE ? 10 : (int) JSRuntime.toIntegerOrInfinity(radix);
            if (r < 2 || r > 36) {
                throw Errors.rangeError("toString() radix must be between 2 and 36", null);
            }
            if (r == 10 || !Double.isFinite(x)) {
                return NumberFormatter.toString(x);
            }
            if (isIntegral(x) && Math.abs(x) < 9.2e18) {
                return Long.toString((long) x, r);
            }
            return radixFraction(x, r);
        });
        Intrinsics.method(realm, p, "toFixed", 1, (t, args, nt) -> {
            double x = thisNumber(t);
            int digits = (int) JSRuntime.toIntegerOrInfinity(JSBuiltin.arg(args, 0));
            if (digits < 0 || digits > 100) {
                throw Errors.rangeError("toFixed() digits argument must be between 0 and 100", null);
            }
            if (!Double.isFinite(x) || Math.abs(x) >= 1e21) {
                return NumberFormatter.toString(x);
            }
            String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_UP).toPlainString();
            return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
        });
        Intrinsics.method(realm, p, "toPrecision", 1, (t, args, nt) -> {
            double x = thisNumber(t);
            if (JSBuiltin.arg(args, 0) == Undefined.INSTANCE || !Double.isFinite(x)) {
                return NumberFormatter.toString(x);
            }
            int precision = (int) JSRuntime.toIntegerOrInfinity(args[0]);
            if (precision < 1 || precision > 100) {
                throw Errors.rangeError("toPrecision() argument must be between 1 and 100", null);
            }
            BigDecimal rounded = new BigDecimal(x).round(new java.math.MathContext(precision, RoundingMode.HALF_UP));
            int e = rounded.precision() - rounded.scale() - 1;
            if (x != 0 && (e < -6 || e >= precision)) {
                String digits = rounded.unscaledValue().abs().toString();
                digits = (digits + "0".repeat(precision)).substring(0, precision);
                String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
                return (x < 0 ? "-" : "") + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
            }
            return rounded.setScale(Math.max(0, precision - e - 1), RoundingMode.HALF_UP).toPlainString();
        });
        Intrinsics.method(realm, p, "valueOf", 0, (t, args, nt) -> JSRuntime.number(thisNumber(t)));

        JSFunction bool = Intrinsics.constructor(realm, in.globalObject, "Boolean", 1, in.booleanPrototype,
                (t, args, nt) -> JSRuntime.toBoolean(JSBuiltin.arg(args, 0)));
        Intrinsics.method(realm, in.booleanPrototype, "toString", 0, (t, args, nt) -> JSRuntime.toString(t));
        Intrinsics.method(realm, in.booleanPrototype, "valueOf", 0, (t, args, nt) -> t);
        assert bool != null;

        JSFunction symbol = Intrinsics.constructor(realm, in.globalObject, "Symbol", 0, in.symbolPrototype,
                (t, args, nt) -> {
                    if (nt != Undefined.INSTANCE) {
                        throw Errors.typeError("Symbol is not a constructor");
                    }
                    Object d = JSBuiltin.arg(args, 0);
                    return new Symbol(d == Undefined.INSTANCE ? null : JSRuntime.toString(d));
                });
        constant(symbol, "iterator", Symbol.ITERATOR);
        constant(symbol, "asyncIterator", Symbol.ASYNC_ITERATOR);
        constant(symbol, "toPrimitive", Symbol.TO_PRIMITIVE);
        constant(symbol, "toStringTag", Symbol.TO_STRING_TAG);
        constant(symbol, "hasInstance", Symbol.HAS_INSTANCE);
        constant(symbol, "species", Symbol.SPECIES);
        Intrinsics.method(realm, symbol, "for", 1, (t, args, nt) -> realm.symbolFor(JSRuntime.toString(JSBuiltin.arg(args, 0))));
        Intrinsics.method(realm, symbol, "keyFor", 1, (t, args, nt) -> {
            if (!(JSBuiltin.arg(args, 0) instanceof Symbol s)) {
                throw Errors.typeError(JSRuntime.toString(JSBuiltin.arg(args, 0)) + " is not a symbol");
            }
            String key = realm.symbolKeyFor(s);
            return key == null ? Undefined.INSTANCE : key;
        });
        Intrinsics.method(realm, in.symbolPrototype, "toString", 0, (t, args, nt) -> t.toString());
        in.symbolPrototype.defineOwnProperty("description", PropertyCell.accessor(
                realm.newBuiltinFunction("get description", 0, (t, args, nt) -> t instanceof Symbol s && s.description() != null
                        ? s.description() : Undefined.INSTANCE), null, PropertyCell.CONFIGURABLE));

        installMath(realm, in);
    }

    private static void installMath(JSRealm realm, Intrinsics in) {
        JSObject math = new JSObject(in.objectPrototype);
        in.globalObject.defineHidden("Math", math);
        math.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Math", PropertyCell.CONFIGURABLE));
        constant(math, "PI", Math.PI);
        constant(math, "E", Math.E);
        constant(math, "LN2", Math.log(2));
        constant(math, "LN10", Math.log(10));
        constant(math, "LOG2E", 1 / Math.log(2));
        constant(math, "LOG10E", 1 / Math.log(10));
        constant(math, "SQRT2", Math.sqrt(2));
        constant(math, "SQRT1_2", Math.sqrt(0.5));
        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "ceil", Math::ceil);
        unary(realm, math, "round", x -> Double.isNaN(x) || Double.isInfinite(x) ? x : Math.floor(x + 0.5) == 0 && x < 0 ? -0.0 : Math.floor(x + 0.5));
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        unary(realm, math, "sign", Math::signum);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "cbrt", Math::cbrt);
        unary(realm, math, "exp", Math::exp);
        unary(realm, math, "expm1", Math::expm1);
        unary(realm, math, "log", Math::log);
        unary(realm, math, "log2", x -> Math.log(x) / Math.log(2));
        unary(realm, math, "log10", Math::log10);
        unary(realm, math, "log1p", Math::log1p);
        unary(realm, math, "sin", Math::sin);
        unary(realm, math, "cos", Math::cos);
        unary(realm, math, "tan", Math::tan);
        unary(realm, math, "asin", Math::asin);
        unary(realm, math, "acos", Math::acos);
        unary(realm, math, "atan", Math::atan);
        unary(realm, math, "sinh", Math::sinh);
        unary(realm, math, "cosh", Math::cosh);
        unary(realm, math, "tanh", Math::tanh);
        unary(realm, math, "fround", x -> (double) (float) x);
        Intrinsics.method(realm, math, "atan2", 2, (t, a, nt) -> JSRuntime.number(Math.atan2(
                JSRuntime.toNumber(JSBuiltin.arg(a, 0)), JSRuntime.toNumber(JSBuiltin.arg(a, 1)))));
        Intrinsics.method(realm, math, "pow", 2, (t, a, nt) -> JSRuntime.number(Math.pow(
                JSRuntime.toNumber(JSBuiltin.arg(a, 0)), JSRuntime.toNumber(JSBuiltin.arg(a, 1)))));
        Intrinsics.method(realm, math, "random", 0, (t, a, nt) -> Math.random());
        Intrinsics.method(realm, math, "max", 2, (t, a, nt) -> {
            double r = Double.NEGATIVE_INFINITY;
            for (Object x : a) {
                r = Math.max(r, JSRuntime.toNumber(x));
            }
            return JSRuntime.number(r);
        });
        Intrinsics.method(realm, math, "min", 2, (t, a, nt) -> {
            double r = Double.POSITIVE_INFINITY;
            for (Object x : a) {
                r = Math.min(r, JSRuntime.toNumber(x));
            }
            return JSRuntime.number(r);
        });
        Intrinsics.method(realm, math, "hypot", 2, (t, a, nt) -> {
            double sum = 0;
            for (Object x : a) {
                double d = JSRuntime.toNumber(x);
                sum += d * d;
            }
            return JSRuntime.number(Math.sqrt(sum));
        });
    }

    private static void unary(JSRealm realm, JSObject math, String name, java.util.function.DoubleUnaryOperator op) {
        Intrinsics.method(realm, math, name, 1, (t, a, nt) -> JSRuntime.number(op.applyAsDouble(JSRuntime.toNumber(JSBuiltin.arg(a, 0)))));
    }

    private static void constant(JSObject target, String name, Object value) {
        target.defineOwnProperty(name, PropertyCell.data(value instanceof Double d ? JSRuntime.number(d) : value, 0));
    }

    private static boolean isIntegral(double d) {
        return Double.isFinite(d) && d == Math.floor(d);
    }

    private static double thisNumber(Object t) {
        if (JSRuntime.isNumber(t)) {
            return JSRuntime.toNumber(t);
        }
        throw Errors.typeError("Number.prototype.valueOf requires that 'this' be a Number");
    }

    private static String radixFraction(double x, int radix) {
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        long whole = (long) x;
        sb.append(Long.toString(whole, radix));
        double frac = x - whole;
        if (frac > 0) {
            sb.append('.');
            for (int i = 0; i < 52 && frac > 0; i++) {
                frac *= radix;
                int digit = (int) frac;
                sb.append(Character.forDigit(digit, radix));
                frac -= digit;
            }
        }
        return sb.toString();
    }
}
