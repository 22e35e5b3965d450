package org.minijs.runtime.loop;

import org.minijs.interpreter.objects.JSFunction;

/**
 * One setTimeout/setInterval registration: the state node keeps on its Timeout object (_idleTimeout,
 * _idleStart, _repeat, _destroyed, kRefed), plus the links of the timer list it sits in.
 */
public final class Timer {
    final JSFunction callback;
    final Object[] arguments;
    /** The Timeout object: node calls the callback with it as {@code this}. */
    Object thisValue;
    /** _idleTimeout: the duration in ms, which also names the list the timer sits in. */
    long durationMillis;
    /** _repeat: 0 for setTimeout, the interval for setInterval. */
    final long repeatMillis;
    /** _idleStart: loop time when the timer was (re)inserted. */
    long startMillis;
    boolean refed = true;
    /** A number for traces ("timer #3"), in creation order, and where it was created (only when traced). */
    int traceId;
    String traceOrigin = "";
    /** Not in a list and not counted as keeping the loop alive (fired, cleared, or not yet started). */
    boolean destroyed = true;
    /** clearTimeout was called: _onTimeout is gone for good. */
    boolean cleared;

    TimerQueue.TimerList list;
    Timer prev;
    Timer next;

    Timer(JSFunction callback, Object[] arguments, long durationMillis, boolean repeat) {
        this.callback = callback;
        this.arguments = arguments;
        this.durationMillis = durationMillis;
        this.repeatMillis = repeat ? durationMillis : 0;
    }

    public void setThisValue(Object thisValue) {
        this.thisValue = thisValue;
    }

    public boolean hasRef() {
        return refed;
    }

    public boolean isActive() {
        return list != null;
    }
}
