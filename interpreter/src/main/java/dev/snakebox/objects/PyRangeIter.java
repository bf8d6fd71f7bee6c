package dev.snakebox.objects;

/** The iterator of a range whose values fit a long; CPython's {@code range_iterator}. */
final class PyRangeIter extends PyObject {
    static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyRangeIter) self).next();
            },
            t -> {
                t.method("__length_hint__()", (self, a) -> PyInt.of(((PyRangeIter) self).remaining));
                // rangeiter_reduce: iter(range(next, next + remaining * step, step)), no index
                t.method("__reduce__()", (self, a) -> {
                    PyRangeIter it = (PyRangeIter) self;
                    PyInt start = PyInt.of(it.next);
                    PyInt step = PyInt.of(it.step);
                    PyObject stop = IntOps.add(start, IntOps.mul(PyInt.of(it.remaining), step));
                    return PyTuple.of(ObjectReduce.builtin("iter"),
                            PyTuple.of(Abstract.call(PyRange.TYPE, start, stop, step)), PyNone.NONE);
                });
                // rangeiter_setstate: moves on from where it is, by the clipped index
                t.method("__setstate__(state, /)", (self, a) -> {
                    PyRangeIter it = (PyRangeIter) self;
                    long index = Abstract.index(a[0]).value;
                    index = Math.max(0, Math.min(it.remaining, index));
                    it.next += index * it.step;
                    it.remaining -= index;
                    return PyNone.NONE;
                });
            });

    private long next;
    private final long step;
    private long remaining;

    PyRangeIter(long first, long step, long count) {
        this.next = first;
        this.step = step;
        this.remaining = count;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject next() {
        if (remaining <= 0) {
            return null;
        }
        remaining--;
        long v = next;
        next = v + step;
        return PyInt.of(v);
    }
}
