package dev.snakebox.objects;

/**
 * The iterator of an object that has {@code __getitem__} but no {@code __iter__}: items 0, 1,
 * 2... until IndexError (or StopIteration); CPython's {@code iterator}
 * ({@code PySeqIter_Type}, {@code Objects/iterobject.c}).
 */
final class PySeqIter extends PyObject {
    static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PySeqIter) self).next();
            },
            t -> t.method("__reduce__()", (self, a) -> {
                PySeqIter it = (PySeqIter) self;
                return it.seq != null ? IterReduce.at(it.seq, it.i) : IterReduce.exhausted(PyTuple.EMPTY);
            }));

    private PyObject seq;
    private long i;

    PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (seq == null) {
            return null;
        }
        try {
            PyObject r = Abstract.getItem(seq, PyInt.of(i));
            i++;
            return r;
        } catch (PyException e) {
            PyType t = e.value.type();
            if (t.isSubtypeOf(ExceptionTypes.IndexError) || t.isSubtypeOf(ExceptionTypes.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
