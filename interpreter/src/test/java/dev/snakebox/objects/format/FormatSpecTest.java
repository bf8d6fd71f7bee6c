package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fields of parsed specs; the formatting itself is checked against CPython in BuiltinFormatTest. */
class FormatSpecTest {

    @Test
    void everyFieldInOrder() {
        FormatSpec spec = FormatSpec.parse("*^+z#012,.3f", "float", (char) 0, '>');
        assertEquals('*', spec.fill);
        assertEquals('^', spec.align);
        assertEquals('+', spec.sign);
        assertTrue(spec.noNegativeZero);
        assertTrue(spec.alternate);
        assertEquals(12, spec.width);
        assertEquals(',', spec.separator);
        assertEquals(3, spec.groupSize);
        assertEquals(3, spec.precision);
        assertEquals('f', spec.type);
    }

    @Test
    void defaultsWhenEmpty() {
        FormatSpec spec = FormatSpec.parse("", "str", 's', '<');
        assertEquals(' ', spec.fill);
        assertEquals('<', spec.align);
        assertEquals(0, spec.sign);
        assertFalse(spec.alternate);
        assertEquals(-1, spec.width);
        assertEquals(-1, spec.precision);
        assertEquals('s', spec.type);
    }

    @Test
    void fillOutsideTheBmpIsOneCharacter() {
        FormatSpec spec = FormatSpec.parse("\uD83D\uDE00>5", "str", 's', '<');
        assertEquals(0x1F600, spec.fill);
        assertEquals('>', spec.align);
        assertEquals(5, spec.width);
    }

    @Test
    void zeroFlagAlignsNumbersAfterTheSignButNotStrings() {
        assertEquals('=', FormatSpec.parse("05", "int", 'd', '>').align);
        assertEquals('<', FormatSpec.parse("05", "str", 's', '<').align);
        assertEquals('0', FormatSpec.parse("05", "str", 's', '<').fill);
        assertEquals('<', FormatSpec.parse("<05", "int", 'd', '>').align);
    }

    @Test
    void underscoreGroupsFourHexDigits() {
        assertEquals(4, FormatSpec.parse("_x", "int", 'd', '>').groupSize);
        assertEquals(3, FormatSpec.parse("_d", "int", 'd', '>').groupSize);
    }

    @Test
    void anyUnicodeDecimalDigitCounts() {
        assertEquals(12, FormatSpec.parse("\u0661\u0662", "int", 'd', '>').width);
    }

    @Test
    void errorsNameTheSpecAndType() {
        assertEquals("e:ValueError: Invalid format specifier '10xx' for object of type 'int'",
                FormatCases.outcome(() -> FormatSpec.parse("10xx", "int", 'd', '>').toString()));
        assertEquals("e:ValueError: Cannot specify ',' with '\\x20ac'.",
                FormatCases.outcome(() -> FormatSpec.parse(",\u20ac", "int", 'd', '>').toString()));
        assertEquals("e:ValueError: Too many decimal digits in format string",
                FormatCases.outcome(() -> FormatSpec.parse("9223372036854775808", "int", 'd', '>').toString()));
        assertEquals(Long.MAX_VALUE, FormatSpec.parse("9223372036854775807", "int", 'd', '>').width);
    }
}
