package org.minijs.conformance;

import org.junit.jupiter.api.Test;
import org.minijs.runtime.MiniJs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Local time across daylight-saving transitions, which the golden corpus (recorded in the machine's zone)
 * cannot reach: the script runs in-process with America/New_York as the default zone. The expected lines
 * are what {@code TZ=America/New_York node} printed for the same script.
 */
class TimeZoneTest {

    @Test
    void localTimesInGapsAndOverlapsResolveAsV8Does() throws Exception {
        String script = """
                const cases = [[2020, 2, 8, 2, 30], [2020, 2, 8, 1, 59], [2020, 2, 8, 3, 0], [2020, 10, 1, 1, 30],
                  [2020, 10, 1, 0, 59], [2020, 10, 1, 2, 0], [1970, 0, 1, 0, 0], [-100, 0, 1], [275760, 8, 13]];
                for (const c of cases) { const d = new Date(...c); console.log(c.join('-'), d.getTime(), d.getHours(), d.getTimezoneOffset()); }
                console.log(new Date(2020, 2, 8, 2, 30).toString());
                """;
        String expected = """
                2020-2-8-2-30 1583652600000 3 240
                2020-2-8-1-59 1583650740000 1 300
                2020-2-8-3-0 1583650800000 3 240
                2020-10-1-1-30 1604208600000 1 240
                2020-10-1-0-59 1604206740000 0 240
                2020-10-1-2-0 1604214000000 2 300
                1970-0-1-0-0 18000000 0 300
                -100-0-1 -65322875038000 0 296
                275760-8-13 NaN NaN NaN
                Sun Mar 08 2020 03:30:00 GMT-0400 (Eastern Daylight Time)
                """;
        TimeZone saved = TimeZone.getDefault();
        Path file = Files.createTempFile("tz", ".js");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Files.writeString(file, script);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
                assertEquals(0, MiniJs.runFile(file, o, e));
            }
            assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        } finally {
            TimeZone.setDefault(saved);
            Files.delete(file);
        }
    }
}
