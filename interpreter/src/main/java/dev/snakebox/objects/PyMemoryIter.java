package dev.snakebox.objects;

/** The iterator of a one-dimensional memoryview: CPython's {@code memoryiterobject} ({@code Objects/memoryobject.c}). */
final class PyMemoryIter extends PyObject {
    static final PyType TYPE = PyType.builtin("memory_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyMemoryIter) self).next();
            },
            null);

    /** The view; null once exhausted. */
    private PyMemoryView seq;
    private final int length;
    private int index;

    PyMemoryIter(PyMemoryView seq) {
        this.seq = seq;
        this.length = seq.shape[0];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code memoryiter_next}: the next item, checking the view was not released meanwhile. */
    private PyObject next() {
        if (seq == null) {
            return null;
        }
        if (index < length) {
            seq.checkReleased();
            int ptr = seq.offset + seq.strides[0] * index++;
            return seq.unpack(ptr);
        }
        seq = null;
        return null;
    }
}
