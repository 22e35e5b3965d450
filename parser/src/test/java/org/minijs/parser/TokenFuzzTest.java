package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.minijs.parser.grammar.JavaScriptLexer;

/**
 * Token-level fuzzing: 10,000 mutants of the seed programs in test resources (a token deleted, inserted,
 * duplicated or swapped with another, a run of tokens spliced in from another seed, or the tail of the program
 * replaced by the tail of another seed). The seed files are cut
 * at blank lines into pieces, each a valid program of its own, so that mutants stay small and many. Each must parse or
 * throw our SyntaxError, with a JavaScript message and a real position: no other exception, no ANTLR wording,
 * and no parse may take long (a hang fails the whole test through the preemptive timeout).
 */
class TokenFuzzTest {
    private static final int MUTANTS = 10_000;

    /** A seed program cut into its tokens, keeping the text between tokens (blanks, comments, line breaks). */
    private record Seed(boolean module, List<String> tokens, List<String> gaps) {
        String render(List<String> toks) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < toks.size(); i++) {
                sb.append(i < gaps.size() ? gaps.get(i) : " ").append(toks.get(i));
            }
            return sb.toString();
        }
    }

    @Test
    void tokenMutationsParseOrFailWithSyntaxError() throws IOException {
        // The seeds' pieces are checked first: a mutant of an invalid seed would prove little.
        List<Seed> seeds = new ArrayList<>(seeds("/fuzz-seeds/script.js", false));
        seeds.addAll(seeds("/fuzz-seeds/module.mjs", true));
        for (Seed s : seeds) {
            parse(s.render(s.tokens()), s.module());
        }
        List<String> vocabulary = new ArrayList<>();
        seeds.forEach(s -> vocabulary.addAll(s.tokens()));
        int[] outcome = new int[2];
        long[] slowest = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            Random rnd = new Random(20261125);
            for (int i = 0; i < MUTANTS; i++) {
                Seed seed = seeds.get(rnd.nextInt(seeds.size()));
                List<String> toks = mutate(new ArrayList<>(seed.tokens()), seeds, vocabulary, rnd);
                String src = seed.render(toks);
                long t0 = System.nanoTime();
                try {
                    parse(src, seed.module());
                    outcome[0]++;
                } catch (SyntaxError e) {
                    outcome[1]++;
                    assertFalse(SyntaxErrorTest.ANTLR_WORDING.matcher(e.getMessage()).find(), e.getMessage());
                    assertTrue(e.line() >= 1 && e.column() >= 1, e.line() + ":" + e.column());
                } catch (Throwable t) {
                    fail("not a SyntaxError on mutant " + i + ":\n" + src, t);
                }
                slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
            }
        });
        System.out.printf("[token fuzz] %d mutants: %d parsed, %d SyntaxErrors, slowest %.1f ms%n", MUTANTS,
                outcome[0], outcome[1], slowest[0] / 1e6);
        assertTrue(outcome[0] > 0 && outcome[1] > 0, "mutations should yield both valid and invalid programs");
        assertTrue(slowest[0] < 2_000_000_000L, "a mutant took " + slowest[0] / 1e6 + " ms to parse");
    }

    private static void parse(String src, boolean module) {
        if (module) {
            JsParser.parseModule(src, "fuzz.mjs");
        } else {
            JsParser.parse(src, "fuzz.js");
        }
    }

    private static List<String> mutate(List<String> toks, List<Seed> seeds, List<String> vocabulary, Random rnd) {
        int edits = 1 + rnd.nextInt(3);
        for (int k = 0; k < edits && !toks.isEmpty(); k++) {
            int pos = rnd.nextInt(toks.size());
            switch (rnd.nextInt(6)) {
                case 0 -> toks.remove(pos);
                case 1 -> toks.add(pos, vocabulary.get(rnd.nextInt(vocabulary.size())));
                case 2 -> toks.add(pos, toks.get(rnd.nextInt(toks.size())));
                case 3 -> {
                    int other = rnd.nextInt(toks.size());
                    String t = toks.get(pos);
                    toks.set(pos, toks.get(other));
                    toks.set(other, t);
                }
                case 4 -> {
                    List<String> donor = seeds.get(rnd.nextInt(seeds.size())).tokens();
                    int from = rnd.nextInt(donor.size());
                    int len = 1 + rnd.nextInt(Math.min(12, donor.size() - from));
                    toks.addAll(pos, donor.subList(from, from + len));
                }
                default -> { // crossover: this seed up to pos, then another seed from some point on
                    List<String> donor = seeds.get(rnd.nextInt(seeds.size())).tokens();
                    toks.subList(pos, toks.size()).clear();
                    toks.addAll(donor.subList(rnd.nextInt(donor.size()), donor.size()));
                }
            }
        }
        return toks;
    }

    private static List<Seed> seeds(String resource, boolean module) throws IOException {
        String text;
        try (InputStream in = TokenFuzzTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Seed> out = new ArrayList<>();
        for (String piece : text.split("\n\s*\n")) {
            out.add(seed(piece, module));
        }
        return out;
    }

    private static Seed seed(String src, boolean module) {
        JavaScriptLexer lexer = new JavaScriptLexer(new Utf16CharStream(src, "seed"));
        lexer.removeErrorListeners();
        List<String> tokens = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int end = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == JavaScriptLexer.NL) {
                continue;
            }
            gaps.add(src.substring(end, t.getStartIndex()));
            tokens.add(t.getText());
            end = t.getStopIndex() + 1;
        }
        return new Seed(module, tokens, gaps);
    }
}
