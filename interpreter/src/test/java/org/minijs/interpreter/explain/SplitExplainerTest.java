package org.minijs.interpreter.explain;

import org.junit.jupiter.api.Test;
import org.minijs.parser.JsParser;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitExplainerTest {

    @Test
    void showsSegmentsResumePointsAndLiveSlots() {
        String src = """
                async function f(a) {
                  let x = 1;
                  let tmp = a * 2;
                  console.log(tmp);
                  x = x + await g();
                  console.log('x', x);
                  await null;
                  return a;
                }
                """;
        String report = SplitExplainer.explain(JsParser.parse(src, "t.js"));
        assertTrue(report.contains("async function f at t.js:1:1"), report);
        assertTrue(report.contains("resume point 1: await at t.js:5:11"), report);
        assertTrue(report.contains("resume point 2: await at t.js:7:3"), report);
        assertTrue(report.contains("segment 2: lines 7-9"), report);
        assertTrue(report.contains("    x — used before and after the suspension at t.js:5:11"), report);
        assertTrue(report.contains("    a — used before and after"), report);
        assertTrue(report.contains("frame slots that need not: tmp"), report);
    }

    @Test
    void loopCarriedVariablesLiveAcrossTheSuspension() {
        String src = "async function h() {\n  for (let i = 0; i < 3; i++) {\n    await i;\n  }\n}\n";
        String report = SplitExplainer.explain(JsParser.parse(src, "t.js"));
        assertTrue(report.contains("(inside a loop: revisited)"), report);
        assertTrue(report.contains("    i — "), report);
    }

    @Test
    void plainScriptsHaveNothingToExplain() {
        assertTrue(SplitExplainer.explain(JsParser.parse("let a = 1;", "t.js")).startsWith("no async functions"));
    }
}
