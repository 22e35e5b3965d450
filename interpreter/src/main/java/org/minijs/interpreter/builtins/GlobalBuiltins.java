package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** The value properties and functions of the global object (§19.1, §19.2) and JSON. */
final class GlobalBuiltins {
    private GlobalBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject g = in.globalObject;
        g.defineOwnProperty("NaN", PropertyCell.data(Double.NaN, 0));
        g.defineOwnProperty("Infinity", PropertyCell.data(Double.POSITIVE_INFINITY, 0));
        g.defineOwnProperty("undefined", PropertyCell.data(Undefined.INSTANCE, 0));
        Intrinsics.method(realm, g, "isNaN", 1, (t, a, nt) -> Double.isNaN(JSRuntime.toNumber(JSBuiltin.arg(a, 0))));
        Intrinsics.method(realm, g, "isFinite", 1, (t, a, nt) -> Double.isFinite(JSRuntime.toNumber(JSBuiltin.arg(a, 0))));
        Intrinsics.method(realm, g, "parseFloat", 1, (t, a, nt) -> JSRuntime.number(parseFloat(JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        Intrinsics.method(realm, g, "parseInt", 2, (t, a, nt) -> JSRuntime.number(parseInt(JSRuntime.toString(JSBuiltin.arg(a, 0)),
                JSBuiltin.arg(a, 1) == Undefined.INSTANCE ? 0 : JSRuntime.toInt32(a[1]))));
        JsonBuiltins.install(realm, in);
    }

    /** parseFloat: the longest prefix that is a StrDecimalLiteral. */
    static double parseFloat(String input) {
        String s = input.stripLeading();
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digitsStart = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i == digitsStart || (i == digitsStart + 1 && s.charAt(digitsStart) == '.')) {
            return Double.NaN;
        }
        int mantissaEnd = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                mantissaEnd = j;
            }
        }
        return Double.parseDouble(s.substring(0, mantissaEnd));
    }

    /** parseInt(string, radix). */
    static double parseInt(String input, int radix) {
        String s = input.strip();
        int sign = 1;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        if (radix == 0) {
            radix = 10;
            if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
                radix = 16;
                i += 2;
            }
        } else if (radix == 16 && (s.startsWith("0x", i) || s.startsWith("0X", i))) {
            i += 2;
        }
        if (radix < 2 || radix > 36) {
            return Double.NaN;
        }
        double value = 0;
        int start = i;
        while (i < s.length()) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            value = value * radix + d;
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        if (radix == 10 && i - start > 15) {
            value = Double.parseDouble(s.substring(start, i));
        }
        return sign * value;
    }
}
