package dev.snakebox.objects;

/** The iterator of bytes and bytearray: each byte as an int; CPython's {@code striterobject} and {@code bytearrayiterobject}. */
final class PyBytesIter extends PyObject {
    static final PyType BYTES = iterType("bytes_iterator");
    static final PyType BYTEARRAY = iterType("bytearray_iterator");

    private static PyType iterType(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> self;
                    t.tp_iternext = self -> ((PyBytesIter) self).next();
                },
                t -> {
                    t.method("__length_hint__()", (self, a) -> {
                        PyBytesIter it = (PyBytesIter) self;
                        return PyInt.of(it.seq == null ? 0 : Math.max(0, it.length() - it.i));
                    });
                    t.method("__reduce__()", (self, a) -> {
                        PyBytesIter it = (PyBytesIter) self;
                        return it.seq != null ? IterReduce.at(it.seq, it.i) : IterReduce.exhausted(PyTuple.EMPTY);
                    });
                    t.method("__setstate__(state, /)", (self, a) -> {
                        PyBytesIter it = (PyBytesIter) self;
                        long index = IterState.index(a[0]);
                        if (it.seq != null) {
                            it.i = IterState.clip(index, 0, it.length());
                        }
                        return PyNone.NONE;
                    });
                });
    }

    /** The bytes or bytearray; null once exhausted. */
    private PyObject seq;
    private int i;

    PyBytesIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return seq instanceof PyByteArray ? BYTEARRAY : BYTES;
    }

    private int length() {
        return seq instanceof PyByteArray ? ((PyByteArray) seq).size : ((PyBytes) seq).length();
    }

    private PyObject next() {
        if (seq == null) {
            return null;
        }
        if (i < length()) {
            int b = seq instanceof PyByteArray ? ((PyByteArray) seq).buf[i] & 0xff : ((PyBytes) seq).byteAt(i);
            i++;
            return PyInt.of(b);
        }
        seq = null;
        return null;
    }
}
