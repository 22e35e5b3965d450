package org.minijs.runtime.loop;

import org.minijs.interpreter.HostHooks;
import org.minijs.interpreter.Job;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.values.Undefined;

import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The host's event loop: it owns every queue and the clock. After the main script and after every macrotask
 * callback it performs a microtask checkpoint (drain the promise job queue, then report rejections that are
 * still unhandled, as node's processTicksAndRejections does). The loop ends when no refed timer is pending
 * or when an uncaught error stops it.
 */
public final class EventLoop implements HostHooks {
    private final MicrotaskQueue microtasks = new MicrotaskQueue();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Set<JSPromise> pendingRejections = new LinkedHashSet<>();
    private final Consumer<Uncaught> uncaughtHandler;
    private final long startNanos = System.nanoTime();
    private long loopTimeNanos;
    private long sequence;
    private int nextTimerId = 1;
    private boolean stopped;

    /** An error nobody caught: thrown by a callback, or a rejection left unhandled at a checkpoint. */
    public record Uncaught(Object value, boolean fromPromise) { }

    public EventLoop(Consumer<Uncaught> uncaughtHandler) {
        this.uncaughtHandler = uncaughtHandler;
        this.loopTimeNanos = startNanos;
    }

    // ---- HostHooks --------------------------------------------------------------------------------------

    @Override
    public void enqueuePromiseJob(Job job) {
        microtasks.enqueue(job);
    }

    @Override
    public void promiseRejectionTracker(JSObject promise, boolean handled) {
        if (handled) {
            pendingRejections.remove((JSPromise) promise);
        } else {
            pendingRejections.add((JSPromise) promise);
        }
    }

    // ---- running ----------------------------------------------------------------------------------------

    /** Runs the main script as the first macrotask, then the loop until nothing is pending. */
    public void run(Runnable mainScript) {
        loopTimeNanos = System.nanoTime();
        runMacrotask(mainScript);
        while (!stopped && hasRefedTimers()) {
            runTimersPhase();
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /** Stops the loop (process.exit, or a fatal error): nothing else runs. */
    public void stop() {
        stopped = true;
    }

    private void runMacrotask(Runnable callback) {
        try {
            callback.run();
        } catch (JSException e) {
            fail(new Uncaught(e.value(), false));
            return;
        }
        microtaskCheckpoint();
    }

    /** Drains the promise jobs, then reports the first rejection still unhandled (node's default mode "throw"). */
    private void microtaskCheckpoint() {
        while (!stopped) {
            Job job = microtasks.poll();
            if (job == null) {
                break;
            }
            try {
                job.run();
            } catch (JSException e) {
                fail(new Uncaught(e.value(), false));
            }
        }
        if (!stopped && !pendingRejections.isEmpty()) {
            JSPromise first = pendingRejections.iterator().next();
            pendingRejections.clear();
            fail(new Uncaught(first.result(), true));
        }
    }

    private void fail(Uncaught uncaught) {
        stopped = true;
        uncaughtHandler.accept(uncaught);
    }

    // ---- timers -----------------------------------------------------------------------------------------

    /**
     * The timers phase: runs, in deadline order, the timers due at the loop time taken when the phase began.
     * A timer created during the phase has a later deadline and waits for the next iteration, as in libuv.
     */
    private void runTimersPhase() {
        Timer next = timers.peek();
        if (next == null) {
            return;
        }
        long wait = next.deadlineNanos - System.nanoTime();
        if (wait > 0) {
            sleep(wait);
        }
        loopTimeNanos = System.nanoTime();
        while (!stopped) {
            Timer t = timers.peek();
            if (t == null || t.deadlineNanos > loopTimeNanos) {
                break;
            }
            timers.poll();
            if (t.cancelled) {
                continue;
            }
            if (t.repeat) {
                t.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(t.delayMillis);
                timers.add(t);
            }
            runMacrotask(() -> t.callback.call(Undefined.INSTANCE, t.arguments));
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean hasRefedTimers() {
        timers.removeIf(t -> t.cancelled);
        for (Timer t : timers) {
            if (t.refed) {
                return true;
            }
        }
        return false;
    }

    /** setTimeout/setInterval: node coerces delays below 1, above 2^31-1 or not numbers to 1 ms. */
    public Timer addTimer(JSFunction callback, double delay, Object[] arguments, boolean repeat) {
        long millis = Double.isNaN(delay) || delay < 1 || delay > 2147483647 ? 1 : (long) delay;
        Timer t = new Timer(nextTimerId++, sequence++, callback, arguments, millis, repeat,
                loopTimeNanos + TimeUnit.MILLISECONDS.toNanos(millis));
        timers.add(t);
        return t;
    }

    public void cancel(Timer t) {
        t.cancelled = true;
    }

    /** Milliseconds since the process started, by the monotonic clock (performance.now). */
    public double now() {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
