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
        emit(name, message, null, null);
    }

    /** With node's optional parts: {@code (node:PID) [CODE] Name: message}, then the detail on its own line. */
    public void emit(String name, String message, String code, String detail) {
        err.print("(minijs:" + ProcessHandle.current().pid() + ") " + (code == null ? "" : "[" + code + "] ") + name
                + ": " + message + "\n" + (detail == null ? "" : detail + "\n"));
        err.flush();
    }
}
