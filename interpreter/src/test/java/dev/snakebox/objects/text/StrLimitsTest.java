package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.objects.PyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Results too long to build: MemoryError past PyStr.MAX_LENGTH (before anything is allocated),
 * OverflowError where 64-bit CPython's Py_ssize_t arithmetic overflows. The oracle is 32-bit, so
 * these cases are not in its case files.
 */
class StrLimitsTest {
    private static void raises(String type, String message, Executable call) {
        PyException e = assertThrows(PyException.class, call);
        assertEquals(type, e.value.type().name);
        assertEquals(message, e.value.str());
    }

    @Test
    void repeat() {
        raises("OverflowError", "repeated string is too long",
                () -> StrJoin.repeat("ab", CodePointIndex.BMP, 1L << 62));
        raises("MemoryError", "", () -> StrJoin.repeat("a", CodePointIndex.BMP, 1L << 40));
        raises("MemoryError", "", () -> StrJoin.repeat("ab", CodePointIndex.BMP, (1L << 27) + 1));
        assertEquals("", StrJoin.repeat("ab", CodePointIndex.BMP, Long.MIN_VALUE));
        assertEquals("ababab", StrJoin.repeat("ab", CodePointIndex.BMP, 3));
    }

    @Test
    void padding() {
        raises("MemoryError", "", () -> StrPad.center("a", CodePointIndex.BMP, 1L << 40, ' '));
        raises("MemoryError", "", () -> StrPad.ljust("a", CodePointIndex.BMP, Long.MAX_VALUE, ' '));
        raises("MemoryError", "", () -> StrPad.rjust("a", CodePointIndex.BMP, (1L << 28) + 1, ' '));
        raises("MemoryError", "", () -> StrPad.zfill("-1", CodePointIndex.BMP, 1L << 33));
        // a fill character outside the BMP takes two units each
        raises("MemoryError", "", () -> StrPad.center("", CodePointIndex.BMP, (1L << 27) + 1, 0x1F600));
        assertEquals("**a**", StrPad.center("a", CodePointIndex.BMP, 5, '*'));
    }

    @Test
    void expandtabs() {
        raises("MemoryError", "", () -> StrPad.expandtabs("a\t", Integer.MAX_VALUE));
        raises("MemoryError", "", () -> StrPad.expandtabs("\t\t\t", 1 << 27));
    }

    @Test
    void replaceAndJoinAndConcat() {
        String big = "x".repeat(1 << 20);
        raises("MemoryError", "", () -> StrReplace.replace(big, "", big, -1));
        raises("MemoryError", "", () -> StrReplace.replace(big, "x", "y".repeat(300), -1));
        // eight separators of 2**25 units and the items: just over 2**28
        raises("MemoryError", "", () -> StrJoin.join(big.repeat(32), List.of("a", "b", "c", "d", "e", "f", "g", "h",
                "i")));
    }
}
