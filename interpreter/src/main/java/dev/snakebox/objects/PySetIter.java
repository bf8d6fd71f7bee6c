package dev.snakebox.objects;

/** The iterator of a set, in table order; CPython's {@code set_iterator} ({@code Objects/setobject.c}). */
final class PySetIter extends PyObject {
    static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PySetIter) self).next();
            },
            t -> {
                t.method("__length_hint__()", (self, a) -> {
                    PySetIter it = (PySetIter) self;
                    return PyInt.of(it.set == null ? 0 : it.set.size() - it.seen);
                });
                t.method("__reduce__()", (self, a) -> IterReduce.remaining(((PySetIter) self).copy()));
            });

    private PySet set;
    private final int size;
    private int pos;
    private int seen;

    PySetIter(PySet set) {
        this.set = set;
        this.size = set.size();
    }

    /** A copy at the same place, for the reduction ({@code setiter_reduce} copies the iterator). */
    private PySetIter copy() {
        PySetIter c = new PySetIter(set == null ? new PySet() : set);
        c.set = set;
        c.pos = pos;
        c.seen = seen;
        return c;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        PySet s = set;
        if (s == null) {
            return null;
        }
        if (s.size() != size) {
            set = null;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        SetTable t = s.table;
        while (pos < t.capacity()) {
            PyObject k = t.keyAt(pos++);
            if (k != null) {
                seen++;
                return k;
            }
        }
        set = null;
        return null;
    }
}
