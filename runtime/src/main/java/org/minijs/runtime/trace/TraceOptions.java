package org.minijs.runtime.trace;

import java.nio.file.Path;

/**
 * What the user asked to record: {@code --trace} (timeline on stderr), {@code --trace-events=FILE} (Chrome
 * trace JSON), {@code --visualize -o FILE} (HTML replay). Any of them turns the recorder on.
 */
public record TraceOptions(boolean timeline, Path traceEvents, Path visualize) {
    public static final TraceOptions NONE = new TraceOptions(false, null, null);

    public boolean enabled() {
        return timeline || traceEvents != null || visualize != null;
    }
}
