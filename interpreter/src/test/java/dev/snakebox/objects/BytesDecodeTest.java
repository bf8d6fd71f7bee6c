package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** BytesDecode and the text of the UnicodeDecodeError it raises. */
class BytesDecodeTest {

    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void utf8DecodesEveryLength() {
        assertEquals("a\u00e9\u20ac\ud83d\ude00", BytesDecode.decode(b('a', 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80), "utf-8", "strict"));
    }

    @Test
    void utf8ReplacesEachMaximalInvalidPrefixOnce() {
        // ED A0 80: ED admits only 80..9F next, so three errors; F0 9F 98 at the end: one
        assertEquals("\ufffd\ufffd\ufffdx", BytesDecode.decode(b(0xed, 0xa0, 0x80, 'x'), "utf-8", "replace"));
        assertEquals("\ufffd", BytesDecode.decode(b(0xf0, 0x9f, 0x98), "utf-8", "replace"));
        assertEquals("\\xc0\\x80", BytesDecode.decode(b(0xc0, 0x80), "utf-8", "backslashreplace"));
        assertEquals("a\udc80\udc81b", BytesDecode.decode(b('a', 0x80, 0x81, 'b'), "ascii", "surrogateescape"));
        assertEquals("ab", BytesDecode.decode(b('a', 0x80, 'b'), "ascii", "ignore"));
        assertEquals("\u00e9", BytesDecode.decode(b(0xe9), "latin-1", "strict"));
    }

    @Test
    void strictErrorsCarryCPythonsArgsAndText() {
        PyException e = assertThrows(PyException.class, () -> BytesDecode.decode(b('a', 0xe2, 0x82), "utf-8", "strict"));
        assertEquals("UnicodeDecodeError", e.value.type().name);
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
                ((PyStr) UnicodeDecodeErrors.str(e.value)).value);
        PyException one = assertThrows(PyException.class, () -> BytesDecode.decode(b(0xe2, 0x28), "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte",
                ((PyStr) UnicodeDecodeErrors.str(one.value)).value);
        PyException handler = assertThrows(PyException.class, () -> BytesDecode.decode(b(0xff), "utf-8", "nope"));
        assertEquals("LookupError", handler.value.type().name);
    }
}
