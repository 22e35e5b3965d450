package org.minijs.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.minijs.parser.grammar.JavaScriptLexer;
import org.minijs.parser.grammar.JavaScriptParser;

/** Manual tool: times lexing / parsing / AST building of one file and prints ANTLR's decision profile. */
public final class ProfileParse {
    public static void main(String[] args) throws Exception {
        String src = Files.readString(Path.of(args[0]));
        long bestLex = Long.MAX_VALUE, bestParse = Long.MAX_VALUE, bestBuild = Long.MAX_VALUE;
        int rounds = Integer.getInteger("rounds", 8);
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            JavaScriptLexer lexer = new JavaScriptLexer(new Utf16CharStream(src, "x"));
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            long t1 = System.nanoTime();
            JavaScriptParser parser = new JavaScriptParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            boolean profile = Boolean.getBoolean("profile") && round == rounds - 1;
            parser.setProfile(profile);
            var tree = parser.program();
            long t2 = System.nanoTime();
            new AstBuilder(src, "x", new LineMap(src), false).build(tree);
            long t3 = System.nanoTime();
            System.out.printf("tokens %d  lex %.1f ms  parse %.1f ms  build %.1f ms%n", tokens.size(),
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            bestLex = Math.min(bestLex, t1 - t0);
            bestParse = Math.min(bestParse, t2 - t1);
            bestBuild = Math.min(bestBuild, t3 - t2);
            if (round == rounds - 1) {
                System.out.printf("best: lex %.1f ms  parse %.1f ms  build %.1f ms%n", bestLex / 1e6,
                        bestParse / 1e6, bestBuild / 1e6);
            }
            if (profile) {
                DecisionInfo[] infos = parser.getParseInfo().getDecisionInfo();
                DecisionInfo[] sorted = infos.clone();
                Arrays.sort(sorted, Comparator.comparingLong((DecisionInfo d) -> -d.timeInPrediction));
                for (int i = 0; i < 15; i++) {
                    DecisionInfo d = sorted[i];
                    var state = parser.getATN().getDecisionState(d.decision);
                    String rule = parser.getRuleNames()[state.ruleIndex];
                    System.out.printf("decision %3d %-28s time %6.2f ms invocations %6d SLL_TotalLook %7d "
                            + "SLL_MaxLook %4d LL_Fallback %d ATN transitions %d%n", d.decision, rule,
                            d.timeInPrediction / 1e6, d.invocations, d.SLL_TotalLook, d.SLL_MaxLook, d.LL_Fallback,
                            d.SLL_ATNTransitions);
                }
            }
        }
    }
}
