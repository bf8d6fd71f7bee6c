package dev.snakebox.objects;

/**
 * {@code memoryview}: a view of the bytes of a bytes or bytearray object with a format, a shape
 * and strides; CPython's {@code PyMemoryViewObject} and its {@code Py_buffer}
 * ({@code Objects/memoryobject.c}). The type's slots and methods are in {@link MemoryViewType}.
 * A view of a bytearray reads and writes its live buffer.
 *
 * <p>Unlike CPython, a live view does not stop the bytearray from changing size: CPython frees
 * (and so releases) a temporary view at once by reference counting, which a garbage-collected
 * heap cannot do, and a view that was never released would lock its bytearray for good. A view
 * whose bytes no longer all exist raises BufferError instead (differences/memoryview-exports.md).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, 0, MemoryViewType::fill, MemoryViewType::define);

    /** {@code PyBUF_MAX_NDIM}. */
    static final int MAX_NDIM = 64;

    // the view's contiguity, as CPython's _Py_MEMORYVIEW_* flags
    static final int SCALAR = 1;
    static final int C = 2;
    static final int FORTRAN = 4;

    // buffer request flags (PyBUF_*) that memoryview._from_flags and __buffer__ take
    static final int BUF_WRITABLE = 0x1;
    static final int BUF_FORMAT = 0x4;
    static final int BUF_ND = 0x8;
    static final int BUF_STRIDES = 0x10 | BUF_ND;
    static final int BUF_C_CONTIGUOUS = 0x20 | BUF_STRIDES;
    static final int BUF_F_CONTIGUOUS = 0x40 | BUF_STRIDES;
    static final int BUF_ANY_CONTIGUOUS = 0x80 | BUF_STRIDES;

    /** What {@code .obj} shows: the exporter (a memoryview for a view made by its {@code __buffer__}). */
    final PyObject obj;
    /** The bytes or bytearray that holds the bytes. */
    final PyObject base;
    /** Where the view's first item starts in the base's bytes ({@code view->buf}). */
    int offset;
    /** The format as given ("B", "@i"...); {@link #fmt} is its one character. */
    String format;
    char fmt;
    int itemsize;
    int ndim;
    int[] shape;
    int[] strides;
    /** {@code view->len}: product(shape) * itemsize. */
    int len;
    boolean readonly;
    boolean released;
    int flags;
    /** Views exported by {@code __buffer__} and not yet released. */
    int exports;
    /** The view whose {@code __buffer__} made this one: its export ends when this one is released. */
    PyMemoryView exportedBy;
    boolean hashed;
    long hash;

    private PyMemoryView(PyObject obj, PyObject base) {
        this.obj = obj;
        this.base = base;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A one-dimensional byte view of all of a bytes or bytearray object ({@code PyBuffer_FillInfo}). */
    private static PyMemoryView ofBytes(PyObject o, int length, boolean readonly) {
        PyMemoryView v = new PyMemoryView(o, o);
        v.format = "B";
        v.fmt = 'B';
        v.itemsize = 1;
        v.ndim = 1;
        v.shape = new int[] {length};
        v.strides = new int[] {1};
        v.len = length;
        v.readonly = readonly;
        v.initFlags();
        return v;
    }

    /**
     * {@code PyMemoryView_FromObjectAndFlags}: a memoryview of a bytes-like object; a new view of
     * the same buffer for a memoryview (the flags apply to the other exporters only).
     */
    static PyMemoryView fromObject(PyObject o, int bufFlags) {
        if (o instanceof PyMemoryView) {
            PyMemoryView v = (PyMemoryView) o;
            v.checkReleased();
            return v.copy(v.obj);
        }
        if (o instanceof PyBytes) {
            if ((bufFlags & BUF_WRITABLE) != 0) {
                throw Errors.raise(ExceptionTypes.BufferError, "Object is not writable.");
            }
            return ofBytes(o, ((PyBytes) o).length(), true);
        }
        if (o instanceof PyByteArray) {
            return ofBytes(o, ((PyByteArray) o).size, false);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
    }

    /** {@code mbuf_add_view}: a new view with the same buffer, format, shape and strides. */
    PyMemoryView copy(PyObject newObj) {
        PyMemoryView v = new PyMemoryView(newObj, base);
        v.offset = offset;
        v.format = format;
        v.fmt = fmt;
        v.itemsize = itemsize;
        v.ndim = ndim;
        v.shape = shape.clone();
        v.strides = strides.clone();
        v.len = len;
        v.readonly = readonly;
        v.flags = flags;
        return v;
    }

    /** {@code CHECK_RELEASED}. */
    void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** {@code _memory_release}: BufferError while views exported by {@code __buffer__} live. */
    void release() {
        if (released) {
            return;
        }
        if (exports > 0) {
            throw Errors.raise(ExceptionTypes.BufferError,
                    "memoryview has " + exports + " exported buffer" + (exports == 1 ? "" : "s"));
        }
        released = true;
        if (exportedBy != null) {
            exportedBy.exports--;
            exportedBy = null;
        }
    }

    /** {@code init_flags}: C, Fortran or scalar contiguity from the shape and strides. */
    void initFlags() {
        int f = 0;
        if (ndim == 0) {
            f = SCALAR | C | FORTRAN;
        } else if (ndim == 1) {
            if (shape[0] == 1 || strides[0] == itemsize) {
                f = C | FORTRAN;
            }
        } else {
            if (isContiguous('C')) {
                f |= C;
            }
            if (isContiguous('F')) {
                f |= FORTRAN;
            }
        }
        flags = f;
    }

    /** {@code PyBuffer_IsContiguous} for order 'C' or 'F'. */
    private boolean isContiguous(char order) {
        if (len == 0) {
            return true;
        }
        long expected = itemsize;
        for (int k = 0; k < ndim; k++) {
            int i = order == 'C' ? ndim - 1 - k : k;
            if (shape[i] > 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    boolean cContiguous() {
        return (flags & (SCALAR | C)) != 0;
    }

    boolean fContiguous() {
        return (flags & (SCALAR | FORTRAN)) != 0;
    }

    boolean anyContiguous() {
        return (flags & (SCALAR | C | FORTRAN)) != 0;
    }

    /** {@code init_len}. */
    void initLen() {
        long n = itemsize;
        for (int i = 0; i < ndim; i++) {
            n *= shape[i];
        }
        len = (int) n;
    }

    /** The bytes the view reads; BufferError when a bytearray shrank below the view. */
    byte[] data() {
        if (base instanceof PyByteArray) {
            PyByteArray b = (PyByteArray) base;
            if (!within(b.size)) {
                throw Errors.raise(ExceptionTypes.BufferError, "memoryview: the bytearray it views was resized");
            }
            return b.buf;
        }
        return ((PyBytes) base).raw();
    }

    /** Whether every byte of every item lies in the first {@code size} bytes. */
    private boolean within(int size) {
        long lo = offset;
        long hi = offset;
        for (int i = 0; i < ndim; i++) {
            if (shape[i] == 0) {
                return true;
            }
            long span = (long) (shape[i] - 1) * strides[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return lo >= 0 && hi + itemsize <= size;
    }

    /** {@code lookup_dimension}: the position of item {@code index} along dimension {@code dim} from {@code ptr}. */
    int lookup(int ptr, int dim, long index) {
        long n = shape[dim];
        if (index < 0) {
            index += n;
        }
        if (index < 0 || index >= n) {
            throw Errors.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return ptr + strides[dim] * (int) index;
    }

    /** The item at byte position {@code ptr}, unpacked. */
    PyObject unpack(int ptr) {
        checkReleased();
        return NativeFormat.unpack(data(), ptr, fmt);
    }

    /** {@code pack_single}: converts {@code value} (which may run Python code), then stores it at {@code ptr}. */
    void pack(int ptr, PyObject value) {
        long bits = NativeFormat.encode(value, fmt);
        checkReleased();
        NativeFormat.store(data(), ptr, itemsize, bits);
    }

    /**
     * The bytes of the view in C ('C' and 'A') or Fortran ('F') order
     * ({@code PyBuffer_ToContiguous}); 'A' copies the memory as it is when it is contiguous.
     */
    byte[] toBytes(char order) {
        byte[] buf = data();
        byte[] out = new byte[len];
        if (len == 0) {
            return out;
        }
        if (order == 'C' && cContiguous() || order == 'F' && fContiguous() || order == 'A' && anyContiguous()) {
            System.arraycopy(buf, offset, out, 0, len);
            return out;
        }
        if (order == 'F') {
            copyFortran(buf, out);
        } else {
            copyC(buf, offset, 0, out, 0);
        }
        return out;
    }

    /** Copies dimension {@code dim} on from {@code ptr} to {@code out} in C order; returns the next output position. */
    private int copyC(byte[] buf, int ptr, int dim, byte[] out, int pos) {
        for (int i = 0; i < shape[dim]; i++, ptr += strides[dim]) {
            if (dim == ndim - 1) {
                System.arraycopy(buf, ptr, out, pos, itemsize);
                pos += itemsize;
            } else {
                pos = copyC(buf, ptr, dim + 1, out, pos);
            }
        }
        return pos;
    }

    /** Copies every item to its place in Fortran order (first index varying fastest). */
    private void copyFortran(byte[] buf, byte[] out) {
        int count = len / itemsize;
        int[] index = new int[ndim];
        for (int n = 0; n < count; n++) {
            int ptr = offset;
            for (int d = 0; d < ndim; d++) {
                ptr += index[d] * strides[d];
            }
            System.arraycopy(buf, ptr, out, n * itemsize, itemsize);
            for (int d = 0; d < ndim; d++) {
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
    }

    /** {@code PyBUF_SIMPLE} as a consumer of bytes asks: BufferError unless the view is C-contiguous. */
    byte[] simpleBytes() {
        checkReleased();
        if (!cContiguous()) {
            throw Errors.raise(ExceptionTypes.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return toBytes('C');
    }

    /** {@code PyBUF_FULL_RO} copied to C order, as {@code bytes(m)} does. */
    byte[] bytes() {
        checkReleased();
        return toBytes('C');
    }

    /** {@code tolist}: the items, nested one list per dimension; the item itself for 0 dimensions. */
    PyObject toList() {
        checkReleased();
        if (ndim == 0) {
            return unpack(offset);
        }
        return listOf(offset, 0);
    }

    private PyObject listOf(int ptr, int dim) {
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++, ptr += strides[dim]) {
            items[i] = dim == ndim - 1 ? unpack(ptr) : listOf(ptr, dim + 1);
        }
        return PyList.wrap(items);
    }

    /** The ints of a shape or strides array as a tuple; () for none. */
    static PyTuple intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.wrap(items);
    }
}
