package org.minijs.runtime.trace;

/** Receives events as they are recorded (the --trace timeline prints them at once). */
public interface TraceSink {
    void accept(TraceEvent event);
}
