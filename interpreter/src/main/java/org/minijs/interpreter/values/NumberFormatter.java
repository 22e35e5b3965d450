package org.minijs.interpreter.values;

import java.math.BigDecimal;

/**
 * ECMA-262 Number::toString(x, 10). Java's Double.toString already yields the shortest round-trip digits
 * (JDK 19+), so this only re-lays those digits out by the spec's rules on k, n and the exponent.
 */
public final class NumberFormatter {
    private NumberFormatter() {
    }

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
        if (value == Math.rint(value) && value < 1e21 && value <= Long.MAX_VALUE) {
            return Long.toString((long) value);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString(); // s, with k digits
        int k = digits.length();
        int n = k - shortest.scale(); // value = s * 10^(n-k)
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
}
