package org.minijs.runtime.console;

import java.util.ArrayList;
import java.util.List;

/**
 * node's groupArrayElements: an array with more than six entries is laid out in aligned columns when at
 * least three fit on a line and the entries are of similar length. Numbers are right-aligned (padStart),
 * anything else left-aligned (padEnd). The column count approximates a square, characters being about 2.5
 * times as high as wide.
 */
final class ArrayGrouping {
    private static final int SEPARATOR_SPACE = 2; // ", "
    private static final double APPROX_CHAR_HEIGHTS = 2.5;

    private ArrayGrouping() {
    }

    /**
     * @param allNumbers whether every output position holds a number in the array (decides the alignment)
     * @param hasMoreItems whether the last entry is the "... n more items" line, which is not grouped
     */
    static List<String> group(List<String> output, int indentation, InspectOptions options, boolean allNumbers,
                              boolean hasMoreItems) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = hasMoreItems ? output.size() - 1 : output.size();
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = width(output.get(i));
            dataLen[i] = len;
            totalLength += len + SEPARATOR_SPACE;
            if (maxLength < len) {
                maxLength = len;
            }
        }
        int actualMax = maxLength + SEPARATOR_SPACE;
        if (actualMax * 3 + indentation < options.breakLength()
                && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(Math.min(
                    Math.round(Math.sqrt(APPROX_CHAR_HEIGHTS * biasedMax * outputLength) / biasedMax),
                    Math.floor((double) (options.breakLength() - indentation) / actualMax)),
                    Math.min(options.compact() * 4L, 15));
            if (columns <= 1) {
                return output;
            }
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineMaxLength = 0;
                for (int j = i; j < outputLength; j += columns) {
                    if (dataLen[j] > lineMaxLength) {
                        lineMaxLength = dataLen[j];
                    }
                }
                maxLineLength[i] = lineMaxLength + SEPARATOR_SPACE;
            }
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    String cell = output.get(j) + ", ";
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j];
                    str.append(allNumbers ? padStart(cell, padding) : padEnd(cell, padding));
                }
                if (allNumbers) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j] - SEPARATOR_SPACE;
                    str.append(padStart(output.get(j), padding));
                } else {
                    str.append(output.get(j));
                }
                tmp.add(str.toString());
            }
            if (hasMoreItems) {
                tmp.add(output.get(outputLength));
            }
            return tmp;
        }
        return output;
    }

    /** getStringWidth without colors: control characters take no column, wide East Asian characters two. */
    static int width(String s) {
        return StringWidth.of(s);
    }

    private static String padStart(String s, int length) {
        return s.length() >= length ? s : " ".repeat(length - s.length()) + s;
    }

    private static String padEnd(String s, int length) {
        return s.length() >= length ? s : s + " ".repeat(length - s.length());
    }
}
