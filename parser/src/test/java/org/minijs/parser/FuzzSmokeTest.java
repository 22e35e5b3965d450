package org.minijs.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random edits of a valid program must either parse or fail with a SyntaxError: never crash, never leak ANTLR. */
class FuzzSmokeTest {
    static final String PIECES = "(){}[];,.=+-*/%!?:<>&|^~`'\"\\\n${}x1";
    static final String[] WORDS = {"async", "await", "function", "=>", "...", "let", "var", "if", "else", "return",
        "new", "?.", "??", "**", "`${", "}`", "/", "\n", "break", "continue", "throw"};

    @Test
    void mutations() {
        String base = ParseSpeedTest.generate(2) + """
                label: for (var i = 0; i < 3; i++) { if (i) continue label; else break label }
                do { x-- } while (x > 0)
                const o = { a, b: [1, , 2], async c() { await d }, set e(v) { this._e = v } }
                x = a?.b?.[c]?.(d) ?? ((e || f) && !g)
                y = `a${`b${c}`}d` + /re[/]/g.source
                """;
        Random rnd = new Random(1234);
        int parsed = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder(base);
            int edits = 1 + rnd.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int pos = rnd.nextInt(sb.length());
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(pos);
                    case 1 -> sb.insert(pos, PIECES.charAt(rnd.nextInt(PIECES.length())));
                    default -> sb.insert(pos, " " + WORDS[rnd.nextInt(WORDS.length)] + " ");
                }
            }
            String src = sb.toString();
            try {
                JsParser.parse(src, "fuzz.js");
                parsed++;
            } catch (SyntaxError e) {
                assertFalse(SyntaxErrorTest.ANTLR_WORDING.matcher(e.getMessage()).find(), e.getMessage());
                assertTrue(e.line() >= 1 && e.column() >= 1, e.line() + ":" + e.column());
            } catch (Throwable t) {
                fail("crash on mutated input:\n" + src, t);
            }
        }
        assertTrue(parsed > 0);
    }
}
