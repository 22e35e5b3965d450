package org.minijs.runtime.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * libuv's thread pool (four threads, as UV_THREADPOOL_SIZE's default) and its completion queue. A pool thread
 * only performs the blocking work and posts a plain Java result; the loop thread turns it into a JavaScript
 * callback in the poll phase. Nothing here ever touches a JS object off the loop thread.
 */
final class IoPool {
    private static final int THREADS = 4;
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final LinkedBlockingQueue<Runnable> done = new LinkedBlockingQueue<>();
    private ExecutorService workers;
    private int inFlight; // loop thread only

    <T> void submit(Callable<T> work, IoCompletion<T> completion) {
        inFlight++;
        workers().execute(() -> {
            T result = null;
            Exception failure = null;
            try {
                result = work.call();
            } catch (Exception e) {
                failure = e;
            }
            T r = result;
            Exception f = failure;
            done.add(() -> completion.complete(r, f));
        });
    }

    /**
     * A completion from a thread of its own (a stream reader, not a pool request): it wakes the poll phase
     * like any other but is not counted as a request in flight (the stream keeps the loop alive by its ref).
     */
    void post(Runnable completion) {
        done.add(new Posted(completion));
    }

    private record Posted(Runnable completion) implements Runnable {
        @Override
        public void run() {
            completion.run();
        }
    }

    boolean hasPending() {
        return inFlight > 0;
    }

    /**
     * uv__io_poll: waits up to {@code timeoutNanos} (-1: until something completes, 0: not at all) for the
     * first completion, then takes every completion already posted.
     */
    List<Runnable> await(long timeoutNanos) {
        List<Runnable> ready = new ArrayList<>();
        try {
            Runnable first = timeoutNanos < 0 ? done.take()
                    : timeoutNanos == 0 ? done.poll() : done.poll(timeoutNanos, TimeUnit.NANOSECONDS);
            if (first != null) {
                ready.add(first);
                done.drainTo(ready);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Runnable r : ready) {
            if (!(r instanceof Posted)) {
                inFlight--;
            }
        }
        return ready;
    }

    /** Stops the pool threads when the program ends (work still running is abandoned, as at process exit). */
    void shutdown() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private ExecutorService workers() {
        if (workers == null) {
            int pool = POOL_NUMBER.incrementAndGet();
            AtomicInteger thread = new AtomicInteger();
            workers = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "minijs-io-" + pool + "-" + thread.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }
}
