package org.minijs.interpreter;

import org.minijs.interpreter.objects.JSObject;

/**
 * What the engine asks of its host (ECMA-262 §9.5 host hooks). The engine owns no queue, no clock and never
 * sleeps: a promise job is handed to the host, which decides when it runs.
 */
public interface HostHooks {

    /** HostEnqueuePromiseJob: the host must run {@code job} later, after the current job, in FIFO order. */
    void enqueuePromiseJob(Job job);

    /** HostPromiseRejectionTracker with operation "reject" ({@code handled == false}) or "handle". */
    void promiseRejectionTracker(JSObject promise, boolean handled);

    /**
     * The wall-clock time in ms since the epoch, for Date. A host without a clock throws; the engine never reads
     * one itself.
     */
    default double currentTimeMillis() {
        throw org.minijs.interpreter.errors.Errors.typeError("this host provides no clock (Date.now is unavailable)");
    }

    /**
     * Where engine-level observers (tracing) report; a host with no listener returns {@link EngineListener#NONE}.
     * Fixed before the hooks are installed with {@link JSRealm#setHooks}.
     */
    default EngineListener listener() {
        return EngineListener.NONE;
    }
}
