package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyStr;
import org.junit.jupiter.api.Test;

/** {@link StrDecode}: UTF-8, ASCII and Latin-1 decoding with CPython's error ranges and handlers. */
class StrDecodeTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void decodesEveryUtf8Length() {
        assertEquals("a\u00e9\u20ac\ud83d\ude00", StrDecode.decode(bytes('a', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80), null, null));
        assertEquals("\u00ff", StrDecode.decode(bytes(0xFF), "latin-1", null));
        assertEquals("ab", StrDecode.decode(bytes('a', 'b'), "ASCII", "bogus"));
    }

    /** The error's start, end and reason, as {@code UnicodeDecodeError} carries them. */
    private static String error(int... data) {
        PyException e = assertThrows(PyException.class, () -> StrDecode.decode(bytes(data), "utf-8", "strict"));
        assertEquals(ExceptionTypes.UnicodeDecodeError, e.value.type());
        return ((PyInt) e.value.args.get(2)).value + "-" + ((PyInt) e.value.args.get(3)).value + " "
                + ((PyStr) e.value.args.get(4)).value();
    }

    @Test
    void reportsBadSequencesAsCPythonDoes() {
        assertEquals("1-2 invalid start byte", error('a', 0xFF));
        assertEquals("0-1 invalid start byte", error(0xC0, 0xAF));
        assertEquals("0-1 invalid continuation byte", error(0xC3, '('));
        assertEquals("0-2 unexpected end of data", error(0xE2, 0x82));
        assertEquals("0-1 invalid continuation byte", error(0xED, 0xA0, 0x80));
        assertEquals("0-1 invalid continuation byte", error(0xF4, 0x90, 0x80, 0x80));
        assertEquals("0-2 invalid continuation byte", error(0xF0, 0x9F, 'x'));
    }

    @Test
    void errorHandlersReplaceWhatIsBad() {
        byte[] bad = bytes('a', 0xE2, 0x82, 'b', 0xFF);
        assertEquals("ab", StrDecode.decode(bad, null, "ignore"));
        assertEquals("a\ufffdb\ufffd", StrDecode.decode(bad, null, "replace"));
        assertEquals("a\\xe2\\x82b\\xff", StrDecode.decode(bad, null, "backslashreplace"));
        assertEquals("a\udce2\udc82b\udcff", StrDecode.decode(bad, null, "surrogateescape"));
        assertEquals("\ud800", StrDecode.decode(bytes(0xED, 0xA0, 0x80), null, "surrogatepass"));
        PyException e = assertThrows(PyException.class, () -> StrDecode.decode(bad, null, "bogus"));
        assertEquals("unknown error handler name 'bogus'", e.value.str());
    }

    @Test
    void describesOneByteOrARange() {
        assertEquals("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
                StrDecode.describe("utf-8", 0xFF, 2, 3, "invalid start byte"));
        assertEquals("'utf-8' codec can't decode bytes in position 2-3: unexpected end of data",
                StrDecode.describe("utf-8", 0xE2, 2, 4, "unexpected end of data"));
    }
}
