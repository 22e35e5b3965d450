package org.minijs.interpreter.builtins;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected values are what node 20 prints. */
class FdLibmTest {

    @Test
    void matchesV8ToTheLastBit() {
        assertEquals(2.718281828459045, FdLibm.exp(1));
        assertEquals(1.5430806348152437, FdLibm.cosh(1));
        assertEquals(0.881373587019543, FdLibm.asinh(1));
        assertEquals(1.3169578969248166, FdLibm.acosh(2));
        assertEquals(0.5493061443340548, FdLibm.atanh(0.5));
        assertEquals(1.584962500721156, FdLibm.log2(3));
        assertEquals(3.0, FdLibm.log2(8));
        assertEquals(-3.0, FdLibm.log2(0.125));
        assertEquals(3.0, FdLibm.cbrt(27));
        assertEquals(-2.0, FdLibm.cbrt(-8));
    }

    @Test
    void specialValues() {
        assertEquals(Double.NaN, FdLibm.acosh(0.5));
        assertEquals(Double.POSITIVE_INFINITY, FdLibm.atanh(1));
        assertEquals(Double.NaN, FdLibm.atanh(2));
        assertEquals(Double.NEGATIVE_INFINITY, FdLibm.log2(0));
        assertEquals(-0.0, FdLibm.cbrt(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, FdLibm.cosh(Double.NEGATIVE_INFINITY));
    }
}
