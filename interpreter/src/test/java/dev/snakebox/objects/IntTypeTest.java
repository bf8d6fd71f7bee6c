package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link IntType}: {@code int(text, base)} and {@code round(int, n)}. */
class IntTypeTest {
    @Test
    void parsesWhitespaceSignsPrefixesAndUnderscores() {
        assertEquals("42", IntType.parse(" 42\n", 10).repr());
        assertEquals("-7", IntType.parse("-7", 10).repr());
        assertEquals("255", IntType.parse("ff", 16).repr());
        assertEquals("5", IntType.parse("0b101", 0).repr());
        assertEquals("255", IntType.parse("0x_ff", 16).repr());
        assertEquals("1000000", IntType.parse("1_000_000", 10).repr());
        assertEquals("0", IntType.parse("000", 0).repr());
        assertEquals("18446744073709551616", IntType.parse("18446744073709551616", 10).repr());
    }

    @Test
    void rejectsWhatCPythonRejects() {
        for (String bad : new String[] {"", " ", "1_", "_1", "1__0", "010", "0x", "12a", "1.5"}) {
            PyException e = assertThrows(PyException.class, () -> IntType.parse(bad, bad.equals("010") ? 0 : 10));
            assertEquals(ExceptionTypes.ValueError, e.value.type(), bad);
        }
    }

    @Test
    void roundsToTensHalfToEven() {
        assertEquals("1200", IntType.round(PyInt.of(1234), PyInt.of(-2)).repr());
        assertEquals("1200", IntType.round(PyInt.of(1250), PyInt.of(-2)).repr());
        assertEquals("1400", IntType.round(PyInt.of(1350), PyInt.of(-2)).repr());
        assertEquals("-1200", IntType.round(PyInt.of(-1250), PyInt.of(-2)).repr());
        assertEquals("7", IntType.round(PyInt.of(7), PyInt.of(3)).repr());
    }
}
