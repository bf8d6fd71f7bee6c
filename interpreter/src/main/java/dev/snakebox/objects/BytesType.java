package dev.snakebox.objects;

import dev.snakebox.objects.format.PercentFormat;

import java.util.Arrays;

/**
 * The slots of {@code bytes}; CPython's {@code PyBytes_Type} ({@code Objects/bytesobject.c}:
 * {@code bytes_richcompare}, {@code bytes_concat}, {@code bytes_subscript}, {@code bytes_new_impl}).
 * The methods it shares with bytearray are {@link BytesMethods}.
 */
final class BytesType {
    private BytesType() {}

    static byte[] v(PyObject o) {
        return ((PyBytes) o).raw();
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(PyBytes.repr(v(self)));
        t.tp_str = t.tp_repr;
        t.tp_hash = self -> PyHash.ofBytes(v(self));
        t.tp_richcompare = (a, b, op) -> b instanceof PyBytes
                ? PyBool.of(Abstract.outcome(compare(v(a), v(a).length, v(b), v(b).length), op))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sq_length = self -> v(self).length;
        t.sq_concat = (a, b) -> PyBytes.wrap(concat(v(a), b, "bytes"));
        t.sq_repeat = (a, n) -> PyBytes.wrap(repeat(v(a), ((PyInt) n).value));
        t.sq_contains = (self, item) -> BytesSearch.contains(v(self), item);
        t.mp_subscript = BytesType::getItem;
        t.tp_iter = PyBytesIter::new;
        t.tp_new = BytesType::newBytes;
        t.nb[dev.snakebox.bytecode.BinaryOps.NB_REMAINDER] = (a, b) -> a instanceof PyBytes
                ? PyBytes.wrap(PercentFormat.formatBytes(v(a), b, RuntimeFormatHost.INSTANCE))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Unsigned lexicographic comparison, then the lengths. */
    static int compare(byte[] a, int na, byte[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return (a[i] & 0xff) - (b[i] & 0xff);
            }
        }
        return Integer.compare(na, nb);
    }

    /** {@code a + b} where b must be bytes-like: "can't concat str to bytes". */
    static byte[] concat(byte[] a, PyObject b, String selfType) {
        byte[] y = BytesData.ofOrNull(b);
        if (y == null) {
            throw Errors.typeError("can't concat " + b.type().name + " to " + selfType);
        }
        if ((long) a.length + y.length > PyByteArray.MAX_SIZE) {
            throw Errors.memoryError();
        }
        byte[] r = Arrays.copyOf(a, a.length + y.length);
        System.arraycopy(y, 0, r, a.length, y.length);
        return r;
    }

    static byte[] repeat(byte[] a, long n) {
        if (n <= 0 || a.length == 0) {
            return new byte[0];
        }
        if (n > PyByteArray.MAX_SIZE / a.length) {
            throw Errors.memoryError();
        }
        byte[] r = new byte[(int) (a.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
        }
        return r;
    }

    /** The bytes a slice selects. */
    static byte[] slice(byte[] s, int n, PySlice slice) {
        long[] r = slice.indices(n);
        int start = (int) r[0];
        int step = (int) r[2];
        int len = (int) r[3];
        if (step == 1) {
            return Arrays.copyOfRange(s, start, start + len);
        }
        byte[] out = new byte[len];
        for (int i = 0, j = start; i < len; i++, j += step) {
            out[i] = s[j];
        }
        return out;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        byte[] s = v(self);
        if (key instanceof PySlice) {
            return PyBytes.wrap(slice(s, s.length, (PySlice) key));
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name);
        }
        long i = Abstract.asIndexSized(key, false);
        if (i < 0) {
            i += s.length;
        }
        if (i < 0 || i >= s.length) {
            throw Errors.indexError("index out of range");
        }
        return PyInt.of(s[(int) i] & 0xff);
    }

    private static final Signature NEW_SIG = Signature.parse("bytes(source=?, encoding=?, errors=?)");
    private static final PyStr BYTES = PyStr.intern("__bytes__");

    /** {@code bytes_new_impl}. */
    private static PyObject newBytes(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SIG.bind(args, start, nargs, kwnames);
        PyObject x = a[0];
        PyObject encoding = a[1];
        PyObject errors = a[2];
        byte[] b;
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            b = new byte[0];
        } else if (encoding != null) {
            if (!(x instanceof PyStr)) {
                throw Errors.typeError("encoding without a string argument");
            }
            b = BytesData.encode(x, encoding, errors);
        } else if (errors != null) {
            throw Errors.typeError(x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
        } else {
            PyObject special = x.type().lookup(BYTES);
            if (special != null) {
                PyObject r = HeapSlots.callDescr(special, x, new PyObject[0]);
                if (!(r instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
                }
                if (type == PyBytes.TYPE) {
                    return r;
                }
                b = v(r);
            } else if (x instanceof PyStr) {
                throw Errors.typeError("string argument without an encoding");
            } else if (x.type().nb_index != null) {
                long n = Abstract.asIndexSized(x, true);
                if (n < 0) {
                    throw Errors.valueError("negative count");
                }
                if (n > PyByteArray.MAX_SIZE) {
                    throw Errors.memoryError();
                }
                b = new byte[(int) n];
            } else {
                b = BytesData.fromObject(x, false);
            }
        }
        if (type == PyBytes.TYPE) {
            return PyBytes.wrap(b);
        }
        return new PyBytesSubclass(type, b);
    }

    static void define(PyType t) {
        // the buffer protocol in Python (PEP 688): a view of the bytes
        t.method("__buffer__(flags, /)", (self, a) -> {
            Abstract.index(a[0]);
            return Abstract.call(PyMemoryView.TYPE, self);
        });
        BytesMethods.define(t, false);
        t.method("__bytes__()", (self, a) -> self.getClass() == PyBytes.class ? self : PyBytes.wrap(v(self)));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(PyBytes.wrap(v(self))));
    }
}
