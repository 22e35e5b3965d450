package org.minijs.interpreter.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigDecimal;

/**
 * ECMA-262 Number::toString(x, radix). Radix 10 lays out the shortest round-trip digits by the spec's rules on
 * k, n and the exponent; other radixes follow V8's DoubleToRadixCString, which is what node prints (the spec
 * leaves the digits of non-decimal fractions implementation-approximated).
 */
public final class NumberFormatter {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    /** 2^53: below it every integral double prints exactly as a long. */
    private static final double TWO_53 = 9007199254740992.0;

    private NumberFormatter() {
    }

    @TruffleBoundary
    public static String toString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value == 0) {
            return "0"; // both +0 and -0
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value < 0) {
            return "-" + toString(-value);
        }
        if (value == Math.rint(value) && value < TWO_53) {
            return Long.toString((long) value);
        }
        Decimal d = shortest(value);
        String digits = d.digits;
        int k = digits.length();
        int n = d.n;
        StringBuilder sb = new StringBuilder();
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e >= 0 ? "+" : "-").append(Math.abs(e));
        }
        return sb.toString();
    }

    /** The digits s (k of them, no trailing zeros) and exponent n with value = s × 10^(n−k). */
    public record Decimal(String digits, int n) {
    }

    /**
     * The shortest decimal that round-trips to {@code value} (positive, finite), per Number::toString step 5:
     * k as small as possible, and among those the one closest to the value. Java's Double.toString gives the
     * shortest digits except that it never prints fewer than two (5e-324 comes out as 4.9E-324), so a
     * two-digit answer is checked for a one-digit decimal that also round-trips.
     */
    @TruffleBoundary
    public static Decimal shortest(double value) {
        BigDecimal javaShortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = javaShortest.unscaledValue().toString();
        int n = digits.length() - javaShortest.scale();
        if (digits.length() == 2) {
            Decimal one = oneDigit(value, digits, n);
            if (one != null) {
                return one;
            }
        }
        return new Decimal(digits, n);
    }

    private static Decimal oneDigit(double value, String twoDigits, int n) {
        BigDecimal exact = new BigDecimal(value);
        int first = twoDigits.charAt(0) - '0';
        Decimal best = null;
        BigDecimal bestDistance = null;
        for (int d = first; d <= first + 1; d++) {
            Decimal candidate = d == 10 ? new Decimal("1", n + 1) : new Decimal(Integer.toString(d), n);
            BigDecimal v = new BigDecimal(new java.math.BigInteger(candidate.digits), 1 - candidate.n);
            if (v.doubleValue() != value) {
                continue;
            }
            BigDecimal distance = v.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Number::toString(x, radix) for radix 2..36 other than 10, as V8's DoubleToRadixCString prints it. */
    @TruffleBoundary
    public static String toString(double value, int radix) {
        if (radix == 10 || Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return toString(value);
        }
        boolean negative = value < 0;
        if (negative) {
            value = -value;
        }
        double integer = Math.floor(value);
        double fraction = value - integer;
        // Fraction digits are produced only up to the precision of the input: delta is half an ulp.
        double delta = Math.max(0.5 * (Math.nextUp(value) - value), Double.MIN_VALUE);
        StringBuilder fractionPart = new StringBuilder();
        if (fraction >= delta) {
            do {
                fraction *= radix;
                delta *= radix;
                int digit = (int) fraction;
                fractionPart.append(DIGITS.charAt(digit));
                fraction -= digit;
                // Round half to even; on carry, walk back over the digits already written.
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
                    if (fraction + delta > 1) {
                        while (true) {
                            int last = fractionPart.length() - 1;
                            if (last < 0) {
                                integer += 1;
                                break;
                            }
                            int d = DIGITS.indexOf(fractionPart.charAt(last));
                            fractionPart.setLength(last);
                            if (d + 1 < radix) {
                                fractionPart.append(DIGITS.charAt(d + 1));
                                break;
                            }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }
        // Integer digits; those below the double's precision are written as zeros.
        StringBuilder integerPart = new StringBuilder();
        while (integer / radix >= TWO_53) {
            integer /= radix;
            integerPart.append('0');
        }
        do {
            double remainder = integer % radix;
            integerPart.append(DIGITS.charAt((int) remainder));
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        sb.append(integerPart.reverse());
        if (fractionPart.length() > 0) {
            sb.append('.').append(fractionPart);
        }
        return sb.toString();
    }
}
