package org.minijs.interpreter.values;

/**
 * The WhiteSpace and LineTerminator code points of ECMA-262 §12.2/§12.3, which String.prototype.trim,
 * StringToNumber, parseInt and parseFloat strip. Java's own notion (Character.isWhitespace, String.strip)
 * differs: it omits U+00A0 and U+FEFF and includes the information separators U+001C..U+001F.
 */
public final class WhiteSpace {
    private WhiteSpace() {
    }

    public static boolean isWhiteSpaceOrLineTerminator(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0xA0, 0xFEFF, 0x2028, 0x2029:
                return true;
            default:
                // USP: any other code point of general category Zs
                return c > 0x7F && Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }

    /** TrimString(s, where): removes leading and/or trailing white space and line terminators. */
    public static String trim(String s, boolean start, boolean end) {
        int from = 0;
        int to = s.length();
        if (start) {
            while (from < to && isWhiteSpaceOrLineTerminator(s.charAt(from))) {
                from++;
            }
        }
        if (end) {
            while (to > from && isWhiteSpaceOrLineTerminator(s.charAt(to - 1))) {
                to--;
            }
        }
        return s.substring(from, to);
    }
}
