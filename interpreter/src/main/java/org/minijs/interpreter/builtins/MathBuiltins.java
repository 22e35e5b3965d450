package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The Math object (§21.3). The transcendental functions use StrictMath (fdlibm, which V8 ports too) or,
 * where V8's version differs, {@link FdLibm}; results then agree with node to the last bit rather than to
 * within an ulp. (pow is the exception: V8 calls the C library's, which StrictMath.pow only approximates.)
 */
public final class MathBuiltins {
    private MathBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject math = new JSObject(in.objectPrototype);
        in.globalObject.defineHidden("Math", math);
        math.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Math", PropertyCell.CONFIGURABLE));
        // the constants as the spec gives them (the Number values closest to the real constants); computing
        // them (1 / Math.log(10) ...) can land one ulp away
        NumberBuiltins.constant(math, "E", 2.718281828459045);
        NumberBuiltins.constant(math, "LN10", 2.302585092994046);
        NumberBuiltins.constant(math, "LN2", 0.6931471805599453);
        NumberBuiltins.constant(math, "LOG10E", 0.4342944819032518);
        NumberBuiltins.constant(math, "LOG2E", 1.4426950408889634);
        NumberBuiltins.constant(math, "PI", 3.141592653589793);
        NumberBuiltins.constant(math, "SQRT1_2", 0.7071067811865476);
        NumberBuiltins.constant(math, "SQRT2", 1.4142135623730951);

        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "acos", StrictMath::acos);
        unary(realm, math, "acosh", FdLibm::acosh);
        unary(realm, math, "asin", StrictMath::asin);
        unary(realm, math, "asinh", FdLibm::asinh);
        unary(realm, math, "atan", StrictMath::atan);
        unary(realm, math, "atanh", FdLibm::atanh);
        binary(realm, math, "atan2", StrictMath::atan2);
        unary(realm, math, "cbrt", FdLibm::cbrt);
        unary(realm, math, "ceil", Math::ceil);
        unary(realm, math, "clz32", x -> Integer.numberOfLeadingZeros(JSRuntime.toInt32(x)));
        unary(realm, math, "cos", StrictMath::cos);
        unary(realm, math, "cosh", FdLibm::cosh);
        unary(realm, math, "exp", FdLibm::exp);
        unary(realm, math, "expm1", StrictMath::expm1);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "fround", x -> (double) (float) x);
        Intrinsics.method(realm, math, "hypot", 2, (t, a, nt) -> JSRuntime.number(hypot(a)));
        Intrinsics.method(realm, math, "imul", 2, (t, a, nt) ->
                JSRuntime.toInt32(JSBuiltin.arg(a, 0)) * JSRuntime.toInt32(JSBuiltin.arg(a, 1)));
        unary(realm, math, "log", StrictMath::log);
        unary(realm, math, "log1p", StrictMath::log1p);
        unary(realm, math, "log10", StrictMath::log10);
        unary(realm, math, "log2", FdLibm::log2);
        Intrinsics.method(realm, math, "max", 2, (t, a, nt) -> {
            double r = Double.NEGATIVE_INFINITY;
            for (Object x : a) {
                r = Math.max(r, JSRuntime.toNumber(x)); // every argument is coerced, even after a NaN
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
        binary(realm, math, "pow", MathBuiltins::pow);
        Intrinsics.method(realm, math, "random", 0, (t, a, nt) -> Math.random());
        unary(realm, math, "round", MathBuiltins::round);
        unary(realm, math, "sign", Math::signum);
        unary(realm, math, "sin", StrictMath::sin);
        unary(realm, math, "sinh", StrictMath::sinh);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "tan", StrictMath::tan);
        unary(realm, math, "tanh", StrictMath::tanh);
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** Math.round: the closest integer, ties toward +∞; -0 for -0 and for x in [-0.5, 0). */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 4503599627370496.0) {
            return x; // NaN, the infinities and doubles of 2^52 and beyond are already integers
        }
        double r = Math.floor(x);
        if (x - r >= 0.5) {
            r += 1;
        }
        return r == 0 && (x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE) ? -0.0 : r;
    }

    /**
     * Number::exponentiate, for Math.pow and the ** operator alike: fdlibm's pow (StrictMath), which gives V8's
     * digits, except that a base of ±1 with an infinite exponent gives NaN.
     */
    public static double pow(double base, double exponent) {
        if (Double.isNaN(exponent) || Math.abs(base) == 1 && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return StrictMath.pow(base, exponent);
    }

    /** Math.hypot: ±∞ wins over NaN; the sum of squares is scaled by the largest value to avoid overflow. */
    private static double hypot(Object[] args) {
        double[] values = new double[args.length];
        boolean nan = false;
        boolean infinite = false;
        double max = 0;
        for (int i = 0; i < args.length; i++) {
            double v = Math.abs(JSRuntime.toNumber(args[i])); // every argument is coerced first
            values[i] = v;
            nan |= Double.isNaN(v);
            infinite |= v == Double.POSITIVE_INFINITY;
            if (v > max) {
                max = v;
            }
        }
        if (infinite) {
            return Double.POSITIVE_INFINITY;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        double compensation = 0; // Kahan summation, as V8 does
        for (double v : values) {
            double r = v / max;
            double summand = r * r - compensation;
            double preliminary = sum + summand;
            compensation = (preliminary - sum) - summand;
            sum = preliminary;
        }
        return Math.sqrt(sum) * max;
    }

    private static void unary(JSRealm realm, JSObject math, String name, DoubleUnaryOperator op) {
        Intrinsics.method(realm, math, name, 1, (t, a, nt) ->
                JSRuntime.number(op.applyAsDouble(JSRuntime.toNumber(JSBuiltin.arg(a, 0)))));
    }

    private static void binary(JSRealm realm, JSObject math, String name, DoubleBinaryOperator op) {
        Intrinsics.method(realm, math, name, 2, (t, a, nt) -> {
            double x = JSRuntime.toNumber(JSBuiltin.arg(a, 0));
            double y = JSRuntime.toNumber(JSBuiltin.arg(a, 1));
            return JSRuntime.number(op.applyAsDouble(x, y));
        });
    }
}
