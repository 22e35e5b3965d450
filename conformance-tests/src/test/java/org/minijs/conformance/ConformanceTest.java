package org.minijs.conformance;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minijs.runtime.MiniJs;

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
        Path cases = Corpus.root().resolve("conformance-tests/cases");
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

    static void check(Path js) throws IOException {
        String expected = Files.readString(Corpus.expectedFor(js), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(TIMEOUT, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return MiniJs.runFile(js, o, e);
            }
        }, () -> "timed out: " + js);
        String actual = "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            fail(js + "\n" + UnifiedDiff.diff(expected, actual) + "stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
    }
}
