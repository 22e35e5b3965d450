package org.minijs.interpreter.values;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhiteSpaceTest {

    @Test
    void trimsJavaScriptWhiteSpaceAndLineTerminatorsOnly() {
        String s = " \t\n\u00a0\ufeff\u2028 hi there \r\u000b\f\u3000 ";
        assertEquals("hi there", WhiteSpace.trim(s, true, true));
        assertEquals("hi there \r\u000b\f\u3000 ", WhiteSpace.trim(s, true, false));
        assertEquals("\u200b", WhiteSpace.trim("\u200b", true, true)); // ZERO WIDTH SPACE is Cf, not Zs
        assertEquals("\u001c", WhiteSpace.trim("\u001c", true, true)); // Java's isWhitespace says otherwise
    }

    @Test
    void stringToNumberUsesTheSameWhiteSpace() {
        assertEquals(12.0, JSRuntime.stringToNumber("\u00a012\u2028"));
        assertEquals(Double.NaN, JSRuntime.stringToNumber("\u001c12"));
    }
}
