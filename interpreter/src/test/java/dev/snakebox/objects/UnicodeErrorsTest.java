package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link UnicodeErrors}: the text and members of the codec errors, from their five args. */
class UnicodeErrorsTest {
    @Test
    void encodeErrorNamesTheCharacter() {
        PyBaseException e = new PyBaseException(ExceptionTypes.UnicodeEncodeError, PyStr.of("ascii"), PyStr.of("a\u00e9"),
                PyInt.of(1), PyInt.of(2), PyStr.of("ordinal not in range(128)"));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)",
                Abstract.str(e).value());
        assertEquals("ascii", Abstract.str(Abstract.getAttr(e, "encoding")).value());
        assertEquals("2", Abstract.str(Abstract.getAttr(e, "end")).value());
    }

    @Test
    void decodeErrorNamesTheByteOrRange() {
        PyBytes data = new PyBytes(new byte[] {'a', (byte) 0xFF});
        PyBaseException e = new PyBaseException(ExceptionTypes.UnicodeDecodeError, PyStr.of("utf-8"), data,
                PyInt.of(1), PyInt.of(2), PyStr.of("invalid start byte"));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", Abstract.str(e).value());
        assertEquals("b'a\\xff'", Abstract.repr(Abstract.getAttr(e, "object")).value());
    }

    @Test
    void otherArgsGiveTheGenericText() {
        PyBaseException e = new PyBaseException(ExceptionTypes.UnicodeDecodeError, PyStr.of("just a message"));
        assertEquals("just a message", Abstract.str(e).value());
    }
}
