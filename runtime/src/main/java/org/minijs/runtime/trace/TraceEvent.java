package org.minijs.runtime.trace;

import java.util.Map;

/**
 * One recorded event of a run: a sequence number, the monotonic time in microseconds since the start, a type
 * (see {@link Recorder} for the vocabulary) and its fields (strings, numbers, booleans, nested maps/lists).
 */
public record TraceEvent(long seq, long micros, String type, Map<String, Object> fields) {
}
