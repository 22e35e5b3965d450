package org.minijs.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A CharStream over the UTF-16 units of a String, so that ANTLR token indexes are Java String offsets (and
 * columns count UTF-16 units, as JavaScript engines do). Characters outside the BMP appear as two surrogates;
 * they are fine inside strings, templates, comments and regular expressions.
 */
final class Utf16CharStream implements CharStream {
    private final String data;
    private final int n;
    private final String name;
    private int p;

    Utf16CharStream(String data, String name) {
        this.data = data;
        this.n = data.length();
        this.name = name;
    }

    @Override
    public void consume() {
        if (p >= n) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        if (i < 0) {
            i++;
            if (p + i - 1 < 0) {
                return IntStream.EOF;
            }
        }
        int idx = p + i - 1;
        if (idx >= n) {
            return IntStream.EOF;
        }
        return data.charAt(idx);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, n));
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String getSourceName() {
        return name == null ? IntStream.UNKNOWN_SOURCE_NAME : name;
    }

    @Override
    public String getText(Interval interval) {
        int a = Math.max(0, interval.a);
        int b = Math.min(interval.b, n - 1);
        if (a > b) {
            return "";
        }
        return data.substring(a, b + 1);
    }

    @Override
    public String toString() {
        return data;
    }
}
