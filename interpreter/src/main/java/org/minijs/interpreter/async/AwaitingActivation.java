package org.minijs.interpreter.async;

import com.oracle.truffle.api.source.SourceSection;

/**
 * An activation that can suspend at {@code await}: an async function or an async generator. Await subscribes
 * the activation's continuation on the awaited promise; the continuation later re-enters the body and the
 * suspended node takes the delivered value or reason.
 */
public interface AwaitingActivation {
    /** Await(value) steps 1-9: PromiseResolve, then PerformPromiseThen with the continuation closures. */
    void await(Object value, SourceSection location);

    /** The value (or rejection reason) the last resumption delivered; clears it. */
    Object takeResumeValue();

    /** Whether the last resumption was a rejection. */
    boolean resumeThrows();
}
