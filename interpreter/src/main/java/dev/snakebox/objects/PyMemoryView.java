package dev.snakebox.objects;

/**
 * {@code memoryview} over bytes or a bytearray, format 'B' and one dimension only; CPython's
 * {@code Objects/memoryobject.c}. A view of a bytearray reads and writes its live buffer.
 *
 * <p>Unlike CPython, a live view does not stop the bytearray from changing size: CPython frees
 * (and so releases) a temporary view at once by reference counting, which a garbage-collected
 * heap cannot do, and a view that was never released would lock its bytearray for good. A view
 * whose bytes no longer all exist raises BufferError instead (differences/memoryview-exports.md).
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, 0, PyMemoryView::fill, PyMemoryView::define);

    private final PyObject obj;
    private final int start;
    private final int step;
    private final int length;
    private boolean released;
    /** Made by {@code toreadonly()} (or from such a view): no writes, whatever it views. */
    private boolean readOnlyView;

    private PyMemoryView(PyObject obj, int start, int step, int length) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes viewed into; BufferError when a bytearray shrank below the view. */
    private byte[] buffer() {
        if (obj instanceof PyByteArray) {
            PyByteArray x = (PyByteArray) obj;
            long first = start;
            long last = start + (long) (length - 1) * step;
            if (length > 0 && (Math.max(first, last) >= x.size || Math.min(first, last) < 0)) {
                throw Errors.raise(ExceptionTypes.BufferError, "memoryview: the bytearray it views was resized");
            }
            return x.buf;
        }
        return ((PyBytes) obj).raw();
    }

    private void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** A copy of the viewed bytes. */
    byte[] bytes() {
        checkReleased();
        byte[] buf = buffer();
        byte[] out = new byte[length];
        for (int i = 0, j = start; i < length; i++, j += step) {
            out[i] = buf[j];
        }
        return out;
    }

    private PyMemoryView readOnly(boolean on) {
        readOnlyView = on;
        return this;
    }

    private void release() {
        released = true;
    }

    private static PyMemoryView m(PyObject o) {
        return (PyMemoryView) o;
    }

    private int index(PyObject key) {
        long i = Abstract.asIndexSized(key, false);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return start + (int) i * step;
    }

    private static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of((m(self).released ? "<released memory at 0x" : "<memory at 0x")
                + Identity.hex(self) + ">");
        t.tp_hash = self -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            if (v.obj instanceof PyByteArray) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return PyHash.ofBytes(v.bytes());
        };
        t.tp_richcompare = (a, b, op) -> {
            if (op != Abstract.EQ && op != Abstract.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (a == b) {
                return PyBool.of(op == Abstract.EQ);
            }
            byte[] y = BytesData.of(b);
            if (y == null || m(a).released) {
                return y == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(op == Abstract.NE);
            }
            boolean eq = java.util.Arrays.equals(m(a).bytes(), y);
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        t.sq_length = self -> {
            m(self).checkReleased();
            return m(self).length;
        };
        t.mp_subscript = (self, key) -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(v.length);
                return new PyMemoryView(v.obj, v.start + (int) r[0] * v.step, v.step * (int) r[2], (int) r[3]).readOnly(v.readOnlyView);
            }
            if (key.type().nb_index == null) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            return PyInt.of(v.buffer()[v.index(key)] & 0xff);
        };
        t.mp_ass_subscript = (self, key, value) -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            if (!(v.obj instanceof PyByteArray) || v.readOnlyView) {
                throw Errors.typeError("cannot modify read-only memory");
            }
            if (value == null) {
                throw Errors.typeError("cannot delete memory");
            }
            byte[] buf = v.buffer();
            if (key instanceof PySlice) {
                long[] r = ((PySlice) key).indices(v.length);
                byte[] src = BytesData.require(value);
                if (src.length != r[3]) {
                    throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                for (int i = 0, j = v.start + (int) r[0] * v.step; i < src.length; i++, j += v.step * (int) r[2]) {
                    buf[j] = src[i];
                }
                return;
            }
            if (key.type().nb_index == null) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            if (!(value instanceof PyInt)) {
                throw Errors.typeError("memoryview: invalid type for format 'B'");
            }
            PyInt iv = (PyInt) value;
            if (iv.big != null || iv.value < 0 || iv.value > 255) {
                throw Errors.valueError("memoryview: invalid value for format 'B'");
            }
            buf[v.index(key)] = (byte) iv.value;
        };
        t.tp_iter = self -> Abstract.getIter(PyList.wrap(toList(m(self))));
        t.tp_new = (type, args, start, nargs, kw) -> {
            PyObject[] a = NEW_SIG.bind(args, start, nargs, kw);
            PyObject o = a[0];
            if (o instanceof PyMemoryView) {
                PyMemoryView v = m(o);
                v.checkReleased();
                return new PyMemoryView(v.obj, v.start, v.step, v.length).readOnly(v.readOnlyView);
            }
            if (o instanceof PyBytes) {
                return new PyMemoryView(o, 0, 1, ((PyBytes) o).length());
            }
            if (o instanceof PyByteArray) {
                return new PyMemoryView(o, 0, 1, ((PyByteArray) o).size);
            }
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
        };
    }

    private static final Signature NEW_SIG = Signature.parse("memoryview(object)");

    private static PyObject[] toList(PyMemoryView v) {
        byte[] b = v.bytes();
        PyObject[] items = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            items[i] = PyInt.of(b[i] & 0xff);
        }
        return items;
    }

    private static void define(PyType t) {
        t.method("tobytes(order='C')", (self, a) -> PyBytes.wrap(m(self).bytes()));
        t.method("tolist()", (self, a) -> PyList.wrap(toList(m(self))));
        t.method("hex(sep=?, bytes_per_sep=1)", (self, a) -> PyStr.of(BytesHex.hex(m(self).bytes(), a[0], a[1])));
        t.method("release()", (self, a) -> {
            m(self).release();
            return PyNone.NONE;
        });
        t.method("__enter__()", (self, a) -> {
            m(self).checkReleased();
            return self;
        });
        t.method("__exit__(*args)", (self, a) -> {
            m(self).release();
            return PyNone.NONE;
        });
        t.getter("obj", self -> {
            m(self).checkReleased();
            return m(self).obj;
        });
        t.getter("nbytes", self -> {
            m(self).checkReleased();
            return PyInt.of(m(self).length);
        });
        t.getter("readonly", self -> {
            m(self).checkReleased();
            return PyBool.of(!(m(self).obj instanceof PyByteArray) || m(self).readOnlyView);
        });
        t.getter("format", self -> {
            m(self).checkReleased();
            return PyStr.of("B");
        });
        t.getter("itemsize", self -> {
            m(self).checkReleased();
            return PyInt.of(1);
        });
        t.getter("ndim", self -> {
            m(self).checkReleased();
            return PyInt.of(1);
        });
        t.getter("shape", self -> {
            m(self).checkReleased();
            return PyTuple.of(PyInt.of(m(self).length));
        });
        t.getter("strides", self -> {
            m(self).checkReleased();
            return PyTuple.of(PyInt.of(m(self).step));
        });
        t.getter("contiguous", self -> {
            m(self).checkReleased();
            return PyBool.of(m(self).step == 1 || m(self).length <= 1);
        });
        // one dimension: C and Fortran contiguity are the same thing
        t.getter("c_contiguous", self -> {
            m(self).checkReleased();
            return PyBool.of(m(self).step == 1 || m(self).length <= 1);
        });
        t.getter("f_contiguous", self -> {
            m(self).checkReleased();
            return PyBool.of(m(self).step == 1 || m(self).length <= 1);
        });
        t.getter("suboffsets", self -> {
            m(self).checkReleased();
            return PyTuple.EMPTY;
        });
        t.method("toreadonly()", (self, a) -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            return new PyMemoryView(v.obj, v.start, v.step, v.length).readOnly(true);
        });
        t.method("__buffer__(flags, /)", (self, a) -> {
            Abstract.index(a[0]);
            PyMemoryView v = m(self);
            v.checkReleased();
            return new PyMemoryView(v.obj, v.start, v.step, v.length).readOnly(v.readOnlyView);
        });
        t.method("__release_buffer__(buffer, /)", (self, a) -> PyNone.NONE);
    }
}
