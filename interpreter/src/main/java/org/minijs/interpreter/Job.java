package org.minijs.interpreter;

/** A promise job (PromiseReactionJob or PromiseResolveThenableJob) as handed to the host. */
public interface Job {
    /** Runs the job; JavaScript exceptions it throws are the host's to report. */
    void run();

    /** The spec name of the job's kind, for tracing: "PromiseReactionJob", "PromiseResolveThenableJob". */
    String kind();
}
