package org.minijs.runtime.loop;

import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.runtime.process.Warnings;

/**
 * The delay rules of node's Timeout constructor: {@code after *= 1}; anything not in [1, 2^31-1] (NaN,
 * below 1, non-numeric) becomes 1, and a delay above TIMEOUT_MAX also raises a TimeoutOverflowWarning.
 * Fractions are truncated when the timer is inserted.
 */
final class TimerDelay {
    static final double TIMEOUT_MAX = 2147483647;

    private TimerDelay() {
    }

    static long coerce(Object delay, Warnings warnings) {
        double after = JSRuntime.toNumber(delay);
        if (!(after >= 1 && after <= TIMEOUT_MAX)) {
            if (after > TIMEOUT_MAX) {
                warnings.emit("TimeoutOverflowWarning", NumberFormatter.toString(after)
                        + " does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.");
            }
            return 1;
        }
        return (long) after;
    }
}
