package org.minijs.interpreter;

import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.objects.JSObject;

/**
 * Observation points inside the engine for the internals instruments (trace, explain, replay). The default
 * methods do nothing; the host installs a listener only when the user asked for one.
 */
public interface EngineListener {
    EngineListener NONE = new EngineListener() { };

    /** AsyncFunctionStart: an async function began running its top half. */
    default void asyncFunctionStart(String name, JSObject promise) { }

    /** An await suspended the function at {@code location}, awaiting {@code value}. */
    default void asyncFunctionSuspend(String name, SourceSection location, Object value) { }

    /** The continuation re-entered the function after an await. */
    default void asyncFunctionResume(String name, boolean threw) { }

    default void promiseCreated(JSObject promise) { }

    default void promiseSettled(JSObject promise, boolean fulfilled, Object value) { }
}
