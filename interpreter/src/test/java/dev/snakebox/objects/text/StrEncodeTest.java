package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import org.junit.jupiter.api.Test;

class StrEncodeTest {
    @Test
    void encodeErrorsCarryCPythonsArgs() {
        PyException e = assertThrows(PyException.class, () -> StrEncode.encode("a\ud83d\ude00\u00e9b", "ascii", null));
        assertEquals("UnicodeEncodeError", e.value.type().name);
        PyObject[] args = e.value.args.toArray();
        assertEquals(5, args.length);
        assertEquals("ascii", ((PyStr) args[0]).value());
        assertEquals("a\ud83d\ude00\u00e9b", ((PyStr) args[1]).value());
        // positions count code points: the emoji is one
        assertEquals(1, ((PyInt) args[2]).value);
        assertEquals(3, ((PyInt) args[3]).value);
        assertEquals("ordinal not in range(128)", ((PyStr) args[4]).value());
    }

    @Test
    void describeNamesOneCharacterByItsEscape() {
        assertEquals("'ascii' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(128)",
                UnicodeEncodeErrors.describe("ascii", "a\ud83d\ude00", 1, 2, "ordinal not in range(128)"));
        assertEquals("'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)",
                UnicodeEncodeErrors.describe("latin-1", "\u20ac", 0, 1, "ordinal not in range(256)"));
        assertEquals("'utf-8' codec can't encode character '\\udc80' in position 2: surrogates not allowed",
                UnicodeEncodeErrors.describe("utf-8", "ab\udc80", 2, 3, "surrogates not allowed"));
        assertEquals("'utf-8' codec can't encode characters in position 0-1: surrogates not allowed",
                UnicodeEncodeErrors.describe("utf-8", "\udc80\udc81", 0, 2, "surrogates not allowed"));
        // a start past the end is described as a range, as CPython does
        assertEquals("'x' codec can't encode characters in position 5-5: why",
                UnicodeEncodeErrors.describe("x", "ab", 5, 6, "why"));
    }

    @Test
    void theErrorHandlerIsLookedUpOnlyWhenNeeded() {
        assertArrayEquals(new byte[] {'o', 'k'}, StrEncode.encode("ok", "ascii", "no such handler"));
        PyException e = assertThrows(PyException.class, () -> StrEncode.encode("\u00e9", "ascii", "no such handler"));
        assertEquals("LookupError", e.value.type().name);
        assertEquals("unknown error handler name 'no such handler'", e.value.str());
    }

    @Test
    void namereplaceWritesNamesAndEscapesForTheUnnamed() {
        assertArrayEquals("a\\N{LATIN SMALL LETTER E WITH ACUTE}\\x85\\U000e0000\\udc80".getBytes(),
                StrEncode.encode("a\u00e9\u0085\udb40\udc00\udc80", "ascii", "namereplace"));
        assertArrayEquals("\\N{EURO SIGN}".getBytes(), StrEncode.encode("\u20ac", "latin-1", "namereplace"));
        assertArrayEquals("x\\udc80".getBytes(), StrEncode.encode("x\udc80", "utf-8", "namereplace"));
    }

    @Test
    void utf8OfEveryKindOfCodePoint() {
        assertArrayEquals(new byte[] {0x7f, (byte) 0xc2, (byte) 0x80, (byte) 0xdf, (byte) 0xbf, (byte) 0xe0,
            (byte) 0xa0, (byte) 0x80, (byte) 0xef, (byte) 0xbf, (byte) 0xbf, (byte) 0xf0, (byte) 0x90,
            (byte) 0x80, (byte) 0x80, (byte) 0xf4, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf},
            StrEncode.encode("\u007f\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff", "utf-8", null));
        assertArrayEquals(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                StrEncode.encode("\ud800", "utf-8", "surrogatepass"));
    }

    @Test
    void encodingNamesAreNormalisedAsCPythonDoes() {
        assertEquals("utf_8", Codecs.normalize("  UTF--8 "));
        assertEquals("iso_646.irv_1991", Codecs.normalize("ISO_646.IRV:1991"));
        assertEquals("tf_8", Codecs.normalize("\u00fctf-8"));
        assertEquals("", Codecs.normalize("--"));
        assertEquals(Codecs.Codec.ASCII, Codecs.lookup("ANSI_X3.4-1968"));
        assertEquals(Codecs.Codec.LATIN_1, Codecs.lookup("IBM819"));
        assertEquals(Codecs.Codec.UTF_8, Codecs.lookup("utf8-ucs4"));
    }
}
