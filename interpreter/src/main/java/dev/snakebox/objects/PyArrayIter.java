package dev.snakebox.objects;

/**
 * An iterator over a fixed array of items: the tuple iterator, and the iterators over snapshots
 * ({@code tuple_iterator}, {@code Objects/tupleobject.c}).
 */
final class PyArrayIter extends PyObject {
    static final PyType TUPLE_ITER = iterType("tuple_iterator");

    static PyType iterType(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> self;
                    t.tp_iternext = self -> ((PyArrayIter) self).next();
                },
                t -> {
                    t.method("__length_hint__()", (self, a) -> {
                        PyArrayIter it = (PyArrayIter) self;
                        return PyInt.of(Math.max(0, it.n - it.i));
                    });
                    t.method("__reduce__()", (self, a) -> {
                        PyArrayIter it = (PyArrayIter) self;
                        return it.seq != null ? IterReduce.at(it.seq, it.i) : IterReduce.exhausted(PyTuple.EMPTY);
                    });
                    // tupleiter_setstate: an exhausted iterator stays so
                    t.method("__setstate__(state, /)", (self, a) -> {
                        PyArrayIter it = (PyArrayIter) self;
                        long index = IterState.index(a[0]);
                        if (it.seq != null) {
                            it.i = IterState.clip(index, 0, it.n);
                        }
                        return PyNone.NONE;
                    });
                });
    }

    private final PyType type;
    private final PyObject[] items;
    private final int n;
    private int i;
    /** The tuple iterated, for the reduction; null once exhausted. */
    private PyObject seq;

    PyArrayIter(PyType type, PyObject[] items, int n, PyObject seq) {
        this.type = type;
        this.items = items;
        this.n = n;
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return type;
    }

    PyObject next() {
        if (i < n) {
            return items[i++];
        }
        seq = null;
        return null;
    }
}
