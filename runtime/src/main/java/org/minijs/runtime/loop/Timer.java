package org.minijs.runtime.loop;

import org.minijs.interpreter.objects.JSFunction;

/**
 * One setTimeout/setInterval registration. Ordered by deadline, then by creation (sequence), so timers with
 * equal deadlines fire in creation order as in node.
 */
public final class Timer implements Comparable<Timer> {
    public final int id;
    final long sequence;
    final JSFunction callback;
    final Object[] arguments;
    final long delayMillis;
    final boolean repeat;
    long deadlineNanos;
    boolean cancelled;
    boolean refed = true;

    Timer(int id, long sequence, JSFunction callback, Object[] arguments, long delayMillis, boolean repeat,
          long deadlineNanos) {
        this.id = id;
        this.sequence = sequence;
        this.callback = callback;
        this.arguments = arguments;
        this.delayMillis = delayMillis;
        this.repeat = repeat;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(deadlineNanos, o.deadlineNanos);
        return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
}
