package org.minijs.runtime.trace;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replay page for a recorded run of the A, C, B shape is self-contained and safe to embed. */
class ReplayPageTest {

    /** Events as the recorder produces them for: async f logs A, awaits, logs B; caller logs C. */
    static Recorder acb() {
        Recorder r = new Recorder();
        r.macrotaskStart("main", "main script t.js");
        r.functionEnter("Object.<anonymous>", null);
        r.asyncFunctionStart(1, "f", new org.minijs.interpreter.promise.JSPromise(null));
        r.functionEnter("f", null);
        r.stdout("A\n");
        r.asyncFunctionSuspend(1, "f", null, 42, Map.of("x", 1));
        r.enqueued("microtask", "PromiseReactionJob", "resume f");
        r.functionExit("f");
        r.stdout("C\n");
        r.functionExit("Object.<anonymous>");
        r.macrotaskEnd("main");
        r.microtaskStart("PromiseReactionJob");
        r.asyncFunctionResume(1, "f", false);
        r.functionEnter("f", null);
        r.stdout("B\n");
        r.asyncFunctionComplete(1, "f", false);
        r.functionExit("f");
        r.microtaskEnd("PromiseReactionJob");
        return r;
    }

    @Test
    void replayPageIsSelfContained() {
        String html = HtmlReplayWriter.write("t.js", "console.log('A')\n</script>", acb().events());
        assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
        assertFalse(html.contains("/*DATA*/"));
        assertEquals(2, html.split("</script>", -1).length - 1, "embedded source cannot close the script element");
        assertTrue(html.contains("\"async.suspend\""));
    }
}
