package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Prints (does not assert) how fast a large generated source parses, after a short warm-up. */
class ParseSpeedTest {

    static String generate(int functions) {
        StringBuilder sb = new StringBuilder("'use strict';\n");
        for (int i = 0; i < functions; i++) {
            sb.append("function f").append(i).append("(a, b = ").append(i).append(", ...rest) {\n")
              .append("  const o = { k: a, [b]: `t${a + b}x`, m() { return this.k }, get g() { return 1 }, ...rest }\n")
              .append("  let s = 0\n")
              .append("  for (let j = 0; j < a.length; j++) {\n")
              .append("    if (a[j] % 2 === 0 && !b || j >= 10) continue\n")
              .append("    s += a[j] ** 2 / (b ?? 1) - (j << 1)\n")
              .append("  }\n")
              .append("  while (s > 100) s = s >>> 1\n")
              .append("  try { s = o.m() + f").append(i).append(".call(null, [1, , 3], b)?.x } catch (e) { s = -1 }"
                      + " finally { s++ }\n")
              .append("  const r = /ab+c/gi.test(String(s)) ? s / 2 / 3 : typeof s\n")
              .append("  return [1, 2, 3].map(x => x * r).filter((x, k) => x > k)\n")
              .append("}\n")
              .append("async function g").append(i).append("() {\n")
              .append("  const v = await new Promise((resolve) => setTimeout(() => resolve(").append(i)
              .append("), 0))\n")
              .append("  return v === undefined ? null : { v, w: 'str\\n' + v }\n")
              .append("}\n");
        }
        return sb.toString();
    }

    @Test
    void largeSourceSpeed() {
        String src = generate(1000);
        int lines = src.split("\n", -1).length;
        for (int i = 0; i < 3; i++) {
            JsParser.parse(src, "warm.js");
        }
        int rounds = 5;
        long best = Long.MAX_VALUE;
        int statements = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            statements = JsParser.parse(src, "big.js").body().size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertEquals(2001, statements);
        double ms = best / 1e6;
        System.out.printf("[parse speed] %d lines, %d chars: best %.1f ms = %.0f lines/s, %.1f MB/s%n", lines,
                src.length(), ms, lines / (ms / 1000), src.length() / (ms / 1000) / 1e6);
    }
}
