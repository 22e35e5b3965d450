package org.minijs.parser;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversions of literal source text: numbers, string and template escapes, identifiers, JS number-to-string. */
public final class Literals {
    private Literals() {
    }

    /** An invalid literal: message in JavaScript words and the offset (within the examined text) it points at. */
    static final class LiteralError extends RuntimeException {
        final int index;

        LiteralError(String message, int index) {
            super(message, null, false, false);
            this.index = index;
        }
    }

    /** Kinds of numeric literal text that matter for strict mode. */
    enum NumberKind { NORMAL, LEGACY_OCTAL, LEADING_ZERO_DECIMAL }

    static NumberKind numberKind(String text) {
        if (text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) >= '0' && text.charAt(1) <= '9') {
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '8' || c == '9') {
                    return NumberKind.LEADING_ZERO_DECIMAL;
                }
            }
            return NumberKind.LEGACY_OCTAL;
        }
        return NumberKind.NORMAL;
    }

    /** The value of a NumericLiteral token's text. */
    static double parseNumber(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (t.length() > 1 && t.charAt(0) == '0') {
            char c = t.charAt(1);
            switch (c) {
                case 'x', 'X' -> {
                    return radix(t.substring(2), 16);
                }
                case 'o', 'O' -> {
                    return radix(t.substring(2), 8);
                }
                case 'b', 'B' -> {
                    return radix(t.substring(2), 2);
                }
                default -> {
                    if (c >= '0' && c <= '9') {
                        return numberKind(t) == NumberKind.LEGACY_OCTAL ? radix(t.substring(1), 8)
                                : Double.parseDouble(t);
                    }
                }
            }
        }
        return Double.parseDouble(t);
    }

    private static double radix(String digits, int radix) {
        if (digits.length() <= 12) {
            return Long.parseLong(digits, radix);
        }
        return new BigInteger(digits, radix).doubleValue();
    }

    /** JavaScript's Number::toString(10), e.g. for numeric property keys. */
    public static String numberToString(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == 0) {
            return "0";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v < 0) {
            return "-" + numberToString(-v);
        }
        if (v == Math.rint(v) && v < 1e21) {
            if (v < 9.007199254740992E15) {
                return Long.toString((long) v);
            }
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (d.precision() == 2) {
            // Double.toString may pick a closer 2-digit decimal where 1 digit is enough (4.9E-324); JS wants
            // the shortest.
            BigDecimal one = d.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == v) {
                d = one.stripTrailingZeros();
            }
        }
        String digits = d.unscaledValue().toString();
        int k = digits.length();
        int n = k - d.scale(); // decimal point position: value = 0.digits * 10^n
        StringBuilder sb = new StringBuilder();
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.append("0".repeat(n - k));
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
            sb.append('e').append(e >= 0 ? '+' : '-').append(Math.abs(e));
        }
        return sb.toString();
    }

    enum EscapeMode { STRING_SLOPPY, STRING_STRICT, TEMPLATE }

    /**
     * Cooks the body of a string literal or a template chunk (without quotes / backticks). Errors carry the
     * index within {@code body} of the offending backslash.
     */
    static String cook(String body, EscapeMode mode) {
        int n = body.length();
        if (body.indexOf('\\') < 0 && (mode != EscapeMode.TEMPLATE || body.indexOf('\r') < 0)) {
            return body;
        }
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\r' && mode == EscapeMode.TEMPLATE) {
                sb.append('\n');
                i += (i + 1 < n && body.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000B');
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> {
                }
                case 'x' -> {
                    int h1 = i < n ? hex(body.charAt(i)) : -1;
                    int h2 = i + 1 < n ? hex(body.charAt(i + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw new LiteralError("Invalid hexadecimal escape sequence", start);
                    }
                    sb.append((char) (h1 * 16 + h2));
                    i += 2;
                }
                case 'u' -> {
                    int[] res = unicodeEscape(body, i);
                    if (res == null) {
                        throw new LiteralError("Invalid Unicode escape sequence", start);
                    }
                    if (res[0] > 0x10FFFF) {
                        throw new LiteralError("Undefined Unicode code-point", start);
                    }
                    sb.appendCodePoint(res[0]);
                    i = res[1];
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    boolean nextIsDigit = i < n && body.charAt(i) >= '0' && body.charAt(i) <= '9';
                    if (e == '0' && !nextIsDigit) {
                        sb.append('\0');
                        break;
                    }
                    if (mode == EscapeMode.TEMPLATE) {
                        throw new LiteralError("Octal escape sequences are not allowed in template strings.", start);
                    }
                    if (mode == EscapeMode.STRING_STRICT) {
                        throw new LiteralError("Octal escape sequences are not allowed in strict mode.", start);
                    }
                    int value = e - '0';
                    int max = e <= '3' ? 2 : 1;
                    for (int k = 0; k < max && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    sb.append((char) value);
                }
                case '8', '9' -> {
                    if (mode == EscapeMode.TEMPLATE) {
                        throw new LiteralError("\\8 and \\9 are not allowed in template strings.", start);
                    }
                    if (mode == EscapeMode.STRING_STRICT) {
                        throw new LiteralError("\\8 and \\9 are not allowed in strict mode.", start);
                    }
                    sb.append(e);
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Parses {@code XXXX} or {@code {X...}} at {@code i} (after the 'u'); returns {codePoint, nextIndex} or null. */
    static int[] unicodeEscape(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '{') {
            int j = i + 1;
            long v = 0;
            while (j < n && hex(s.charAt(j)) >= 0) {
                v = Math.min(v * 16 + hex(s.charAt(j)), 0x7FFFFFFFL);
                j++;
            }
            if (j == i + 1 || j >= n || s.charAt(j) != '}') {
                return null;
            }
            return new int[] {(int) v, j + 1};
        }
        if (i + 4 > n) {
            return null;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int h = hex(s.charAt(i + k));
            if (h < 0) {
                return null;
            }
            v = v * 16 + h;
        }
        return new int[] {v, i + 4};
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Decodes \\u escapes in an identifier's source text. */
    static String identifier(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int[] res = unicodeEscape(text, i + 2);
                // An escape must still spell an identifier character (\u0000 or \u002a do not).
                if (res == null || res[0] > 0x10FFFF || !(sb.isEmpty() ? isIdentifierStart(res[0])
                        : isIdentifierPart(res[0]))) {
                    throw new LiteralError("Invalid Unicode escape sequence", i);
                }
                sb.appendCodePoint(res[0]);
                i = res[1];
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '$' || cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp == '$' || cp == 0x200C || cp == 0x200D
                || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }
}
