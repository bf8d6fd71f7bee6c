package dev.snakebox.objects.text;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** StrDecode on the byte sequences bytes.decode meets, and the text of the UnicodeDecodeError it raises. */
class StrDecodeBytesTest {

    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void utf8DecodesEveryLength() {
        assertEquals("a\u00e9\u20ac\ud83d\ude00", StrDecode.decode(b('a', 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80), "utf-8", "strict"));
    }

    @Test
    void utf8ReplacesEachMaximalInvalidPrefixOnce() {
        // ED A0 80: ED admits only 80..9F next, so three errors; F0 9F 98 at the end: one
        assertEquals("\ufffd\ufffd\ufffdx", StrDecode.decode(b(0xed, 0xa0, 0x80, 'x'), "utf-8", "replace"));
        assertEquals("\ufffd", StrDecode.decode(b(0xf0, 0x9f, 0x98), "utf-8", "replace"));
        assertEquals("\\xc0\\x80", StrDecode.decode(b(0xc0, 0x80), "utf-8", "backslashreplace"));
        assertEquals("a\udc80\udc81b", StrDecode.decode(b('a', 0x80, 0x81, 'b'), "ascii", "surrogateescape"));
        assertEquals("ab", StrDecode.decode(b('a', 0x80, 'b'), "ascii", "ignore"));
        assertEquals("\u00e9", StrDecode.decode(b(0xe9), "latin-1", "strict"));
    }

    @Test
    void strictErrorsCarryCPythonsArgsAndText() {
        PyException e = assertThrows(PyException.class, () -> StrDecode.decode(b('a', 0xe2, 0x82), "utf-8", "strict"));
        assertEquals("UnicodeDecodeError", e.value.type().name);
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
                Abstract.str(e.value).value());
        PyException one = assertThrows(PyException.class, () -> StrDecode.decode(b(0xe2, 0x28), "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte",
                Abstract.str(one.value).value());
        PyException handler = assertThrows(PyException.class, () -> StrDecode.decode(b(0xff), "utf-8", "nope"));
        assertEquals("LookupError", handler.value.type().name);
    }
}
