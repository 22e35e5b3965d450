package org.minijs.runtime.loop;

import org.minijs.interpreter.Job;

import java.util.ArrayDeque;

/** The promise job queue (node's V8 microtask queue): FIFO, drained to empty at each checkpoint. */
public final class MicrotaskQueue {
    private final ArrayDeque<Job> jobs = new ArrayDeque<>();

    public void enqueue(Job job) {
        jobs.addLast(job);
    }

    public Job poll() {
        return jobs.pollFirst();
    }

    public boolean isEmpty() {
        return jobs.isEmpty();
    }

    public int size() {
        return jobs.size();
    }
}
