package org.minijs.runtime.console;

/**
 * node's getStringWidth (lib/internal/util/inspect.js, the fallback without ICU): the columns a string takes
 * in a terminal, East Asian wide characters and emoji counting two, control and combining characters none.
 */
final class StringWidth {
    private StringWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int code = s.codePointAt(i);
            i += Character.charCount(code);
            if (isFullWidth(code)) {
                width += 2;
            } else if (!isZeroWidth(code)) {
                width++;
            }
        }
        return width;
    }

    private static boolean isFullWidth(int code) {
        return code >= 0x1100 && (code <= 0x115f || code == 0x2329 || code == 0x232a
                || code >= 0x2e80 && code <= 0x3247 && code != 0x303f
                || code >= 0x3250 && code <= 0x4dbf
                || code >= 0x4e00 && code <= 0xa4c6
                || code >= 0xa960 && code <= 0xa97c
                || code >= 0xac00 && code <= 0xd7a3
                || code >= 0xf900 && code <= 0xfaff
                || code >= 0xfe10 && code <= 0xfe19
                || code >= 0xfe30 && code <= 0xfe6b
                || code >= 0xff01 && code <= 0xff60
                || code >= 0xffe0 && code <= 0xffe6
                || code >= 0x1b000 && code <= 0x1b001
                || code >= 0x1f200 && code <= 0x1f251
                || code >= 0x1f300 && code <= 0x1f64f
                || code >= 0x20000 && code <= 0x3fffd);
    }

    private static boolean isZeroWidth(int code) {
        return code <= 0x1f || code >= 0x7f && code <= 0x9f || code >= 0x300 && code <= 0x36f
                || code >= 0x200b && code <= 0x200f || code >= 0x20d0 && code <= 0x20ff
                || code >= 0xfe00 && code <= 0xfe0f || code >= 0xfe20 && code <= 0xfe2f
                || code >= 0xe0100 && code <= 0xe01ef;
    }
}
