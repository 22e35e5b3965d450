package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;
import org.minijs.interpreter.values.WhiteSpace;

import java.math.BigInteger;

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
        JSFunction parseFloat = Intrinsics.method(realm, g, "parseFloat", 1, (t, a, nt) ->
                JSRuntime.number(parseFloat(JSRuntime.toString(JSBuiltin.arg(a, 0)))));
        JSFunction parseInt = Intrinsics.method(realm, g, "parseInt", 2, (t, a, nt) -> {
            String input = JSRuntime.toString(JSBuiltin.arg(a, 0));
            return JSRuntime.number(parseInt(input, JSRuntime.toInt32(JSBuiltin.arg(a, 1))));
        });
        // Number.parseFloat and Number.parseInt are the very same function objects
        JSObject number = (JSObject) g.get("Number");
        number.defineHidden("parseFloat", parseFloat);
        number.defineHidden("parseInt", parseInt);
        UriBuiltins.install(realm, in);
        JsonBuiltins.install(realm, in);
        Intrinsics.method(realm, g, "eval", 1, (t, a, nt) -> eval(realm, JSBuiltin.arg(a, 0)));
    }

    /**
     * PerformEval as an indirect eval: the code runs as global code (its var and function declarations become
     * global properties; the completion value is the result). minijs has no direct eval, so a call written as
     * eval(...) does not see the caller's local variables either (README, Known limits).
     */
    private static Object eval(JSRealm realm, Object x) {
        if (!(x instanceof String code)) {
            return x;
        }
        try {
            return realm.evaluateEvalCode(code);
        } catch (org.minijs.parser.SyntaxError | org.minijs.interpreter.translate.UnsupportedFeature e) {
            throw org.minijs.interpreter.errors.Errors.syntaxError(e.getMessage(), null);
        }
    }

    /** parseFloat: the longest prefix of the trimmed string that is a StrDecimalLiteral, else NaN. */
    static double parseFloat(String input) {
        String s = WhiteSpace.trim(input, true, false);
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digitsStart = i;
        i = skipDigits(s, i);
        boolean intDigits = i > digitsStart;
        boolean fractionDigits = false;
        if (i < n && s.charAt(i) == '.') {
            int fractionStart = i + 1;
            int fractionEnd = skipDigits(s, fractionStart);
            fractionDigits = fractionEnd > fractionStart;
            if (intDigits || fractionDigits) {
                i = fractionEnd;
            }
        }
        if (!intDigits && !fractionDigits) {
            return Double.NaN;
        }
        int end = i;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expEnd = skipDigits(s, j);
            if (expEnd > j) {
                end = expEnd;
            }
        }
        return Double.parseDouble(s.substring(0, end));
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * parseInt(string, radix) where radix is already ToInt32'd. The digits are converted exactly and rounded
     * once (decimal through Double.parseDouble, other radixes through BigInteger), which is what V8 prints
     * for radix 10 and the powers of two.
     */
    static double parseInt(String input, int radix) {
        String s = WhiteSpace.trim(input, true, false);
        int sign = 1;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && (s.startsWith("0x", i) || s.startsWith("0X", i))) {
            i += 2;
            radix = 16;
        }
        int start = i;
        while (i < s.length() && digitValue(s.charAt(i)) < radix) {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        String digits = s.substring(start, i);
        double value = radix == 10 ? Double.parseDouble(digits) : new BigInteger(digits, radix).doubleValue();
        return sign * value;
    }

    /** The value of an ASCII digit or letter (a-z and A-Z are 10..35); 99 for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }
}
