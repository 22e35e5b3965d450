package org.minijs.runtime.loop;

import org.minijs.interpreter.EngineListener;
import org.minijs.interpreter.HostHooks;
import org.minijs.interpreter.errors.StackTrace;
import org.minijs.runtime.trace.LoopObserver;
import org.minijs.runtime.trace.Recorder;
import org.minijs.interpreter.Job;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The host's event loop, shaped as node runs libuv (uv_run, libuv >= 1.45): timers once, then per iteration
 * poll (thread-pool completions), check (setImmediate), close, timers; it ends when nothing refed is left.
 * It owns every queue and the clock; the engine only hands it promise jobs.
 *
 * <p>Checkpoints follow node >= 11: after every single callback (each timer, immediate, I/O completion) the
 * nextTick queue drains, then the promise jobs, again until both are empty, then unhandled rejections are
 * processed (processTicksAndRejections). After a callback that threw (and a listener handled the error) node
 * re-enters the phase without a checkpoint, so the ticks wait until the next callback returns normally.
 */
public final class EventLoop implements HostHooks {
    /** Where errors nobody caught go: process 'uncaughtException' / 'unhandledRejection' logic or a fatal exit. */
    public interface ErrorSink {
        /** An exception a callback did not catch (its value, and the throw statement if one raised it). */
        void uncaughtException(JSException thrown);

        void unhandledRejection(JSPromise promise);

        /** A rejection reported as unhandled got a handler later (process 'rejectionHandled'). */
        default void rejectionHandled(JSPromise promise) {
        }
    }

    private final MicrotaskQueue microtasks = new MicrotaskQueue();
    private final NextTickQueue ticks = new NextTickQueue();
    private final TimerQueue timers = new TimerQueue();
    private final ImmediateQueue immediates = new ImmediateQueue();
    private final IoPool io = new IoPool();
    private final Set<JSPromise> pendingRejections = new LinkedHashSet<>();
    /** Rejections already reported as unhandled: a handler attached later makes them 'rejectionHandled'. */
    private final Set<JSPromise> reportedRejections = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private final List<JSPromise> handledLate = new ArrayList<>();
    private final long originNanos = System.nanoTime();
    private ErrorSink errors;
    /** The instruments (--trace, --trace-events, --visualize); NONE when nobody watches. */
    private LoopObserver observer = LoopObserver.NONE;
    private EngineListener engineListener = EngineListener.NONE;
    private int timerCount;
    private int activeHandles;
    /** uv_now: the loop time in ms, updated at the start of the timers phase. */
    private long loopTime;
    private boolean checkpointDue;

    public EventLoop() {
        this.errors = new ErrorSink() {
            @Override
            public void uncaughtException(JSException thrown) {
                throw new IllegalStateException("uncaught JavaScript error and no error sink installed");
            }

            @Override
            public void unhandledRejection(JSPromise promise) {
                throw new IllegalStateException("unhandled rejection and no error sink installed");
            }
        };
    }

    public void setErrorSink(ErrorSink errors) {
        this.errors = errors;
    }

    /** Installs a recorder that watches both the loop and the engine. */
    public void setObserver(Recorder recorder) {
        this.observer = recorder;
        this.engineListener = recorder;
    }

    @Override
    public EngineListener listener() {
        return engineListener;
    }

    /** The wall clock for Date: the host, not the engine, reads clocks. */
    @Override
    public double currentTimeMillis() {
        return System.currentTimeMillis();
    }

    // ---- HostHooks --------------------------------------------------------------------------------------

    @Override
    public void enqueuePromiseJob(Job job) {
        microtasks.enqueue(job);
        if (observer.enabled()) {
            observer.enqueued("microtask", job.kind(), "");
        }
    }

    @Override
    public void promiseRejectionTracker(JSObject promise, boolean handled) {
        if (handled) {
            pendingRejections.remove((JSPromise) promise);
            if (reportedRejections.remove((JSPromise) promise)) {
                handledLate.add((JSPromise) promise);
            }
        } else {
            pendingRejections.add((JSPromise) promise);
        }
    }

    // ---- the clock --------------------------------------------------------------------------------------

    /** Milliseconds since the loop was created, by the monotonic clock (performance.now). */
    public double now() {
        return (System.nanoTime() - originNanos) / 1e6;
    }

    /** uv_update_time then uv_now: whole milliseconds, the unit of node's timer arithmetic. */
    long nowMillis() {
        return (System.nanoTime() - originNanos) / 1_000_000;
    }

    /**
     * A new timer's start, rounded up to the next whole millisecond: the timers phase compares whole
     * milliseconds, and rounding the start down could fire a timer up to 1 ms before its delay has passed
     * by performance.now().
     */
    private long timerStartMillis() {
        return (System.nanoTime() - originNanos + 999_999) / 1_000_000;
    }

    // ---- scheduling (used by the JavaScript-facing globals) --------------------------------------------

    /** setTimeout/setInterval with an already coerced delay; starts at the current time as getLibuvNow. */
    public Timer addTimer(JSFunction callback, long delayMillis, Object[] arguments, boolean repeat) {
        Timer t = new Timer(callback, arguments, delayMillis, repeat);
        t.traceId = ++timerCount;
        if (observer.enabled()) {
            t.traceOrigin = StackTrace.currentLocation();
            observer.timerCreated(t.traceId, delayMillis, t.traceOrigin);
        }
        timers.activate(t);
        timers.insert(t, timerStartMillis());
        return t;
    }

    /** clearTimeout/clearInterval: the timer never fires again, even if refreshed. */
    public void clearTimer(Timer t) {
        t.cleared = true;
        timers.destroy(t);
    }

    /**
     * Timeout.refresh(): restart with the same duration from now; as in node this also reactivates a timer
     * that already fired (but not one that was cleared).
     */
    public void refreshTimer(Timer t) {
        if (t.cleared) {
            return;
        }
        timers.remove(t);
        timers.activate(t);
        timers.insert(t, timerStartMillis());
    }

    public void refTimer(Timer t) {
        timers.ref(t);
    }

    public void unrefTimer(Timer t) {
        timers.unref(t);
    }

    public Immediate addImmediate(JSFunction callback, Object[] arguments) {
        Immediate i = new Immediate(callback, arguments);
        if (observer.enabled()) {
            observer.enqueued("immediate", "setImmediate", callback.name() + " " + StackTrace.currentLocation());
        }
        immediates.add(i);
        return i;
    }

    public void clearImmediate(Immediate i) {
        immediates.clear(i);
    }

    public void refImmediate(Immediate i) {
        immediates.ref(i);
    }

    public void unrefImmediate(Immediate i) {
        immediates.unref(i);
    }

    public void nextTick(JSFunction callback, Object[] arguments) {
        ticks.add(callback, arguments);
        if (observer.enabled()) {
            observer.enqueued("nextTick", "nextTick", callback.name());
        }
    }

    /** queueMicrotask: a job in the same queue as promise reactions. */
    public void queueMicrotask(JSFunction callback) {
        enqueuePromiseJob(new Job() {
            @Override
            public void run() {
                callback.call(Undefined.INSTANCE);
            }

            @Override
            public String kind() {
                return "queueMicrotask";
            }
        });
    }

    /**
     * Runs {@code work} on the thread pool; {@code completion} runs on the loop thread in a later poll phase.
     * The work must not touch JavaScript objects.
     */
    public <T> void submitIo(Callable<T> work, IoCompletion<T> completion) {
        io.submit(work, completion);
    }

    // ---- running ----------------------------------------------------------------------------------------

    /** Runs a macrotask callback outside any phase (the main module, a beforeExit emit) and a checkpoint. */
    public void runCallback(Runnable callback) {
        macrotask("main", "main script", callback);
        checkpoint();
    }

    /** Runs a callback followed by a V8 microtask checkpoint only (no nextTick processing): the 'exit' emit. */
    public void runWithMicrotasks(Runnable callback) {
        invoke(callback);
        Job job;
        while ((job = microtasks.poll()) != null) {
            invoke(job::run);
        }
    }

    /** uv_loop_alive: refed timers, refed immediates, thread-pool requests in flight, or active handles. */
    public boolean isAlive() {
        return timers.hasRefed() || immediates.hasRefed() || io.hasPending() || activeHandles > 0;
    }

    /** A stream handle starts (or stops) keeping the loop alive: process.stdin while it is flowing. */
    public void refHandle() {
        activeHandles++;
    }

    public void unrefHandle() {
        activeHandles--;
    }

    /** Delivers {@code completion} in the poll phase; callable from any thread (a stream's reader). */
    public void postCompletion(Runnable completion) {
        io.post(completion);
    }

    /** uv_run(UV_RUN_DEFAULT) as libuv >= 1.45 orders it: timers first, then poll, check, close, timers. */
    public void run() {
        boolean alive = isAlive();
        if (alive) {
            runTimers();
        }
        while (alive) {
            poll();
            runCheck();
            runTimers();
            alive = isAlive();
        }
    }

    /** Releases the thread pool. */
    public void close() {
        io.shutdown();
    }

    // ---- phases -----------------------------------------------------------------------------------------

    private void runTimers() {
        loopTime = nowMillis();
        timers.process(loopTime, this::nowMillis, t ->
                phaseCallback("timers", observer.enabled() ? "timer #" + t.traceId + " created at " + t.traceOrigin : "", () -> t.callback.call(thisOrUndefined(t.thisValue), t.arguments)));
        endPhase();
    }

    /** The poll phase: block until the next timer is due (or an I/O completion arrives), then run them. */
    private void poll() {
        for (Runnable completion : io.await(pollTimeoutNanos())) {
            phaseCallback("poll", "I/O completion", completion);
        }
        endPhase();
    }

    /** uv_backend_timeout: 0 when immediates are waiting, else until the next timer, else until I/O ends. */
    private long pollTimeoutNanos() {
        if (immediates.hasRefed() || !isAlive()) {
            return 0;
        }
        long expiry = timers.nextExpiry();
        if (expiry < 0) {
            return -1;
        }
        return Math.max(0, originNanos + expiry * 1_000_000 - System.nanoTime());
    }

    /** The check phase: the immediates queued before it began, in order. */
    private void runCheck() {
        if (!ticks.isEmpty() || !microtasks.isEmpty()) {
            // ticks left by one that threw (see checkpoint) run here, before the immediates: node's handler of
            // the uncaught exception queues an immediate so that the check phase processes them
            checkpoint();
        }
        ArrayDeque<Immediate> batch = immediates.takeBatch();
        while (true) {
            Immediate i = immediates.next(batch);
            if (i == null) {
                break;
            }
            phaseCallback("check", observer.enabled() ? "immediate " + i.callback.name() : "", () -> i.callback.call(thisOrUndefined(i.thisValue), i.arguments));
        }
        endPhase();
    }

    private static Object thisOrUndefined(Object thisValue) {
        return thisValue == null ? Undefined.INSTANCE : thisValue;
    }

    private void phaseCallback(String phase, String source, Runnable callback) {
        if (macrotask(phase, source, callback)) {
            checkpointDue = false;
            checkpoint();
        } else {
            checkpointDue = true;
        }
    }

    private void endPhase() {
        if (checkpointDue) {
            checkpointDue = false;
            checkpoint();
        }
    }

    /** A macrotask callback, reported to the observer with its phase and source. */
    private boolean macrotask(String phase, String source, Runnable callback) {
        if (!observer.enabled()) {
            return invoke(callback);
        }
        observer.macrotaskStart(phase, source);
        try {
            return invoke(callback);
        } finally {
            observer.macrotaskEnd(phase);
            reportQueues();
        }
    }

    /** A microtask (a tick or a promise job), reported to the observer with its kind. */
    /** Runs a tick or a promise job; false if it threw (the error went to the sink). */
    private boolean microtask(String kind, Runnable callback) {
        if (!observer.enabled()) {
            return invoke(callback);
        }
        observer.microtaskStart(kind);
        try {
            return invoke(callback);
        } finally {
            observer.microtaskEnd(kind);
            reportQueues();
        }
    }

    private void reportQueues() {
        observer.queues(ticks.size(), microtasks.size(), timers.size(), immediates.size());
    }

    /** Calls into JavaScript; an exception it does not catch goes to the error sink. False if it threw. */
    private boolean invoke(Runnable callback) {
        try {
            callback.run();
            return true;
        } catch (JSException e) {
            errors.uncaughtException(e);
            return false;
        }
    }

    /** processTicksAndRejections: ticks, then promise jobs, until both are empty; then rejections. */
    public void checkpoint() {
        do {
            NextTickQueue.Tick tick;
            while ((tick = ticks.poll()) != null) {
                NextTickQueue.Tick t = tick;
                if (!microtask("nextTick", () -> t.callback().call(Undefined.INSTANCE, t.arguments()))) {
                    // node: the throw leaves processTicksAndRejections; what is left waits for the next callback
                    return;
                }
            }
            Job job;
            while ((job = microtasks.poll()) != null) {
                microtask(job.kind(), job::run);
            }
        } while (!ticks.isEmpty() || processRejections());
    }

    /** processPromiseRejections: each rejection still unhandled after the drain is reported, oldest first. */
    private boolean processRejections() {
        if (pendingRejections.isEmpty() && handledLate.isEmpty()) {
            return false;
        }
        // first the rejections handled after they were reported ('rejectionHandled'), then the new ones
        List<JSPromise> late = new ArrayList<>(handledLate);
        handledLate.clear();
        for (JSPromise p : late) {
            try {
                errors.rejectionHandled(p);
            } catch (JSException e) {
                errors.uncaughtException(e);
            }
        }
        List<JSPromise> batch = new ArrayList<>(pendingRejections);
        pendingRejections.clear();
        for (JSPromise p : batch) {
            if (!p.isHandled()) {
                reportedRejections.add(p);
                try {
                    errors.unhandledRejection(p);
                } catch (JSException e) {
                    errors.uncaughtException(e);
                }
            }
        }
        return true;
    }
}
