package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UnicodeNamesTest {
    @Test
    void namesOfTableRuleAndHangulCharacters() {
        assertEquals("SPACE", UnicodeNames.name(0x20));
        assertEquals("LATIN SMALL LETTER E WITH ACUTE", UnicodeNames.name(0xE9));
        assertEquals("GRINNING FACE", UnicodeNames.name(0x1F600));
        assertEquals("CJK UNIFIED IDEOGRAPH-4E00", UnicodeNames.name(0x4E00));
        assertEquals("CJK UNIFIED IDEOGRAPH-31350", UnicodeNames.name(0x31350));
        assertEquals("CJK COMPATIBILITY IDEOGRAPH-F900", UnicodeNames.name(0xF900));
        assertEquals("HANGUL SYLLABLE GA", UnicodeNames.name(0xAC00));
        assertEquals("HANGUL SYLLABLE HIH", UnicodeNames.name(0xD7A3));
        assertEquals("TANGUT COMPONENT-001", UnicodeNames.name(0x18800));
    }

    @Test
    void controlsUnassignedAndTangutIdeographsHaveNoName() {
        assertNull(UnicodeNames.name(0x00));
        assertNull(UnicodeNames.name(0x85));
        assertNull(UnicodeNames.name(0x378));
        assertNull(UnicodeNames.name(0x17000));
        assertNull(UnicodeNames.name(0x10FFFF));
        assertNull(UnicodeNames.name(-1));
        assertNull(UnicodeNames.name(0x110000));
    }

    @Test
    void lookupIgnoresCaseExceptForTheAlgorithmicNames() {
        assertEquals(0xE9, UnicodeNames.codePoint("latin small letter e with acute"));
        assertEquals(0xF900, UnicodeNames.codePoint("cjk compatibility ideograph-f900"));
        assertEquals(0x4E00, UnicodeNames.codePoint("CJK UNIFIED IDEOGRAPH-4E00"));
        assertEquals(-1, UnicodeNames.codePoint("cjk unified ideograph-4e00"));
        assertEquals(-1, UnicodeNames.codePoint("CJK UNIFIED IDEOGRAPH-4e00"));
        assertEquals(-1, UnicodeNames.codePoint("CJK UNIFIED IDEOGRAPH-4DC0"));
        assertEquals(0xAC01, UnicodeNames.codePoint("HANGUL SYLLABLE GAG"));
        assertEquals(-1, UnicodeNames.codePoint("hangul syllable gag"));
        assertEquals(-1, UnicodeNames.codePoint("HANGUL SYLLABLE GAX"));
        assertEquals(-1, UnicodeNames.codePoint("TANGUT IDEOGRAPH-17000"));
    }

    @Test
    void aliasesAreLookedUpButNeverNamed() {
        assertEquals(0xFEFF, UnicodeNames.codePoint("BYTE ORDER MARK"));
        assertEquals(0xFEFF, UnicodeNames.codePoint("bom"));
        assertEquals(0x0A, UnicodeNames.codePoint("LINE FEED"));
        assertEquals(0xE01EF, UnicodeNames.codePoint("VS256"));
        assertEquals(0x1A2, UnicodeNames.codePoint("LATIN CAPITAL LETTER GHA"));
        assertEquals("LATIN CAPITAL LETTER OI", UnicodeNames.name(0x1A2));
        assertEquals("ZERO WIDTH NO-BREAK SPACE", UnicodeNames.name(0xFEFF));
    }

    @Test
    void namedSequencesAreForLookupOnly() {
        assertEquals(-1, UnicodeNames.codePoint("KEYCAP NUMBER SIGN"));
        assertEquals("#\ufe0f\u20e3", UnicodeNames.lookup("keycap number sign"));
        assertEquals("\u00e9", UnicodeNames.lookup("LATIN SMALL LETTER E WITH ACUTE"));
        assertNull(UnicodeNames.lookup("NO SUCH NAME"));
    }
}
