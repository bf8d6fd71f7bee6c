package dev.snakebox.objects;

import dev.snakebox.objects.format.PercentFormat;

import java.util.Arrays;

/**
 * The slots and the mutating methods of {@code bytearray}; CPython's {@code PyByteArray_Type}
 * ({@code Objects/bytearrayobject.c}: {@code bytearray_ass_subscript}, {@code bytearray___init___impl},
 * {@code bytearray_append_impl}, ...). The methods it shares with bytes are {@link BytesMethods}.
 */
final class ByteArrayType {
    private ByteArrayType() {}

    static PyByteArray b(PyObject o) {
        return (PyByteArray) o;
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(b(self).repr());
        t.tp_str = t.tp_repr;
        t.tp_hash = ObjectType.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, o, op) -> {
            byte[] y = BytesData.of(o);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyByteArray x = b(a);
            return PyBool.of(Abstract.outcome(BytesType.compare(x.buf, x.size, y, y.length), op));
        };
        t.sq_length = self -> b(self).size;
        t.sq_concat = (a, o) -> BytesMethods.make(true, BytesType.concat(b(a).toByteArray(), o, "bytearray"));
        t.sq_repeat = (a, n) -> BytesMethods.make(true, BytesType.repeat(b(a).toByteArray(), ((PyInt) n).value));
        t.sq_inplace_concat = (a, o) -> {
            byte[] y = BytesData.ofOrNull(o);
            if (y == null) {
                throw Errors.typeError("can't concat " + o.type().name + " to bytearray");
            }
            extend(b(a), y);
            return a;
        };
        t.sq_inplace_repeat = (a, n) -> {
            PyByteArray x = b(a);
            x.setContent(BytesType.repeat(x.toByteArray(), ((PyInt) n).value));
            return a;
        };
        t.sq_contains = (self, item) -> BytesSearch.contains(b(self).toByteArray(), item);
        t.mp_subscript = ByteArrayType::getItem;
        t.mp_ass_subscript = ByteArrayType::setItem;
        t.tp_iter = PyBytesIter::new;
        t.tp_new = (type, args, start, nargs, kw) -> new PyByteArray(type);
        t.tp_init = ByteArrayType::init;
        t.nb[dev.snakebox.bytecode.BinaryOps.NB_REMAINDER] = (a, o) -> a instanceof PyByteArray
                ? BytesMethods.make(true, PercentFormat.formatBytes(b(a).toByteArray(), o, RuntimeFormatHost.INSTANCE))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    static void extend(PyByteArray x, byte[] y) {
        x.ensureCapacity((long) x.size + y.length);
        System.arraycopy(y, 0, x.buf, x.size, y.length);
        x.size += y.length;
    }

    private static int index(PyByteArray x, PyObject key) {
        long i = Abstract.asIndexSized(key, false);
        if (i < 0) {
            i += x.size;
        }
        if (i < 0 || i >= x.size) {
            throw Errors.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyByteArray x = b(self);
        if (key instanceof PySlice) {
            return BytesMethods.make(true, BytesType.slice(x.buf, x.size, (PySlice) key));
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        }
        return PyInt.of(x.buf[index(x, key)] & 0xff);
    }

    /** {@code bytearray_ass_subscript}: an item, a slice (resizing for step 1), or their deletion. */
    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray x = b(self);
        if (!(key instanceof PySlice)) {
            if (key.type().nb_index == null) {
                throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
            }
            int i = index(x, key);
            if (value == null) {
                System.arraycopy(x.buf, i + 1, x.buf, i, x.size - i - 1);
                x.size--;
            } else {
                x.buf[i] = (byte) BytesData.byteValue(value);
            }
            return;
        }
        byte[] vs = null;
        if (value != null) {
            vs = BytesData.of(value);
            if (vs == null) {
                if (value.type().nb_index != null || value instanceof PyStr
                        || (value.type().tp_iter == null && value.type().mp_subscript == null)) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                vs = BytesData.fromObject(value, true);
            }
        }
        long[] r = ((PySlice) key).indices(x.size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (step == 1 || (vs != null && vs.length == 0 && n == 0)) {
            int stop = step == 1 ? Math.max(start, (int) r[1]) : start;
            byte[] with = vs == null ? new byte[0] : vs;
            int newSize = x.size - (stop - start) + with.length;
            byte[] a = new byte[newSize];
            System.arraycopy(x.buf, 0, a, 0, start);
            System.arraycopy(with, 0, a, start, with.length);
            System.arraycopy(x.buf, stop, a, start + with.length, x.size - stop);
            x.buf = a;
            x.size = newSize;
            return;
        }
        if (vs == null) {
            boolean[] drop = new boolean[x.size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            int k = 0;
            for (int i = 0; i < x.size; i++) {
                if (!drop[i]) {
                    x.buf[k++] = x.buf[i];
                }
            }
            x.size = k;
            return;
        }
        if (vs.length != n) {
            throw Errors.valueError("attempt to assign bytes of size " + vs.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            x.buf[j] = vs[i];
        }
    }

    private static final Signature INIT_SIG = Signature.parse("bytearray(source=?, encoding=?, errors=?)");

    /** {@code bytearray___init___impl}. */
    private static void init(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = INIT_SIG.bind(args, start, nargs, kwnames);
        PyByteArray x = b(self);
        PyObject arg = a[0];
        PyObject encoding = a[1];
        PyObject errors = a[2];
        byte[] content;
        if (arg == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            content = new byte[0];
        } else if (arg instanceof PyStr) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            content = BytesData.encode(arg, encoding, errors);
        } else if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
        } else if (arg.type().nb_index != null) {
            long n = Abstract.asIndexSized(arg, true);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > PyByteArray.MAX_SIZE) {
                throw Errors.memoryError();
            }
            content = new byte[(int) n];
        } else {
            content = BytesData.fromObject(arg, true);
        }
        x.setContent(content);
    }

    static void define(PyType t) {
        // the buffer protocol in Python (PEP 688); views do not lock the size here (differences/memoryview-exports.md)
        t.method("__buffer__(flags, /)", (self, a) -> {
            Abstract.index(a[0]);
            return Abstract.call(PyMemoryView.TYPE, self);
        });
        t.method("__release_buffer__(buffer, /)", (self, a) -> PyNone.NONE);
        BytesMethods.define(t, true);
        t.method("append(item, /)", (self, a) -> {
            int v = BytesData.byteValue(a[0]);
            b(self).append(v);
            return PyNone.NONE;
        });
        t.method("extend(iterable_of_ints, /)", (self, a) -> {
            byte[] y = BytesData.of(a[0]);
            if (y == null) {
                if (a[0] instanceof PyStr) {
                    throw Errors.typeError("expected iterable of integers; got: 'str'");
                }
                PyType ty = a[0].type();
                if (ty.tp_iter == null && ty.mp_subscript == null) {
                    throw Errors.typeError("can't extend bytearray with " + ty.name);
                }
                y = BytesData.fromObject(a[0], true);
            }
            extend(b(self), y);
            return PyNone.NONE;
        });
        t.method("insert(index, item, /)", (self, a) -> {
            PyByteArray x = b(self);
            long i = Abstract.asIndexSized(a[0], true);
            int v = BytesData.byteValue(a[1]);
            if (i < 0) {
                i = Math.max(0, i + x.size);
            }
            i = Math.min(i, x.size);
            x.ensureCapacity((long) x.size + 1);
            System.arraycopy(x.buf, (int) i, x.buf, (int) i + 1, x.size - (int) i);
            x.buf[(int) i] = (byte) v;
            x.size++;
            return PyNone.NONE;
        });
        t.method("pop(index=-1, /)", (self, a) -> {
            PyByteArray x = b(self);
            long i = Abstract.asIndexSized(a[0], true);
            if (x.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += x.size;
            }
            if (i < 0 || i >= x.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = x.buf[(int) i] & 0xff;
            System.arraycopy(x.buf, (int) i + 1, x.buf, (int) i, x.size - (int) i - 1);
            x.size--;
            return PyInt.of(v);
        });
        t.method("remove(value, /)", (self, a) -> {
            PyByteArray x = b(self);
            int v = BytesData.byteValue(a[0]);
            for (int i = 0; i < x.size; i++) {
                if ((x.buf[i] & 0xff) == v) {
                    System.arraycopy(x.buf, i + 1, x.buf, i, x.size - i - 1);
                    x.size--;
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method("reverse()", (self, a) -> {
            PyByteArray x = b(self);
            for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                byte tmp = x.buf[i];
                x.buf[i] = x.buf[j];
                x.buf[j] = tmp;
            }
            return PyNone.NONE;
        });
        t.method("clear()", (self, a) -> {
            b(self).setContent(new byte[0]);
            return PyNone.NONE;
        });
        t.method("copy()", (self, a) -> BytesMethods.make(true, b(self).toByteArray()));
        t.method("__alloc__()", (self, a) -> PyInt.of(b(self).buf.length + 1));
        // bytearray_sizeof of a 64-bit build: the PyByteArrayObject (56 bytes) and its buffer
        t.method("__sizeof__()", (self, a) -> PyInt.of(56L + (b(self).buf.length == 0 ? 0 : b(self).buf.length + 1)));
        t.method("__reduce__()", (self, a) -> reduce(b(self), 2));
        t.method("__reduce_ex__(proto=0, /)", (self, a) -> reduce(b(self), Abstract.asCInt(a[0])));
    }

    /** {@code _common_reduce} of bytearray: text for the protocols before 3 (Python 2's), bytes from 3 on. */
    private static PyObject reduce(PyByteArray x, int proto) {
        PyObject state = ObjectReduce.getState(x);
        if (x.size == 0) {
            return PyTuple.of(x.type(), PyTuple.EMPTY, state);
        }
        if (proto < 3) {
            StringBuilder latin1 = new StringBuilder(x.size);
            for (int i = 0; i < x.size; i++) {
                latin1.append((char) (x.buf[i] & 0xff));
            }
            return PyTuple.of(x.type(), PyTuple.of(PyStr.of(latin1.toString()), PyStr.of("latin-1")), state);
        }
        return PyTuple.of(x.type(), PyTuple.of(BytesMethods.make(false, x.toByteArray())), state);
    }
}
