package org.minijs.runtime.trace;

import java.io.PrintStream;
import java.util.Map;

/** {@code --trace}: one readable line per event on stderr, as it happens. */
public final class TextTimeline implements TraceSink {
    private final PrintStream err;

    public TextTimeline(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(TraceEvent e) {
        String text = format(e);
        if (text != null) {
            err.printf("[trace] %10.3fms  %s%n", e.micros() / 1000.0, text);
        }
    }

    private static String format(TraceEvent e) {
        Map<String, Object> f = e.fields();
        return switch (e.type()) {
            case "macrotask.start" -> String.format("macrotask start  %-10s %s", f.get("phase"), f.get("source"));
            case "macrotask.end" -> String.format("macrotask end    %s", f.get("phase"));
            case "microtask.start" -> String.format("microtask start  %s", f.get("kind"));
            case "microtask.end" -> String.format("microtask end    %s", f.get("kind"));
            case "call.enter" -> String.format("call             %s (%s)", f.get("name"), f.get("location"));
            case "call.exit" -> null; // the call line is enough for a readable timeline
            case "async.start" -> String.format("async start      %s #%s -> Promise#%s", f.get("name"), f.get("id"), f.get("promise"));
            case "async.suspend" -> String.format("await            %s #%s suspended at %s awaiting %s, parked locals %s",
                    f.get("name"), f.get("id"), f.get("location"), f.get("awaited"), f.get("locals"));
            case "async.resume" -> String.format("resume           %s #%s by %s%s", f.get("name"), f.get("id"), f.get("job"),
                    Boolean.TRUE.equals(f.get("threw")) ? " (rejected: throws at the await)" : "");
            case "async.complete" -> String.format("async complete   %s #%s %s", f.get("name"), f.get("id"),
                    Boolean.TRUE.equals(f.get("threw")) ? "rejects its promise" : "resolves its promise");
            case "promise.create" -> String.format("promise create   Promise#%s", f.get("promise"));
            case "promise.settle" -> String.format("promise %-8s Promise#%s with %s", f.get("state"), f.get("promise"), f.get("value"));
            case "enqueue" -> String.format("enqueue          %s <- %s %s", f.get("queue"), f.get("kind"), f.get("label"));
            case "queues" -> String.format("queues           nextTick=%s microtasks=%s timers=%s immediates=%s",
                    f.get("nextTick"), f.get("microtasks"), f.get("timers"), f.get("immediates"));
            case "timer.create" -> String.format("timer create     #%s delay %sms at %s", f.get("id"), f.get("delay"), f.get("location"));
            case "stdout" -> null; // program output stays on stdout, unchanged
            default -> e.type() + " " + f;
        };
    }
}
