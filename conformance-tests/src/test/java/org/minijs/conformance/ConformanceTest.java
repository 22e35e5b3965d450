package org.minijs.conformance;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minijs.runtime.MiniJs;
import org.minijs.runtime.trace.TraceOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every golden case of {@code conformance-tests/cases} in-process through the real runtime (a fresh
 * context, realm and event loop per case) and compares exit code and stdout with what node recorded.
 */
class ConformanceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TestFactory
    List<DynamicNode> corpus() {
        // -Dminijs.cases=<dir> runs another corpus (e.g. cases-pending while features are being built)
        Path cases = Corpus.root().resolve(System.getProperty("minijs.cases", "conformance-tests/cases"));
        Map<String, List<DynamicNode>> byCategory = new TreeMap<>();
        for (Path js : Corpus.cases(cases)) {
            String category = cases.relativize(js.getParent()).toString();
            byCategory.computeIfAbsent(category, k -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(js.getFileName().toString(), () -> check(js)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byCategory.forEach((category, tests) -> nodes.add(DynamicContainer.dynamicContainer(category, tests)));
        return nodes;
    }

    /**
     * The same corpus with every instrument recording (Chrome trace and HTML replay written for each case):
     * recording must not change what a program prints or how it exits.
     */
    @TestFactory
    List<DynamicNode> corpusWhileTracing() {
        Path cases = Corpus.root().resolve(System.getProperty("minijs.cases", "conformance-tests/cases"));
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path js : Corpus.cases(cases)) {
            nodes.add(DynamicTest.dynamicTest(cases.relativize(js).toString(), () -> check(js, true)));
        }
        return nodes;
    }

    static void check(Path js) throws IOException {
        check(js, false);
    }

    static void check(Path js, boolean traced) throws IOException {
        String expected = Files.readString(Corpus.expectedFor(js), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(TIMEOUT, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                if (!traced) {
                    return MiniJs.runFile(js, o, e);
                }
                Path json = Files.createTempFile("minijs-trace", ".json");
                Path html = Files.createTempFile("minijs-replay", ".html");
                try {
                    return MiniJs.runFile(js, java.util.List.of(), o, e, new TraceOptions(false, json, html));
                } finally {
                    Files.deleteIfExists(json);
                    Files.deleteIfExists(html);
                }
            }
        }, () -> "timed out: " + js);
        String actual = "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            fail(js + "\n" + UnifiedDiff.diff(expected, actual) + "stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
    }
}
