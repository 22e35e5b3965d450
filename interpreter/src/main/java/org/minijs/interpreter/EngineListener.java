package org.minijs.interpreter;

import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.objects.JSObject;

import java.util.Map;

/**
 * Observation points inside the engine for the internals instruments (trace, explain, replay). The default
 * methods do nothing; the host installs a listener only when the user asked for one, and the engine checks
 * {@link #enabled()} before building event arguments so that untraced runs pay one field read.
 */
public interface EngineListener {
    EngineListener NONE = new EngineListener() {
        @Override
        public boolean enabled() {
            return false;
        }
    };

    default boolean enabled() {
        return true;
    }

    /** A JavaScript function body was entered (OrdinaryCallEvaluateBody) or a resumed body re-entered. */
    default void functionEnter(String name, SourceSection location) { }

    default void functionExit(String name) { }

    /** AsyncFunctionStart: activation {@code id} began running its top half; {@code promise} is its result. */
    default void asyncFunctionStart(int id, String name, JSObject promise) { }

    /**
     * An await suspended activation {@code id} at {@code location}, awaiting {@code value}; {@code locals} are the
     * variables held in its frame (the state parked until the continuation runs).
     */
    default void asyncFunctionSuspend(int id, String name, SourceSection location, Object value, Map<String, Object> locals) { }

    /** The continuation re-entered activation {@code id} after an await (with a value or a rejection). */
    default void asyncFunctionResume(int id, String name, boolean threw) { }

    /** Activation {@code id} completed and settles its promise. */
    default void asyncFunctionComplete(int id, String name, boolean threw) { }

    default void promiseCreated(JSObject promise) { }

    default void promiseSettled(JSObject promise, boolean fulfilled, Object value) { }
}
