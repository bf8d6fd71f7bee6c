package dev.snakebox.objects;

/**
 * {@code bytes}; CPython's {@code Objects/bytesobject.c}: the value; the slots are
 * {@link BytesType}, the methods it shares with bytearray {@link BytesMethods}.
 */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, PyType.BASETYPE, BytesType::fill,
            BytesType::define);
    static final PyBytes EMPTY = new PyBytes(new byte[0], false);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] value;

    /** A bytes object holding a copy of {@code value}. */
    public PyBytes(byte[] value) {
        this.value = value.clone();
    }

    /** A bytes object holding {@code value} itself: the caller gives up the array. */
    PyBytes(byte[] value, boolean copy) {
        this.value = copy ? value.clone() : value;
    }

    /** A bytes object owning {@code value} (no copy), the empty one for no bytes. */
    static PyBytes wrap(byte[] value) {
        return value.length == 0 ? EMPTY : new PyBytes(value, false);
    }

    /** The bytes themselves, not to be changed. */
    final byte[] raw() {
        return value;
    }

    /** The number of bytes. */
    public int length() {
        return value.length;
    }

    /** Byte {@code i} as 0..255. */
    public int byteAt(int i) {
        return value[i] & 0xff;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return value.clone();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code repr(bytes)}: CPython's {@code PyBytes_Repr} with smart quotes. */
    @Override
    public String repr() {
        return repr(value);
    }

    /** {@code repr()} of the bytes object holding {@code value}. */
    public static String repr(byte[] value) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : value) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(value.length + 3);
        out.append('b').append(quote);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return value.length != 0;
    }
}
