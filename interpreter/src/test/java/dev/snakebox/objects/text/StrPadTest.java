package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.objects.PyException;
import org.junit.jupiter.api.Test;

class StrPadTest {
    @Test
    void theFillCharacterIsOneCodePoint() {
        assertEquals(0x1F600, StrPad.fillChar("\ud83d\ude00"));
        assertEquals(0xD800, StrPad.fillChar("\ud800"));
        for (String bad : new String[] {"", "ab", "\ud83d\ude00x"}) {
            PyException e = assertThrows(PyException.class, () -> StrPad.fillChar(bad));
            assertEquals("TypeError", e.value.type().name);
            assertEquals("The fill character must be exactly one character long", e.value.str());
        }
    }

    @Test
    void widthsCountCodePoints() {
        String s = "\ud83d\ude00";
        assertEquals("-" + s + "-", StrPad.center(s, CodePointIndex.of(s), 3, '-'));
        assertEquals("00" + s, StrPad.zfill(s, CodePointIndex.of(s), 3));
        assertEquals(s + "   x", StrPad.expandtabs(s + "\tx", 4));
    }
}
