package dev.snakebox.objects;

import java.util.Arrays;

/**
 * {@code bytearray}; CPython's {@code Objects/bytearrayobject.c}: a growable array of bytes. The
 * slots and the mutating methods are {@link ByteArrayType}, the methods shared with bytes
 * {@link BytesMethods}. Instances of subclasses carry their class and {@code __dict__} here.
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, PyType.BASETYPE, ByteArrayType::fill,
            ByteArrayType::define);
    /** The largest size (Java arrays are int-indexed). */
    static final int MAX_SIZE = Integer.MAX_VALUE - 16;
    private static final byte[] NONE = new byte[0];

    byte[] buf = NONE;
    int size;
    /** Exported buffers (memoryviews) alive: while non-zero the size cannot change. */
    int exports;
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
        checkResizable(value.length);
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

    /** BufferError when a memoryview holds the buffer and the size would change. */
    void checkResizable(int newSize) {
        if (exports > 0 && newSize != size) {
            throw Errors.raise(ExceptionTypes.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    void append(int b) {
        checkResizable(size + 1);
        ensureCapacity((long) size + 1);
        buf[size++] = (byte) b;
    }

    @Override
    public String repr() {
        String name = type.name;
        return name + "(" + PyBytes.repr(toByteArray()) + ")";
    }

    @Override
    public boolean isTrue() {
        return size != 0;
    }
}
