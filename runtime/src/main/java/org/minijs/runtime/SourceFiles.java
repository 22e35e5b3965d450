package org.minijs.runtime;

import java.util.HashMap;
import java.util.Map;

/** The source text of every file the program loaded, by path: the uncaught-error printer quotes lines from it. */
public final class SourceFiles {
    private final Map<String, String[]> lines = new HashMap<>();

    public void add(String path, String source) {
        lines.put(path, source.split("\n", -1));
    }

    /** Line {@code number} (1-based) of {@code path}, or null when unknown. */
    public String line(String path, int number) {
        String[] file = lines.get(path);
        return file != null && number >= 1 && number <= file.length ? file[number - 1] : null;
    }
}
