package dev.snakebox.objects;

import dev.snakebox.parser.EllipsisObject;

/**
 * The slots and methods of {@code memoryview}: CPython's {@code memory_subscript},
 * {@code memory_ass_sub}, {@code memory_hash}, {@code memory_getbuf} and the method and getset
 * tables of {@code Objects/memoryobject.c}, with their checks in the same order.
 */
final class MemoryViewType {
    private MemoryViewType() {}

    private static PyMemoryView m(PyObject o) {
        return (PyMemoryView) o;
    }

    private static final Signature NEW_SIG = Signature.parse("memoryview(object)");

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of((m(self).released ? "<released memory at 0x" : "<memory at 0x")
                + Identity.hex(self) + ">");
        t.tp_hash = MemoryViewType::hash;
        t.tp_richcompare = MemoryViewCompare::richCompare;
        t.sq_length = self -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            if (v.ndim == 0) {
                throw Errors.typeError("0-dim memory has no length");
            }
            return v.shape[0];
        };
        t.mp_subscript = MemoryViewType::subscript;
        t.mp_ass_subscript = MemoryViewType::assign;
        t.tp_iter = self -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            if (v.ndim == 0) {
                throw Errors.typeError("invalid indexing of 0-dim memory");
            }
            if (v.ndim != 1) {
                throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return new PyMemoryIter(v);
        };
        t.tp_new = (type, args, start, nargs, kw) -> PyMemoryView.fromObject(NEW_SIG.bind(args, start, nargs, kw)[0], 0);
    }

    /** {@code memory_hash}: readonly one-byte formats only, equal to the hash of the bytes; computed once. */
    private static long hash(PyObject self) {
        PyMemoryView v = m(self);
        if (!v.hashed) {
            v.checkReleased();
            if (!v.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if (!NativeFormat.isByteFormat(v.fmt)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Abstract.hash(v.obj); // an unhashable exporter (a bytearray behind toreadonly()) says so
            v.hash = PyHash.ofBytes(v.toBytes('C'));
            v.hashed = true;
        }
        return v.hash;
    }

    /** {@code PyNumber_AsSsize_t(key, PyExc_IndexError)}. */
    private static long indexOf(PyObject key) {
        PyInt i = Abstract.index(key);
        if (i.big != null) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    private static boolean isIndex(PyObject key) {
        return key.type().nb_index != null;
    }

    /** {@code is_multiindex}: a tuple of index-like objects, the empty tuple included. */
    private static boolean isMultiIndex(PyObject key) {
        if (!(key instanceof PyTuple)) {
            return false;
        }
        for (PyObject x : ((PyTuple) key).toArray()) {
            if (!isIndex(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code is_multislice}: a non-empty tuple of slices. */
    private static boolean isMultiSlice(PyObject key) {
        if (!(key instanceof PyTuple) || ((PyTuple) key).size() == 0) {
            return false;
        }
        for (PyObject x : ((PyTuple) key).toArray()) {
            if (!(x instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    /** {@code ptr_from_tuple}: the item a full tuple of indices names. */
    private static int ptrFromTuple(PyMemoryView v, PyTuple key) {
        int n = key.size();
        if (n > v.ndim) {
            throw Errors.typeError("cannot index " + v.ndim + "-dimension view with " + n + "-element tuple");
        }
        int ptr = v.offset;
        for (int dim = 0; dim < n; dim++) {
            ptr = v.lookup(ptr, dim, indexOf(key.get(dim)));
        }
        return ptr;
    }

    private static boolean isEmptyTuple(PyObject key) {
        return key instanceof PyTuple && ((PyTuple) key).size() == 0;
    }

    /** {@code memory_subscript}. */
    private static PyObject subscript(PyObject self, PyObject key) {
        PyMemoryView v = m(self);
        v.checkReleased();
        if (v.ndim == 0) {
            if (isEmptyTuple(key)) {
                return v.unpack(v.offset);
            }
            if (key == EllipsisObject.ELLIPSIS) {
                return self;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            long index = indexOf(key);
            v.checkReleased();
            if (v.ndim != 1) {
                throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return v.unpack(v.lookup(v.offset, 0, index));
        }
        if (key instanceof PySlice) {
            PyMemoryView sliced = v.copy(v.obj);
            slice(sliced, (PySlice) key);
            return sliced;
        }
        if (isMultiIndex(key)) {
            if (((PyTuple) key).size() < v.ndim) {
                throw Errors.notImplemented("sub-views are not implemented");
            }
            return v.unpack(ptrFromTuple(v, (PyTuple) key));
        }
        if (isMultiSlice(key)) {
            throw Errors.notImplemented("multi-dimensional slicing is not implemented");
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    /** {@code init_slice} on the first dimension, then {@code init_len} and {@code init_flags}. */
    private static void slice(PyMemoryView v, PySlice key) {
        long[] r = key.indices(v.shape[0]);
        v.offset += v.strides[0] * (int) r[0];
        v.shape[0] = (int) r[3];
        v.strides[0] = v.strides[0] * (int) r[2];
        v.initLen();
        v.initFlags();
    }

    /** {@code memory_ass_sub}. */
    private static void assign(PyObject self, PyObject key, PyObject value) {
        PyMemoryView v = m(self);
        v.checkReleased();
        if (v.readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete memory");
        }
        if (v.ndim == 0) {
            if (key == EllipsisObject.ELLIPSIS || isEmptyTuple(key)) {
                v.pack(v.offset, value);
                return;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (v.ndim > 1) {
                throw Errors.notImplemented("sub-views are not implemented");
            }
            v.pack(v.lookup(v.offset, 0, indexOf(key)), value);
            return;
        }
        if (key instanceof PySlice && v.ndim == 1) {
            PyMemoryView src = buffer(value);
            PyMemoryView dest = v.copy(v.obj);
            slice(dest, (PySlice) key);
            copySingle(v, dest, src);
            return;
        }
        if (isMultiIndex(key)) {
            if (((PyTuple) key).size() < v.ndim) {
                throw Errors.notImplemented("sub-views are not implemented");
            }
            int ptr = ptrFromTuple(v, (PyTuple) key);
            v.pack(ptr, value);
            return;
        }
        if (key instanceof PySlice || isMultiSlice(key)) {
            throw Errors.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    /** {@code PyObject_GetBuffer(value, PyBUF_FULL_RO)} for the right side of a slice assignment. */
    private static PyMemoryView buffer(PyObject value) {
        if (value instanceof PyMemoryView) {
            PyMemoryView s = m(value);
            s.checkReleased();
            return s;
        }
        if (value instanceof PyBytes || value instanceof PyByteArray) {
            return PyMemoryView.fromObject(value, 0);
        }
        throw Errors.typeError("a bytes-like object is required, not '" + value.type().name + "'");
    }

    /** {@code copy_single}: the same format and shape, else ValueError; the source read whole first, as memmove does. */
    private static void copySingle(PyMemoryView self, PyMemoryView dest, PyMemoryView src) {
        self.checkReleased();
        String df = dest.format.startsWith("@") ? dest.format.substring(1) : dest.format;
        String sf = src.format.startsWith("@") ? src.format.substring(1) : src.format;
        if (!df.equals(sf) || dest.itemsize != src.itemsize || src.ndim != 1 || dest.shape[0] != src.shape[0]) {
            throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        byte[] items = src.toBytes('C');
        byte[] buf = dest.data();
        for (int i = 0, p = dest.offset; i < dest.shape[0]; i++, p += dest.strides[0]) {
            System.arraycopy(items, i * dest.itemsize, buf, p, dest.itemsize);
        }
    }

    static void define(PyType t) {
        t.method("tobytes(order='C')", (self, a) -> {
            PyObject o = a[0];
            if (o != PyNone.NONE && !(o instanceof PyStr)) {
                throw Errors.typeError("tobytes() argument 'order' must be str or None, not " + o.type().name);
            }
            PyMemoryView v = m(self);
            v.checkReleased();
            char ord = 'C';
            if (o instanceof PyStr) {
                String s = ((PyStr) o).value();
                if (s.equals("F") || s.equals("A")) {
                    ord = s.charAt(0);
                } else if (!s.equals("C")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return PyBytes.wrap(v.toBytes(ord));
        });
        t.method("tolist()", (self, a) -> m(self).toList());
        t.method("hex(sep=?, bytes_per_sep=1)", (self, a) -> PyStr.of(BytesHex.hex(m(self).bytes(), a[0], a[1])));
        t.method("release()", (self, a) -> {
            m(self).release();
            return PyNone.NONE;
        });
        t.method("__enter__()", (self, a) -> {
            m(self).checkReleased();
            return self;
        });
        t.method("__exit__(*exc_info)", (self, a) -> {
            m(self).release();
            return PyNone.NONE;
        });
        t.method("cast(format, shape=?)", (self, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("cast() argument 'format' must be str, not " + a[0].type().name);
            }
            return MemoryViewCast.cast(m(self), a[0], a[1]);
        });
        t.method("toreadonly()", (self, a) -> {
            PyMemoryView v = m(self);
            v.checkReleased();
            PyMemoryView r = v.copy(v.obj);
            r.readonly = true;
            return r;
        });
        t.classMethod("_from_flags(object, flags)", (cls, a) -> PyMemoryView.fromObject(a[0], Abstract.asCInt(a[1])));
        t.method("__buffer__(flags, /)", (self, a) -> {
            // wrap_buffer: a C int
            PyInt flags = Abstract.index(a[0]);
            if (flags.big != null) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            if (flags.value > Integer.MAX_VALUE || flags.value < Integer.MIN_VALUE) {
                throw Errors.overflow("buffer flags out of range");
            }
            return getBuffer(m(self), (int) flags.value);
        });
        t.method("__release_buffer__(buffer, /)", (self, a) -> {
            if (!(a[0] instanceof PyMemoryView)) {
                throw Errors.typeError("expected a memoryview object");
            }
            PyMemoryView b = m(a[0]);
            if (b.obj != self) {
                throw Errors.valueError("memoryview's buffer is not this object");
            }
            if (b.released) {
                throw Errors.valueError("memoryview's buffer has already been released");
            }
            b.release();
            return PyNone.NONE;
        });
        t.getter("obj", self -> live(self).obj);
        t.getter("nbytes", self -> PyInt.of(live(self).len));
        t.getter("readonly", self -> PyBool.of(live(self).readonly));
        t.getter("itemsize", self -> PyInt.of(live(self).itemsize));
        t.getter("format", self -> PyStr.of(live(self).format));
        t.getter("ndim", self -> PyInt.of(live(self).ndim));
        t.getter("shape", self -> PyMemoryView.intTuple(live(self).shape));
        t.getter("strides", self -> PyMemoryView.intTuple(live(self).strides));
        t.getter("suboffsets", self -> {
            live(self);
            return PyTuple.EMPTY;
        });
        t.getter("c_contiguous", self -> PyBool.of(live(self).cContiguous()));
        t.getter("f_contiguous", self -> PyBool.of(live(self).fContiguous()));
        t.getter("contiguous", self -> PyBool.of(live(self).anyContiguous()));
    }

    /** The view, once checked not released (every getter checks first). */
    private static PyMemoryView live(PyObject self) {
        m(self).checkReleased();
        return m(self);
    }

    /**
     * {@code memory_getbuf} through {@code __buffer__}: a view of this one for a buffer request,
     * counted as an export of it until released; without PyBUF_FORMAT its items read as unsigned
     * bytes, without PyBUF_ND it is one-dimensional.
     */
    private static PyMemoryView getBuffer(PyMemoryView self, int flags) {
        self.checkReleased();
        if ((flags & PyMemoryView.BUF_WRITABLE) != 0 && self.readonly) {
            throw bufferError("memoryview: underlying buffer is not writable");
        }
        boolean format = (flags & PyMemoryView.BUF_FORMAT) != 0;
        if (has(flags, PyMemoryView.BUF_C_CONTIGUOUS) && !self.cContiguous()) {
            throw bufferError("memoryview: underlying buffer is not C-contiguous");
        }
        if (has(flags, PyMemoryView.BUF_F_CONTIGUOUS) && !self.fContiguous()) {
            throw bufferError("memoryview: underlying buffer is not Fortran contiguous");
        }
        if (has(flags, PyMemoryView.BUF_ANY_CONTIGUOUS) && !self.anyContiguous()) {
            throw bufferError("memoryview: underlying buffer is not contiguous");
        }
        PyMemoryView v = self.copy(self);
        if (!has(flags, PyMemoryView.BUF_STRIDES)) {
            if (!self.cContiguous()) {
                throw bufferError("memoryview: underlying buffer is not C-contiguous");
            }
            // no strides given: the consumer rebuilds C-contiguous ones from the shape
            for (int i = v.ndim - 1, s = v.itemsize; i >= 0; s *= v.shape[i], i--) {
                v.strides[i] = s;
            }
        }
        if (!has(flags, PyMemoryView.BUF_ND)) {
            if (format) {
                throw bufferError("memoryview: cannot cast to unsigned bytes if the format flag is present");
            }
            v.ndim = 1;
            v.shape = new int[] {v.len / v.itemsize};
            v.strides = new int[] {v.itemsize};
        }
        if (!format) {
            v.format = "B";
            v.fmt = 'B';
        }
        v.initFlags();
        v.exportedBy = self;
        self.exports++;
        return v;
    }

    private static boolean has(int flags, int request) {
        return (flags & request) == request;
    }

    private static PyException bufferError(String msg) {
        return Errors.raise(ExceptionTypes.BufferError, msg);
    }
}
