package org.minijs.runtime.process;

/**
 * process.reallyExit: unwinds everything (JavaScript frames, the loop) up to the runner, which returns the
 * code. Deliberately neither a JavaScript exception nor a Truffle control-flow exception, so no catch and no
 * finally block of the program runs, as none does when node exits; and an Error rather than a
 * RuntimeException (as ThreadDeath was) so that the engine's "Java failure inside a built-in" handler,
 * which turns RuntimeExceptions into catchable JavaScript errors, lets it through.
 */
public final class ProcessExit extends Error {
    private final int code;

    public ProcessExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
