package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnicodeDataTest {
    @Test
    void propertiesOfSomeCharacters() {
        assertTrue(UnicodeData.available());
        assertEquals("Cc", UnicodeData.category(0));
        assertEquals("Lu", UnicodeData.category('A'));
        assertEquals("Cn", UnicodeData.category(0x378));
        assertEquals("Co", UnicodeData.category(0x10FFFD));
        assertEquals("Cs", UnicodeData.category(0xD800));
        assertEquals("So", UnicodeData.category(0x1F6DC)); // new in Unicode 15.0
        assertEquals("Lo", UnicodeData.category(0x31350)); // CJK extension H, 15.0
        assertEquals("So", UnicodeData.category(0x2FFC)); // new in Unicode 15.1
        assertEquals("AL", UnicodeData.bidirectional(0x627));
        assertEquals("", UnicodeData.bidirectional(0x378));
        assertEquals(230, UnicodeData.combining(0x301));
        assertEquals("W", UnicodeData.eastAsianWidth(0x4E00));
        assertEquals("Na", UnicodeData.eastAsianWidth('a'));
        assertTrue(UnicodeData.mirrored('('));
        assertFalse(UnicodeData.mirrored('a'));
    }

    @Test
    void numericValuesAndDecompositions() {
        assertEquals(5, UnicodeData.decimal(0x665));
        assertEquals(-1, UnicodeData.decimal(0xB2));
        assertEquals(2, UnicodeData.digit(0xB2));
        assertArrayEquals(new long[] {1, 3}, UnicodeData.numeric(0x2153));
        assertArrayEquals(new long[] {1000000000000L, 1}, UnicodeData.numeric(0x16B61));
        assertNull(UnicodeData.numeric('x'));
        assertEquals("0065 0301", UnicodeData.decomposition(0xE9));
        assertEquals("<compat> 0066 0069", UnicodeData.decomposition(0xFB01));
        assertEquals("", UnicodeData.decomposition(0xAC00));
        assertEquals(0xE9, UnicodeData.composite(0x65, 0x301));
        assertEquals(-1, UnicodeData.composite(0x915, 0x93C)); // U+0958 is excluded from composition
    }
}
