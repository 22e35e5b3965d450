package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.values.JSRuntime;

import java.nio.charset.StandardCharsets;

/**
 * encodeURI, encodeURIComponent, decodeURI, decodeURIComponent (§19.2.6) by the spec's Encode and Decode
 * over UTF-8, and the Annex B escape / unescape.
 */
final class UriBuiltins {
    private static final String URI_RESERVED = ";/?:@&=+$,";
    private static final String URI_MARK = "-_.!~*'()";
    private static final String HEX = "0123456789ABCDEF";

    private UriBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        Intrinsics.method(realm, in.globalObject, "encodeURI", 1, (t, a, nt) ->
                encode(in, JSRuntime.toString(JSBuiltin.arg(a, 0)), URI_RESERVED + URI_MARK + "#"));
        Intrinsics.method(realm, in.globalObject, "encodeURIComponent", 1, (t, a, nt) ->
                encode(in, JSRuntime.toString(JSBuiltin.arg(a, 0)), URI_MARK));
        Intrinsics.method(realm, in.globalObject, "decodeURI", 1, (t, a, nt) ->
                decode(in, JSRuntime.toString(JSBuiltin.arg(a, 0)), URI_RESERVED + "#"));
        Intrinsics.method(realm, in.globalObject, "decodeURIComponent", 1, (t, a, nt) ->
                decode(in, JSRuntime.toString(JSBuiltin.arg(a, 0)), ""));
        Intrinsics.method(realm, in.globalObject, "escape", 1, (t, a, nt) -> escape(JSRuntime.toString(JSBuiltin.arg(a, 0))));
        Intrinsics.method(realm, in.globalObject, "unescape", 1, (t, a, nt) -> unescape(JSRuntime.toString(JSBuiltin.arg(a, 0))));
    }

    private static boolean isAlphaNumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Encode(string, extraUnescaped): ASCII letters, digits and the extra set stay; the rest is %XX of UTF-8. */
    private static String encode(Intrinsics in, String s, String extraUnescaped) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 128 && (isAlphaNumeric(c) || extraUnescaped.indexOf(c) >= 0)) {
                sb.append(c);
                continue;
            }
            int cp = s.codePointAt(k);
            if (Character.isSurrogate(c) && !Character.isSupplementaryCodePoint(cp)) {
                throw uriError(in);
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                k++;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                appendHex(sb, b & 0xFF);
            }
        }
        return sb.toString();
    }

    /** Decode(string, preserveEscapeSet): %XX sequences of well-formed UTF-8; escapes of the set stay as written. */
    private static String decode(Intrinsics in, String s, String preserveEscapeSet) {
        StringBuilder sb = new StringBuilder();
        int length = s.length();
        for (int k = 0; k < length; k++) {
            char c = s.charAt(k);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            int start = k;
            int b = hexByte(in, s, k);
            k += 2;
            if (b < 0x80) {
                char decoded = (char) b;
                if (preserveEscapeSet.indexOf(decoded) >= 0) {
                    sb.append(s, start, k + 1);
                } else {
                    sb.append(decoded);
                }
                continue;
            }
            int n = b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC0 && b < 0xE0 ? 2 : 0;
            if (n == 0) {
                throw uriError(in);
            }
            int cp = b & (0xFF >> (n + 1));
            for (int j = 1; j < n; j++) {
                k++;
                if (k >= length || s.charAt(k) != '%') {
                    throw uriError(in);
                }
                int continuation = hexByte(in, s, k);
                if ((continuation & 0xC0) != 0x80) {
                    throw uriError(in);
                }
                k += 2;
                cp = (cp << 6) | (continuation & 0x3F);
            }
            int minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (cp < minimum || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                throw uriError(in); // overlong forms, surrogates and out-of-range values are not valid UTF-8
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** The byte of the "%XX" at {@code k}, or a URIError. */
    private static int hexByte(Intrinsics in, String s, int k) {
        if (k + 2 >= s.length()) {
            throw uriError(in);
        }
        int hi = Character.digit(s.charAt(k + 1), 16);
        int lo = Character.digit(s.charAt(k + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(k + 1) > 127 || s.charAt(k + 2) > 127) {
            throw uriError(in);
        }
        return hi * 16 + lo;
    }

    private static void appendHex(StringBuilder sb, int b) {
        sb.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 15));
    }

    private static JSException uriError(Intrinsics in) {
        return new JSException(Errors.createError(in.uriErrorPrototype, "URI malformed", null), null);
    }

    /** escape (B.2.1.1): %XX for code units below 256, %uXXXX above, except letters, digits and "@*_+-./". */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && (isAlphaNumeric(c) || "@*_+-./".indexOf(c) >= 0)) {
                sb.append(c);
            } else if (c < 256) {
                appendHex(sb, c);
            } else {
                sb.append("%u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 15))
                        .append(HEX.charAt((c >> 4) & 15)).append(HEX.charAt(c & 15));
            }
        }
        return sb.toString();
    }

    /** unescape (B.2.1.2): the inverse of escape; malformed escapes stay as written. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 6 <= length && s.charAt(i + 1) == 'u') {
                    int v = hex(s, i + 2, 4);
                    if (v >= 0) {
                        sb.append((char) v);
                        i += 5;
                        continue;
                    }
                }
                if (i + 3 <= length) {
                    int v = hex(s, i + 1, 2);
                    if (v >= 0) {
                        sb.append((char) v);
                        i += 2;
                        continue;
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int hex(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
