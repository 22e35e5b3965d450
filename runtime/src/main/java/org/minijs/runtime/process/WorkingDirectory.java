package org.minijs.runtime.process;

import java.nio.file.Path;

/**
 * The process's current directory (process.cwd(), process.chdir()): what fs and path resolve relative paths
 * against. One per run, so that programs run in one JVM (the conformance corpus) do not share it.
 */
public final class WorkingDirectory {
    private Path current;

    public WorkingDirectory(Path start) {
        this.current = start.toAbsolutePath().normalize();
    }

    public Path get() {
        return current;
    }

    void change(Path directory) {
        current = directory.toAbsolutePath().normalize();
    }
}
