package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SyntaxErrorPrinterTest {
    @Test
    void aCompilerErrorsLineIsReadBackAsTheFileHoldsIt() {
        assertEquals("break\n", SyntaxErrorPrinter.programText("break\n", "/main.py"));
        assertNull(SyntaxErrorPrinter.programText("break\n", "<string>"));
        assertNull(SyntaxErrorPrinter.programText("break\n", "<stdin>"));
    }

    @Test
    void onlyTheFirst999BytesAreRead() {
        String line = "a".repeat(1200) + "\n";
        assertEquals("a".repeat(999), SyntaxErrorPrinter.programText(line, "x.py"));
        assertEquals("a".repeat(998) + "\n", SyntaxErrorPrinter.programText("a".repeat(998) + "\n", "x.py"));
    }

    @Test
    void aCharacterCutInTwoBecomesTheReplacementCharacter() {
        // 998 bytes, then a 2-byte character of which only 1 byte fits
        assertEquals("a".repeat(998) + "\uFFFD", SyntaxErrorPrinter.programText("a".repeat(998) + "\u00e9\n", "x.py"));
        // exactly 999 bytes: the character is whole
        assertEquals("a".repeat(997) + "\u00e9", SyntaxErrorPrinter.programText("a".repeat(997) + "\u00e9b\n", "x.py"));
        // a 4-byte character from byte 997 on: 2 bytes fit, one replacement character
        assertEquals("a".repeat(997) + "\uFFFD",
                SyntaxErrorPrinter.programText("a".repeat(997) + "\uD83D\uDE00\n", "x.py"));
    }
}
