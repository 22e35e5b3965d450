package org.minijs.runtime.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --trace-events=out.json}: the recorded run in the Chrome Trace Event format (what Perfetto and
 * chrome://tracing open). Tracks (threads of pid 1): the JavaScript call stack as complete ("X") events, the
 * microtask queue, and one track per macrotask phase; flow events ("s"/"f") link each await's suspension to
 * the job that resumed it.
 */
public final class ChromeTraceWriter {
    static final int PID = 1;
    static final int CALL_STACK = 1;
    static final int MICROTASKS = 2;
    private static final String[] PHASES = {"main", "timers", "pending", "poll", "check", "close"};

    private ChromeTraceWriter() {
    }

    public static String write(List<TraceEvent> events) {
        List<Object> out = new ArrayList<>();
        metadata(out, "process_name", 0, Map.of("name", "minijs"));
        metadata(out, "thread_name", CALL_STACK, Map.of("name", "call stack"));
        metadata(out, "thread_name", MICROTASKS, Map.of("name", "microtask queue"));
        for (int i = 0; i < PHASES.length; i++) {
            metadata(out, "thread_name", phaseTid(PHASES[i]), Map.of("name", "macrotask: " + PHASES[i]));
        }
        Deque<TraceEvent> calls = new ArrayDeque<>();
        Deque<TraceEvent> microtasks = new ArrayDeque<>();
        Map<String, TraceEvent> macrotasks = new HashMap<>();
        Map<Object, Integer> pendingFlows = new HashMap<>();
        int flowIds = 0;
        long last = 0;
        for (TraceEvent e : events) {
            last = e.micros();
            Map<String, Object> f = e.fields();
            switch (e.type()) {
                case "call.enter" -> calls.push(e);
                case "call.exit" -> {
                    if (!calls.isEmpty()) {
                        TraceEvent begin = calls.pop();
                        out.add(complete(String.valueOf(begin.fields().get("name")), "js", CALL_STACK, begin.micros(),
                                e.micros(), Map.of("location", begin.fields().get("location"))));
                    }
                }
                case "microtask.start" -> microtasks.push(e);
                case "microtask.end" -> {
                    if (!microtasks.isEmpty()) {
                        TraceEvent begin = microtasks.pop();
                        out.add(complete(String.valueOf(begin.fields().get("kind")), "microtask", MICROTASKS,
                                begin.micros(), e.micros(), Map.of()));
                    }
                }
                case "macrotask.start" -> macrotasks.put(String.valueOf(f.get("phase")), e);
                case "macrotask.end" -> {
                    TraceEvent begin = macrotasks.remove(String.valueOf(f.get("phase")));
                    if (begin != null) {
                        out.add(complete(String.valueOf(begin.fields().get("source")), "macrotask",
                                phaseTid(String.valueOf(f.get("phase"))), begin.micros(), e.micros(), Map.of()));
                    }
                }
                case "async.suspend" -> {
                    int id = ++flowIds;
                    pendingFlows.put(f.get("id"), id);
                    out.add(flow("s", id, CALL_STACK, e.micros(), "await " + f.get("name"), Map.of("at", f.get("location"))));
                }
                case "async.resume" -> {
                    Integer id = pendingFlows.remove(f.get("id"));
                    if (id != null) {
                        out.add(flow("f", id, MICROTASKS, e.micros(), "await " + f.get("name"), Map.of("job", f.get("job"))));
                    }
                }
                default -> { }
            }
        }
        // close what is still open (e.g. the run ended by process.exit)
        while (!calls.isEmpty()) {
            TraceEvent begin = calls.pop();
            out.add(complete(String.valueOf(begin.fields().get("name")), "js", CALL_STACK, begin.micros(), last, Map.of()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("traceEvents", out);
        root.put("displayTimeUnit", "ms");
        return Json.write(root);
    }

    static int phaseTid(String phase) {
        for (int i = 0; i < PHASES.length; i++) {
            if (PHASES[i].equals(phase)) {
                return 10 + i;
            }
        }
        return 10 + PHASES.length;
    }

    private static void metadata(List<Object> out, String name, int tid, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("ph", "M");
        m.put("pid", PID);
        m.put("tid", tid);
        m.put("args", args);
        out.add(m);
    }

    private static Map<String, Object> complete(String name, String cat, int tid, long ts, long end, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("cat", cat);
        m.put("ph", "X");
        m.put("pid", PID);
        m.put("tid", tid);
        m.put("ts", ts);
        m.put("dur", Math.max(0, end - ts));
        m.put("args", args);
        return m;
    }

    private static Map<String, Object> flow(String ph, int id, int tid, long ts, String name, Map<String, Object> args) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("cat", "await");
        m.put("ph", ph);
        m.put("id", id);
        m.put("pid", PID);
        m.put("tid", tid);
        m.put("ts", ts);
        if (ph.equals("f")) {
            m.put("bp", "e");
        }
        m.put("args", args);
        return m;
    }
}
