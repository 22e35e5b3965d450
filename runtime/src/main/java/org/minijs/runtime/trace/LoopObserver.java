package org.minijs.runtime.trace;

/**
 * What the event loop reports to the instruments: macrotasks with their phase and source, microtasks with
 * their kind, and the queue lengths after each step. The loop calls these only when tracing is on.
 */
public interface LoopObserver {
    LoopObserver NONE = new LoopObserver() { };

    default boolean enabled() {
        return this != NONE;
    }

    /** A macrotask callback begins: {@code phase} is timers/immediates/poll/main, {@code source} says whose. */
    default void macrotaskStart(String phase, String source) { }

    default void macrotaskEnd(String phase) { }

    /** A microtask begins: kind is PromiseReactionJob, PromiseResolveThenableJob, queueMicrotask or nextTick. */
    default void microtaskStart(String kind) { }

    default void microtaskEnd(String kind) { }

    /** A job or callback was queued (for the queue views of the replay). */
    default void enqueued(String queue, String kind, String label) { }

    /** Queue lengths after a step. */
    default void queues(int nextTicks, int microtasks, int timers, int immediates) { }

    /** A timer was created (its id, delay and where in the source). */
    default void timerCreated(int id, long delayMillis, String location) { }

    /** Text the program wrote to stdout (console.log), for the replay's console view. */
    default void stdout(String text) { }
}
