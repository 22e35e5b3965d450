package org.minijs.interpreter.values;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Number::toString against what node prints. */
class NumberFormatterTest {

    @Test
    void radixTenUsesTheShortestRoundTripDigits() {
        assertEquals("5e-324", NumberFormatter.toString(Double.MIN_VALUE)); // Java says 4.9E-324
        assertEquals("2e-323", NumberFormatter.toString(4 * Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", NumberFormatter.toString(Double.MAX_VALUE));
        assertEquals("0.30000000000000004", NumberFormatter.toString(0.1 + 0.2));
        assertEquals("1e+21", NumberFormatter.toString(1e21));
        assertEquals("123456789012345680000", NumberFormatter.toString(123456789012345680000.0));
        assertEquals("1.23e-18", NumberFormatter.toString(123e-20));
        assertEquals("0.000001", NumberFormatter.toString(0.000001));
        assertEquals("1e-7", NumberFormatter.toString(1e-7));
        assertEquals("-0.5", NumberFormatter.toString(-0.5));
        assertEquals("0", NumberFormatter.toString(-0.0));
    }

    @Test
    void integersBeyondTwoToThe53PrintTheirShortestDigits() {
        assertEquals("4611686014132420600", NumberFormatter.toString(2147483647.0 * 2147483647.0));
        assertEquals("18446744073709552000", NumberFormatter.toString(Math.pow(2, 64)));
        assertEquals("9007199254740992", NumberFormatter.toString(Math.pow(2, 53)));
    }

    @Test
    void otherRadixesFollowV8() {
        assertEquals("0.0001100110011001100110011001100110011001100110011001101", NumberFormatter.toString(0.1, 2));
        assertEquals("ff.8", NumberFormatter.toString(255.5, 16));
        assertEquals("-11111111.1", NumberFormatter.toString(-255.5, 2));
        assertEquals("5v1j4f4ds7c000", NumberFormatter.toString(1e21, 36));
        assertEquals("0.0022002200220022002200220022002201", NumberFormatter.toString(0.1, 3));
        assertEquals("3.066365143203613411", NumberFormatter.toString(Math.PI, 7));
        assertEquals("NaN", NumberFormatter.toString(Double.NaN, 2));
        assertEquals("-Infinity", NumberFormatter.toString(Double.NEGATIVE_INFINITY, 16));
    }
}
