package org.minijs.parser;

import java.util.Arrays;

/**
 * Maps character offsets to 1-based line and column. Line terminators are those of JavaScript: LF, CR, CRLF
 * (one terminator), U+2028 and U+2029. Columns count UTF-16 units.
 */
final class LineMap {
    private final String source;
    private final int[] lineStarts;

    LineMap(String source) {
        this.source = source;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    private int lastIndex;

    private int lineIndex(int offset) {
        int k = lastIndex;
        if (offset >= lineStarts[k] && (k + 1 == lineStarts.length || offset < lineStarts[k + 1])) {
            return k;
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        k = i >= 0 ? i : -i - 2;
        lastIndex = k;
        return k;
    }

    int line(int offset) {
        return lineIndex(offset) + 1;
    }

    int column(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    /** The text of a 1-based line, without its terminator. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int start = lineStarts[line - 1];
        int end = start;
        int n = source.length();
        while (end < n) {
            char c = source.charAt(end);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                break;
            }
            end++;
        }
        return source.substring(start, end);
    }
}
