package org.minijs.runtime.trace;

import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.EngineListener;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.JSPromise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what the engine and the event loop report, in order, as {@link TraceEvent}s: the single source
 * for the text timeline, the Chrome trace file and the HTML replay. Recording only observes: it never calls
 * back into JavaScript, so a traced run prints and orders exactly as an untraced one.
 */
public final class Recorder implements EngineListener, LoopObserver {
    private final long start = System.nanoTime();
    private final List<TraceEvent> events = new ArrayList<>();
    private final List<TraceSink> sinks = new ArrayList<>();
    private String currentJob = "main script";

    @Override
    public boolean enabled() {
        return true;
    }

    public void addSink(TraceSink sink) {
        sinks.add(sink);
    }

    public List<TraceEvent> events() {
        return events;
    }

    private void record(String type, Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            fields.put((String) keyValues[i], keyValues[i + 1]);
        }
        TraceEvent e = new TraceEvent(events.size(), (System.nanoTime() - start) / 1000, type, fields);
        events.add(e);
        for (TraceSink sink : sinks) {
            sink.accept(e);
        }
    }

    static String where(SourceSection s) {
        if (s == null || !s.isAvailable()) {
            return "";
        }
        return s.getSource().getName() + ":" + s.getStartLine() + ":"
                + org.minijs.interpreter.JSRealm.get(null).userColumn(s.getSource(), s.getStartLine(), s.getStartColumn());
    }

    // ---- engine -----------------------------------------------------------------------------------------

    @Override
    public void functionEnter(String name, SourceSection location) {
        record("call.enter", "name", name.isEmpty() ? "(anonymous)" : name, "location", where(location));
    }

    @Override
    public void functionExit(String name) {
        record("call.exit", "name", name.isEmpty() ? "(anonymous)" : name);
    }

    @Override
    public void asyncFunctionStart(int id, String name, JSObject promise) {
        record("async.start", "id", id, "name", name, "promise", ((JSPromise) promise).id);
    }

    @Override
    public void asyncFunctionSuspend(int id, String name, SourceSection location, Object value, Map<String, Object> locals) {
        Map<String, Object> shown = new LinkedHashMap<>();
        locals.forEach((k, v) -> shown.put(k, ValueDescriber.describe(v)));
        record("async.suspend", "id", id, "name", name, "location", where(location),
                "awaited", ValueDescriber.describe(value), "locals", shown);
    }

    @Override
    public void asyncFunctionResume(int id, String name, boolean threw) {
        record("async.resume", "id", id, "name", name, "threw", threw, "job", currentJob);
    }

    @Override
    public void asyncFunctionComplete(int id, String name, boolean threw) {
        record("async.complete", "id", id, "name", name, "threw", threw);
    }

    @Override
    public void promiseCreated(JSObject promise) {
        record("promise.create", "promise", ((JSPromise) promise).id);
    }

    @Override
    public void promiseSettled(JSObject promise, boolean fulfilled, Object value) {
        record("promise.settle", "promise", ((JSPromise) promise).id, "state", fulfilled ? "fulfilled" : "rejected",
                "value", ValueDescriber.describe(value));
    }

    // ---- loop -------------------------------------------------------------------------------------------

    @Override
    public void macrotaskStart(String phase, String source) {
        currentJob = phase + ": " + source;
        record("macrotask.start", "phase", phase, "source", source);
    }

    @Override
    public void macrotaskEnd(String phase) {
        record("macrotask.end", "phase", phase);
    }

    @Override
    public void microtaskStart(String kind) {
        currentJob = kind;
        record("microtask.start", "kind", kind);
    }

    @Override
    public void microtaskEnd(String kind) {
        record("microtask.end", "kind", kind);
    }

    @Override
    public void enqueued(String queue, String kind, String label) {
        record("enqueue", "queue", queue, "kind", kind, "label", label);
    }

    @Override
    public void queues(int nextTicks, int microtasks, int timers, int immediates) {
        record("queues", "nextTick", nextTicks, "microtasks", microtasks, "timers", timers, "immediates", immediates);
    }

    @Override
    public void timerCreated(int id, long delayMillis, String location) {
        record("timer.create", "id", id, "delay", delayMillis, "location", location);
    }

    @Override
    public void stdout(String text) {
        record("stdout", "text", text);
    }
}
