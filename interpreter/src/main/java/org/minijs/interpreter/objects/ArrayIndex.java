package org.minijs.interpreter.objects;

/** Recognises canonical array index strings ("0", "17", not "017" or "-1"). */
public final class ArrayIndex {
    private ArrayIndex() {
    }

    /** The index, or -1 when the key is not a canonical array index. */
    public static long parse(String key) {
        int n = key.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char c0 = key.charAt(0);
        if (c0 == '0') {
            return n == 1 ? 0 : -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v < 4294967295L ? v : -1;
    }
}
