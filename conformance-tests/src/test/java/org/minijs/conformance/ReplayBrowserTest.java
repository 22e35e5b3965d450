package org.minijs.conformance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * End to end in a real browser: records the A, C, B example with {@code --visualize}, then drives the page
 * in headless Debian chromium with playwright-core (browser/replay-test.mjs): steps through it and checks the
 * console order and the parked-then-resumed async frame; saves a screenshot under target/. Skips with a
 * message where chromium or node/npm are missing (.ci/run installs chromium).
 */
class ReplayBrowserTest {

    @Test
    void replayShowsTheSplitInChromium() throws Exception {
        Path root = Corpus.root();
        Assumptions.assumeTrue(new File("/usr/bin/chromium").canExecute(),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium)");
        Path browser = root.resolve("conformance-tests/browser");
        if (!Files.isDirectory(browser.resolve("node_modules/playwright-core"))) {
            int npm = run(browser, 180, "npm", "install", "--no-audit", "--no-fund");
            Assumptions.assumeTrue(npm == 0, "skipped: npm could not install playwright-core");
        }
        Path target = root.resolve("conformance-tests/target");
        Files.createDirectories(target);
        Path page = target.resolve("replay-await-order.html");
        LauncherTest.Result r = LauncherTest.launch("--visualize", "-o", page.toString(), "examples/await-order.js");
        assertEquals(0, r.code(), r.err());
        assertEquals("A\nC\nB\n", r.out());
        Path shot = target.resolve("replay-await-order.png");
        assertEquals(0, run(browser, 120, "node", "replay-test.mjs", page.toString(), shot.toString()),
                "the browser check failed (see output above)");
    }

    private static int run(Path dir, int seconds, String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).inheritIO().start();
        } catch (java.io.IOException e) {
            Assumptions.abort("skipped: " + command[0] + " is not available");
            return -1;
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
