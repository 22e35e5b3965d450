package org.minijs.runtime.loop;

/** The loop-thread half of a thread-pool request: receives the work's result, or the exception it threw. */
public interface IoCompletion<T> {
    void complete(T result, Exception failure);
}
