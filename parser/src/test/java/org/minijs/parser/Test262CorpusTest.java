package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The external corpus {@code test262-parser-tests}: in the subset (see {@link Test262Corpus}), pass/ files parse,
 * pass-explicit/ files give the same AST as their pass/ twin, fail/ and early/ files are rejected with our
 * SyntaxError. The corpus is installed with npm into target/test262 on first run; without npm the test is
 * skipped with a message saying so.
 */
class Test262CorpusTest {
    private static Path corpus;

    @BeforeAll
    static void locate() {
        corpus = Test262Corpus.locate();
        Assumptions.assumeTrue(corpus != null, "skipped: " + Test262Corpus.PACKAGE + " is not installed in "
                + "target/test262 and could not be installed with npm (is npm on the PATH and the registry "
                + "reachable?); pass -Dtest262.dir=<folder with pass/ fail/ early/> to use a copy");
    }

    @ParameterizedTest
    @EnumSource(Test262Corpus.Kind.class)
    void corpusFolder(Test262Corpus.Kind kind) throws IOException {
        Test262Corpus.Result r = Test262Corpus.run(corpus, kind);
        System.out.printf("[test262-parser-tests] %s: %d in subset, %d passed%n", kind, r.inSubset(), r.passed());
        // The filter must leave most of the corpus in: it excludes features, not inconvenient files.
        assertTrue(r.inSubset() > 600, "only " + r.inSubset() + " files in the subset");
        assertEquals(r.inSubset(), r.passed(), String.join("\n", r.failures()));
    }
}
