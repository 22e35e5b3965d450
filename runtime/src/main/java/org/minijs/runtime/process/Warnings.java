package org.minijs.runtime.process;

import java.io.PrintStream;

/**
 * process.emitWarning's default output: node prints {@code (node:PID) Name: message} on stderr; minijs
 * prints its own name in the same shape.
 */
public final class Warnings {
    private final PrintStream err;

    public Warnings(PrintStream err) {
        this.err = err;
    }

    public void emit(String name, String message) {
        err.print("(minijs:" + ProcessHandle.current().pid() + ") " + name + ": " + message + "\n");
        err.flush();
    }
}
