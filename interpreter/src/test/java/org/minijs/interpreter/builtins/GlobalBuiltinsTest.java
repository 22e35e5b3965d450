package org.minijs.interpreter.builtins;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlobalBuiltinsTest {

    @Test
    void parseIntTakesTheLongestDigitPrefix() {
        assertEquals(42.0, GlobalBuiltins.parseInt("  42px", 0));
        assertEquals(31.0, GlobalBuiltins.parseInt("0X1f", 0));
        assertEquals(255.0, GlobalBuiltins.parseInt("0xff", 16));
        assertEquals(0.0, GlobalBuiltins.parseInt("0xff", 10));
        assertEquals(Double.NaN, GlobalBuiltins.parseInt("0x", 0));
        assertEquals(Double.NaN, GlobalBuiltins.parseInt("2", 2));
        assertEquals(Double.NaN, GlobalBuiltins.parseInt("1", 37));
        assertEquals(-0.0, GlobalBuiltins.parseInt("-0", 0));
        assertEquals(9007199254740992.0, GlobalBuiltins.parseInt("9007199254740993", 0));
        assertEquals(7.0, GlobalBuiltins.parseInt("\u00a0\n7", 0));
    }

    @Test
    void parseFloatTakesTheLongestDecimalLiteralPrefix() {
        assertEquals(-50.0, GlobalBuiltins.parseFloat("-.5e2"));
        assertEquals(1.0, GlobalBuiltins.parseFloat("1e+"));
        assertEquals(5.0, GlobalBuiltins.parseFloat("5."));
        assertEquals(Double.NEGATIVE_INFINITY, GlobalBuiltins.parseFloat("-Infinityx"));
        assertEquals(Double.NaN, GlobalBuiltins.parseFloat("+.e1"));
        assertEquals(Double.NaN, GlobalBuiltins.parseFloat("\u0661")); // ARABIC-INDIC DIGIT ONE is no digit
        assertEquals(2.0, GlobalBuiltins.parseFloat("\u00a0 2"));
    }
}
