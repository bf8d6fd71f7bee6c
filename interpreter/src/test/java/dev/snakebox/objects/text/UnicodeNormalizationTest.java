package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnicodeNormalizationTest {
    @Test
    void composesAndDecomposes() {
        assertEquals("e\u0301", UnicodeNormalization.normalize("NFD", "\u00e9"));
        assertEquals("\u00e9", UnicodeNormalization.normalize("NFC", "e\u0301"));
        assertEquals("fi", UnicodeNormalization.normalize("NFKC", "\ufb01"));
        assertEquals("\ufb01", UnicodeNormalization.normalize("NFC", "\ufb01"));
        assertEquals("\u00c5", UnicodeNormalization.normalize("NFC", "\u212b"));
    }

    @Test
    void reordersCombiningMarksByClass() {
        assertEquals("a\u0328\u0301", UnicodeNormalization.normalize("NFD", "a\u0301\u0328"));
        assertEquals("\u0105\u0301", UnicodeNormalization.normalize("NFC", "a\u0301\u0328"));
    }

    @Test
    void hangulByArithmetic() {
        assertEquals("\u1100\u1161\u11a8", UnicodeNormalization.normalize("NFD", "\uac01"));
        assertEquals("\uac01", UnicodeNormalization.normalize("NFC", "\u1100\u1161\u11a8"));
        assertEquals("\uac01", UnicodeNormalization.normalize("NFC", "\uac00\u11a8"));
    }

    @Test
    void exclusionsStayDecomposed() {
        assertEquals("\u0915\u093c", UnicodeNormalization.normalize("NFC", "\u0958"));
    }
}
