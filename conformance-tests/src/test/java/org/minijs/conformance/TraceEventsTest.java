package org.minijs.conformance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --trace-events} writes valid Chrome Trace Event JSON for a real run: known phases, one pid, tids
 * for the call stack / microtask / macrotask tracks, properly nested complete events per track, and every
 * await flow started at a suspension finished at its resumption. {@code --trace} leaves stdout unchanged.
 */
class TraceEventsTest {

    @Test
    @SuppressWarnings("unchecked")
    void traceEventsFileIsValid() throws Exception {
        Path json = Files.createTempFile("minijs-trace", ".json");
        LauncherTest.Result r = LauncherTest.launch("--trace-events=" + json, "examples/await-order.js");
        assertEquals(0, r.code(), r.err());
        assertEquals("A\nC\nB\n", r.out());
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        Files.delete(json);
        List<Map<String, Object>> events = (List<Map<String, Object>>) root.get("traceEvents");
        Set<String> phases = new HashSet<>();
        Set<Double> tids = new HashSet<>();
        Map<Double, String> flows = new HashMap<>();
        Map<Double, Deque<double[]>> open = new HashMap<>();
        for (Map<String, Object> e : events) {
            String ph = (String) e.get("ph");
            phases.add(ph);
            assertEquals(1.0, e.get("pid"), e.toString());
            tids.add((Double) e.get("tid"));
            switch (ph) {
                case "M" -> assertTrue(((Map<?, ?>) e.get("args")).containsKey("name"), e.toString());
                case "X" -> {
                    double ts = (Double) e.get("ts");
                    double end = ts + (Double) e.get("dur");
                    assertTrue(ts >= 0 && end >= ts, e.toString());
                    open.computeIfAbsent((Double) e.get("tid"), k -> new ArrayDeque<>()).add(new double[]{ts, end});
                }
                case "s" -> assertTrue(flows.put((Double) e.get("id"), "s") == null, "flow id reused: " + e);
                case "f" -> {
                    assertEquals("s", flows.get((Double) e.get("id")), "flow finish without start: " + e);
                    assertEquals("e", e.get("bp"));
                    flows.put((Double) e.get("id"), "f");
                }
                default -> throw new AssertionError("unexpected phase " + ph);
            }
        }
        assertTrue(phases.containsAll(Set.of("M", "X", "s", "f")), phases.toString());
        assertTrue(tids.containsAll(Set.of(1.0, 2.0)), "call stack and microtask tracks: " + tids);
        assertTrue(flows.values().stream().allMatch("f"::equals), "every await is resumed: " + flows);
        for (Deque<double[]> slices : open.values()) {
            // complete events of one track either nest or follow each other (begin/end pairs match)
            for (double[] a : slices) {
                for (double[] b : slices) {
                    boolean disjoint = a[1] <= b[0] || b[1] <= a[0];
                    boolean nested = (a[0] <= b[0] && b[1] <= a[1]) || (b[0] <= a[0] && a[1] <= b[1]);
                    assertTrue(disjoint || nested, "overlapping slices on one track");
                }
            }
        }
    }

    @Test
    void traceTimelineGoesToStderrAndStdoutIsUnchanged() throws Exception {
        LauncherTest.Result r = LauncherTest.launch("--trace", "examples/await-order.js");
        assertEquals(0, r.code(), r.err());
        assertEquals("A\nC\nB\n", r.out());
        assertTrue(r.err().contains("await ") && r.err().contains("suspended at"), r.err());
        assertTrue(r.err().contains("resume ") && r.err().contains("by PromiseReactionJob"), r.err());
        assertTrue(r.err().contains("microtask start  PromiseReactionJob"), r.err());
    }

    @Test
    void explainPrintsTheSplit() throws Exception {
        LauncherTest.Result r = LauncherTest.launch("--explain", "examples/await-order.js");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resume point 1: await at"), r.out());
    }
}
