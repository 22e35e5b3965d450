package org.minijs.runtime.console;

/**
 * node's strEscape: single quotes by default; double quotes if the string has a single quote but no double
 * quote; backticks if it has both but no backtick and no "${"; escaping control characters (\n, \x1B ...),
 * the chosen quote, the backslash, C1 controls and lone surrogates (as \\uXXXX).
 */
final class StringEscape {
    private static final String[] META = new String[0xA0];

    static {
        for (int i = 0; i < 0x20; i++) {
            META[i] = String.format("\\x%02X", i);
        }
        META['\b'] = "\\b";
        META['\t'] = "\\t";
        META['\n'] = "\\n";
        META[0x0B] = "\\x0B";
        META['\f'] = "\\f";
        META['\r'] = "\\r";
        for (int i = 0x7F; i < 0xA0; i++) {
            META[i] = String.format("\\x%02X", i);
        }
    }

    private StringEscape() {
    }

    static String quote(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) {
                quote = '"';
            } else if (s.indexOf('`') < 0 && !s.contains("${")) {
                quote = '`';
            }
        }
        return quote + escape(s, quote == '\'') + quote;
    }

    /** strEscapeSequencesReplacer with escapeFn: used for symbol descriptions and bracketed keys. */
    static String escapeSequences(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean singleQuote) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' && singleQuote) {
                sb.append("\\'");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0xA0 && META[c] != null) {
                sb.append(META[c]);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append("\\u").append(Integer.toHexString(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
