package org.minijs.conformance;

import org.junit.jupiter.api.Test;
import org.minijs.runtime.MiniJs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where minijs deliberately stops short of node (listed in README "Known limits"), it must say so with a
 * catchable JavaScript error, never run out of memory or give a silently different answer. Node cannot record
 * these outputs, so they are asserted here.
 */
class KnownLimitsTest {

    private static String run(String source) throws Exception {
        Path file = Files.createTempFile("limits", ".js");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            assertEquals(0, MiniJs.runFile(file, o, e));
        } finally {
            Files.delete(file);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sparseArraysBeyondTheDenseLimitAreARangeError() throws Exception {
        String out = run("""
                for (const f of [() => { const a = []; a[1e9] = 1; }, () => new Array(2 ** 31),
                                 () => { const b = []; b.length = 4294967295; }]) {
                  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, /minijs stores/.test(e.message)); }
                }
                const ok = []; ok[100000] = 1; console.log(ok.length);
                """);
        assertEquals("RangeError true\nRangeError true\nRangeError true\n100001\n", out);
    }

    @Test
    void arrayElementsWithTheirOwnAttributesAreATypeError() throws Exception {
        String out = run("""
                const a = [1, 2];
                try { Object.defineProperty(a, 0, { get() { return 'G'; } }); } catch (e) { console.log(e.constructor.name); }
                try { Object.defineProperty(a, 1, { value: 9, writable: false }); } catch (e) { console.log(e.constructor.name); }
                Object.defineProperty(a, 0, { value: 'same attributes' });
                console.log(a.join(), Object.keys(a).join());
                """);
        assertEquals("TypeError\nTypeError\nsame attributes,2 0,1\n", out);
    }
}
