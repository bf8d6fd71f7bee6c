package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    @Test
    void stringsWithoutPairsShareTheBmpIndex() {
        for (String s : new String[] {"", "abc", "\u00e9\u20ac\uffff", "\ud800", "\udc00\ud800", "x\ud83d"}) {
            CodePointIndex ix = CodePointIndex.of(s);
            assertSame(CodePointIndex.BMP, ix, s);
            assertTrue(ix.isBmp());
            assertEquals(s.length(), ix.length(s));
            assertEquals(3, ix.offset(3));
            assertEquals(2, ix.index(2));
        }
    }

    @Test
    void pairsCountAsOneCodePoint() {
        // code points: a 😀 b 😀 😀 c \udc00 (lone) 😀
        String s = "a\ud83d\ude00b\ud83d\ude00\ud83d\ude00c\udc00\ud83d\ude00";
        CodePointIndex ix = CodePointIndex.of(s);
        assertFalse(ix.isBmp());
        assertEquals(8, ix.length(s));
        int[] offsets = {0, 1, 3, 4, 6, 8, 9, 10, 12};
        for (int i = 0; i < offsets.length; i++) {
            assertEquals(offsets[i], ix.offset(i), "offset of code point " + i);
            assertEquals(i, ix.index(offsets[i]), "index of unit " + offsets[i]);
        }
    }

    @Test
    void loneSurrogatesBesidePairsAreCodePointsOfTheirOwn() {
        // \ud800 (lone: followed by a high one), then a pair, then \ude00 (lone: after a complete pair)
        String s = "\ud800\ud83d\ude00\ude00";
        CodePointIndex ix = CodePointIndex.of(s);
        assertEquals(3, ix.length(s));
        assertEquals(0x1F600, StrIndexing.codePointAt(s, ix, 1));
        assertEquals(0xDE00, StrIndexing.codePointAt(s, ix, 2));
        assertEquals(0xD800, StrIndexing.codePointAt(s, ix, 0));
    }

    @Test
    void astralOnlyStrings() {
        String s = "\ud83d\ude00".repeat(1000);
        CodePointIndex ix = CodePointIndex.of(s);
        assertEquals(1000, ix.length(s));
        for (int i = 0; i <= 1000; i++) {
            assertEquals(2 * i, ix.offset(i));
            assertEquals(i, ix.index(2 * i));
        }
    }
}
