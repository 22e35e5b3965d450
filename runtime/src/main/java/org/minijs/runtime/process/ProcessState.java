package org.minijs.runtime.process;

import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** process.exitCode and process._exiting, shared by process.exit, the error routing and the runner. */
public final class ProcessState {
    private Object exitCode = Undefined.INSTANCE;
    private boolean exiting;

    public Object exitCode() {
        return exitCode;
    }

    /** The exitCode setter: undefined/null, an integer, or a string holding one (node validates so). */
    public void setExitCode(Object code) {
        if (code == Undefined.INSTANCE || code == org.minijs.interpreter.values.Null.INSTANCE) {
            exitCode = Undefined.INSTANCE;
            return;
        }
        double n = code instanceof String s && !s.isEmpty() ? JSRuntime.toNumber(s) : JSRuntime.isNumber(code)
                ? JSRuntime.toNumber(code) : Double.NaN;
        if (Double.isNaN(n) || n != Math.rint(n) || Double.isInfinite(n)) {
            throw org.minijs.runtime.NodeErrors.invalidArgType("code", "number", code);
        }
        exitCode = JSRuntime.number(n);
    }

    /** {@code process.exitCode || 0}, as the exit status (low 8 bits, as the OS keeps them). */
    public int effectiveCode() {
        return exitCode == Undefined.INSTANCE ? 0 : ((int) JSRuntime.toNumber(exitCode)) & 0xFF;
    }

    public boolean exiting() {
        return exiting;
    }

    public void setExiting() {
        exiting = true;
    }
}
