package org.minijs.runtime.loop;

import org.minijs.interpreter.objects.JSFunction;

import java.util.ArrayDeque;

/** process.nextTick's queue: FIFO, drained before the promise jobs at every checkpoint. */
final class NextTickQueue {
    record Tick(JSFunction callback, Object[] arguments) { }

    private final ArrayDeque<Tick> ticks = new ArrayDeque<>();

    void add(JSFunction callback, Object[] arguments) {
        ticks.addLast(new Tick(callback, arguments));
    }

    Tick poll() {
        return ticks.pollFirst();
    }

    boolean isEmpty() {
        return ticks.isEmpty();
    }

    /** Pending ticks, for traces. */
    int size() {
        return ticks.size();
    }
}
