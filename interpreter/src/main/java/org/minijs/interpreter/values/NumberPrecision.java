package org.minijs.interpreter.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digit layouts of Number.prototype.toFixed, toExponential and toPrecision (§21.1.3). Each picks "n such
 * that n × 10^(e−f) − x is as close to zero as possible, the larger n on a tie": rounding the exact binary
 * value half-up, which BigDecimal does without the double-rounding a decimal string would bring. Callers
 * handle NaN, the infinities and the range checks; x here is finite.
 */
public final class NumberPrecision {
    private NumberPrecision() {
    }

    /** Number.prototype.toFixed steps 7-11 for finite x with |x| < 10^21. */
    @TruffleBoundary
    public static String toFixed(double x, int fractionDigits) {
        String s = new BigDecimal(Math.abs(x)).setScale(fractionDigits, RoundingMode.HALF_UP).toPlainString();
        // step 7: a negative x (even one that rounds to zero) keeps its "-"; -0 is not negative
        return x < 0 ? "-" + s : s;
    }

    /** Number.prototype.toExponential; {@code fractionDigits} < 0 means undefined (as many digits as needed). */
    @TruffleBoundary
    public static String toExponential(double x, int fractionDigits) {
        String sign = x < 0 ? "-" : "";
        double v = Math.abs(x);
        String digits;
        int e;
        if (v == 0) {
            digits = "0".repeat(Math.max(fractionDigits, 0) + 1);
            e = 0;
        } else if (fractionDigits < 0) {
            NumberFormatter.Decimal d = NumberFormatter.shortest(v);
            digits = d.digits();
            e = d.n() - 1;
        } else {
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(fractionDigits + 1, RoundingMode.HALF_UP));
            digits = padDigits(rounded, fractionDigits + 1);
            e = rounded.precision() - rounded.scale() - 1;
        }
        StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        return sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e)).toString();
    }

    /** Number.prototype.toPrecision steps 8-13 for finite x and 1 ≤ p ≤ 100. */
    @TruffleBoundary
    public static String toPrecision(double x, int p) {
        String sign = x < 0 ? "-" : "";
        double v = Math.abs(x);
        String digits;
        int e;
        if (v == 0) {
            digits = "0".repeat(p);
            e = 0;
        } else {
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(p, RoundingMode.HALF_UP));
            digits = padDigits(rounded, p);
            e = rounded.precision() - rounded.scale() - 1;
            if (e < -6 || e >= p) {
                StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
                if (p > 1) {
                    sb.append('.').append(digits, 1, p);
                }
                return sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e)).toString();
            }
        }
        if (e == p - 1) {
            return sign + digits;
        }
        if (e >= 0) {
            return sign + digits.substring(0, e + 1) + "." + digits.substring(e + 1);
        }
        return sign + "0." + "0".repeat(-(e + 1)) + digits;
    }

    /** The significant digits of {@code rounded}, exactly {@code count} of them (trailing zeros kept). */
    private static String padDigits(BigDecimal rounded, int count) {
        String digits = rounded.unscaledValue().toString();
        if (digits.length() >= count) {
            return digits.substring(0, count);
        }
        return digits + "0".repeat(count - digits.length());
    }
}
