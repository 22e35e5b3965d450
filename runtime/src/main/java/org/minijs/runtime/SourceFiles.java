package org.minijs.runtime;

import java.util.HashMap;
import java.util.Map;

/** The source text of every file the program loaded, by path: the uncaught-error printer quotes lines from it. */
public final class SourceFiles {
    private final Map<String, String[]> lines = new HashMap<>();
    private final Map<String, Integer> firstLineShift = new HashMap<>();

    /** {@code shift}: how many columns the module wrapper added on line 1 (engine positions include it). */
    public void add(String path, String source, int shift) {
        lines.put(path, source.split("\n", -1));
        firstLineShift.put(path, shift);
    }

    /** The column in the file itself for an engine-reported {@code column} on {@code line}. */
    public int column(String path, int line, int column) {
        return line == 1 ? Math.max(1, column - firstLineShift.getOrDefault(path, 0)) : column;
    }

    /** Line {@code number} (1-based) of {@code path}, or null when unknown. */
    public String line(String path, int number) {
        String[] file = lines.get(path);
        return file != null && number >= 1 && number <= file.length ? file[number - 1] : null;
    }
}
