package org.minijs.interpreter.values;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** toFixed, toExponential and toPrecision round the exact binary value half up, as node does. */
class NumberPrecisionTest {

    @Test
    void toFixed() {
        assertEquals("1.3", NumberPrecision.toFixed(1.25, 1));
        assertEquals("1.00", NumberPrecision.toFixed(1.005, 2)); // 1.005 is 1.00499999... in binary
        assertEquals("-0.00", NumberPrecision.toFixed(-0.0001, 2));
        assertEquals("0.00", NumberPrecision.toFixed(-0.0, 2));
        assertEquals("3", NumberPrecision.toFixed(2.5, 0));
    }

    @Test
    void toExponential() {
        assertEquals("1.23e+2", NumberPrecision.toExponential(123.456, 2));
        assertEquals("1.5e-4", NumberPrecision.toExponential(0.00015, 1));
        assertEquals("5e+0", NumberPrecision.toExponential(5, -1));
        assertEquals("1.23456e+2", NumberPrecision.toExponential(123.456, -1));
        assertEquals("-1.250e+1", NumberPrecision.toExponential(-12.5, 3));
        assertEquals("0.00e+0", NumberPrecision.toExponential(0, 2));
    }

    @Test
    void toPrecision() {
        assertEquals("123.5", NumberPrecision.toPrecision(123.456, 4));
        assertEquals("1.2e+2", NumberPrecision.toPrecision(123.456, 2));
        assertEquals("0.00012", NumberPrecision.toPrecision(0.000123, 2));
        assertEquals("1.00e-7", NumberPrecision.toPrecision(1e-7, 3));
        assertEquals("100", NumberPrecision.toPrecision(99.99, 3));
        assertEquals("0.00", NumberPrecision.toPrecision(0, 3));
        assertEquals("1.00e+21", NumberPrecision.toPrecision(1e21, 3));
    }
}
