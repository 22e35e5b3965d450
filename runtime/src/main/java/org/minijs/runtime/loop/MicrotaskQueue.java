package org.minijs.runtime.loop;

import org.minijs.interpreter.Job;

import java.util.ArrayDeque;

/** The promise job queue (V8's microtask queue in node): FIFO, drained to empty at each checkpoint. */
final class MicrotaskQueue {
    private final ArrayDeque<Job> jobs = new ArrayDeque<>();

    void enqueue(Job job) {
        jobs.addLast(job);
    }

    Job poll() {
        return jobs.pollFirst();
    }

    boolean isEmpty() {
        return jobs.isEmpty();
    }

    /** Pending jobs, for traces. */
    int size() {
        return jobs.size();
    }
}
