package dev.snakebox.objects;

/**
 * The iterator of a list, forward or reversed; CPython's {@code list_iterator} and
 * {@code list_reverseiterator} ({@code Objects/listobject.c}). It reads the list as it is at
 * each step, so changes during the loop show, as in CPython.
 */
final class PyListIter extends PyObject {
    static final PyType TYPE = iterType("list_iterator");
    static final PyType REVERSED = iterType("list_reverseiterator");

    private static PyType iterType(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> self;
                    t.tp_iternext = self -> ((PyListIter) self).next();
                },
                t -> {
                    t.method("__length_hint__()", (self, a) -> {
                        PyListIter it = (PyListIter) self;
                        if (it.list == null) {
                            return PyInt.of(0);
                        }
                        return PyInt.of(it.reversed ? it.i + 1 : Math.max(0, it.list.size - it.i));
                    });
                    t.method("__reduce__()", (self, a) -> ((PyListIter) self).reduce());
                    // listiter_setstate / listreviter_setstate: a negative index leaves it exhausted
                    t.method("__setstate__(state, /)", (self, a) -> {
                        PyListIter it = (PyListIter) self;
                        long index = IterState.index(a[0]);
                        if (it.list != null) {
                            if (index < 0) {
                                it.list = null;
                            } else {
                                it.i = IterState.clip(index, 0, it.reversed ? it.list.size - 1 : it.list.size);
                            }
                        }
                        return PyNone.NONE;
                    });
                });
    }

    private PyList list;
    private final boolean reversed;
    private int i;

    PyListIter(PyList list, boolean reversed) {
        this.list = list;
        this.reversed = reversed;
        this.i = reversed ? list.size - 1 : 0;
    }

    @Override
    public PyType type() {
        return reversed ? REVERSED : TYPE;
    }

    /** {@code listiter_reduce_general}: a reversed one rebuilds through {@code reversed}, also once exhausted. */
    private PyObject reduce() {
        if (!reversed) {
            return list != null ? IterReduce.at(list, i) : IterReduce.exhausted(new PyList());
        }
        PyObject rev = ObjectReduce.builtin("reversed");
        return list != null ? PyTuple.of(rev, PyTuple.of(list), PyInt.of(i)) : PyTuple.of(rev, PyTuple.of(new PyList()));
    }

    PyObject next() {
        PyList l = list;
        if (l == null) {
            return null;
        }
        if (reversed) {
            if (i >= 0 && i < l.size) {
                return l.items[i--];
            }
        } else if (i < l.size) {
            return l.items[i++];
        }
        list = null;
        return null;
    }
}
