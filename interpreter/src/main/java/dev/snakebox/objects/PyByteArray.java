package dev.snakebox.objects;

import java.util.Arrays;

/**
 * {@code bytearray}; CPython's {@code Objects/bytearrayobject.c}: a growable array of bytes. The
 * slots and the mutating methods are {@link ByteArrayType}, the methods shared with bytes
 * {@link BytesMethods}. Instances of subclasses carry their class and {@code __dict__} here.
 * Memoryviews do not lock the size (see {@link PyMemoryView}).
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyType.BASETYPE, ByteArrayType::fill,
            ByteArrayType::define);
    /**
     * The largest bytes or bytearray (half a GiB, as the longest str): past it, MemoryError on all
     * three targets, before a browser tab runs out of memory.
     */
    static final int MAX_SIZE = 1 << 29;
    private static final byte[] NONE = new byte[0];

    byte[] buf = NONE;
    int size;
    private final PyType type;
    private final PyDict dict;

    public PyByteArray(byte[] value) {
        this(TYPE);
        buf = value.clone();
        size = value.length;
    }

    PyByteArray(PyType type) {
        this.type = type;
        this.dict = type != TYPE && (type.flags & PyType.HAS_DICT) != 0 ? new PyDict() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public int length() {
        return size;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Replaces the content with {@code value} (owned from now on). */
    void setContent(byte[] value) {
        buf = value;
        size = value.length;
    }

    /** Room for {@code n} bytes. */
    void ensureCapacity(long n) {
        if (n > MAX_SIZE) {
            throw Errors.memoryError();
        }
        if (n > buf.length) {
            long grown = Math.max(n, (long) buf.length + (buf.length >> 3) + 6);
            buf = Arrays.copyOf(buf, (int) Math.min(grown, MAX_SIZE));
        }
    }

    void append(int b) {
        ensureCapacity((long) size + 1);
        buf[size++] = (byte) b;
    }

    @Override
    public String repr() {
        return type.name + "(" + repr(toByteArray()) + ")";
    }

    /**
     * The {@code b'...'} part of the repr ({@code bytearray_repr}): single quotes unless the
     * bytes hold a ' and no "; unlike bytes, a ' is escaped whichever quote is used.
     */
    static String repr(byte[] value) {
        char quote = '\'';
        for (byte b : value) {
            if (b == '"') {
                quote = '\'';
                break;
            }
            if (b == '\'') {
                quote = '"';
            }
        }
        StringBuilder out = new StringBuilder(value.length + 3).append('b').append(quote);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == '\'' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                String h = Integer.toHexString(c);
                out.append("\\x").append(h.length() < 2 ? "0" + h : h);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }
}
