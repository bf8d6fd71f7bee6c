package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

/**
 * {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict; CPython's
 * {@code dict_keys}, {@code dict_values}, {@code dict_items} ({@code Objects/dictobject.c}).
 * Keys and items views compare and combine like sets.
 */
final class PyDictView extends PyObject {
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    private static final PyType[] TYPES = {viewType(0), viewType(1), viewType(2)};

    private static PyType viewType(int kind) {
        return PyType.builtin(NAMES[kind], PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> new PyDictIter(((PyDictView) self).dict, kind, false);
                    t.sq_length = self -> ((PyDictView) self).dict.size();
                    t.tp_repr = self -> PyStr.of(((PyDictView) self).reprText());
                    if (kind != PyDictIter.VALUES) {
                        t.sq_contains = (self, item) -> ((PyDictView) self).contains(item);
                        t.tp_richcompare = (a, b, op) -> {
                            if (!(b instanceof PyDictView || b instanceof PySet)) {
                                return PyNotImplemented.NOT_IMPLEMENTED;
                            }
                            return Abstract.richCompare(PySet.fromIterable(PySet.TYPE, a), PySet.fromIterable(PySet.TYPE, b), op);
                        };
                        t.tp_hash = ObjectType.HASH_NOT_IMPLEMENTED;
                        for (int op : new int[] {NB_AND, NB_OR, NB_SUBTRACT, NB_XOR}) {
                            t.nb[op] = (a, b) -> Abstract.binaryOp(op, PySet.fromIterable(PySet.TYPE, a), PySet.fromIterable(PySet.TYPE, b));
                        }
                    }
                },
                t -> {
                    t.method("__reversed__()", (self, a) -> new PyDictIter(((PyDictView) self).dict, kind, true));
                    t.getter("mapping", self -> new PyMappingProxy(((PyDictView) self).dict));
                    if (kind != PyDictIter.VALUES) {
                        t.method("isdisjoint(other, /)", (self, a) -> PyBool.of(((PyDictView) self).isDisjoint(a[0])));
                    }
                });
    }

    final PyDict dict;
    private final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    private boolean contains(PyObject item) {
        if (kind == PyDictIter.KEYS) {
            return dict.containsKey(item);
        }
        if (!(item instanceof PyTuple) || ((PyTuple) item).size() != 2) {
            return false;
        }
        PyObject v = dict.get(((PyTuple) item).get(0));
        return v != null && Abstract.richCompareBool(v, ((PyTuple) item).get(1), Abstract.EQ);
    }

    /** CPython's {@code dictviews_isdisjoint}: no item of {@code other} is in this view. */
    private boolean isDisjoint(PyObject other) {
        PyObject it = Abstract.getIter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            if (contains(x)) {
                return false;
            }
        }
        return true;
    }

    private String reprText() {
        if (!ThreadState.reprEnter(this)) {
            return "...";
        }
        try {
            StringBuilder sb = new StringBuilder(NAMES[kind]).append("([");
            PyObject it = new PyDictIter(dict, kind, false);
            PyObject x;
            boolean first = true;
            while ((x = Abstract.next(it)) != null) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(x).value());
            }
            return sb.append("])").toString();
        } finally {
            ThreadState.reprLeave(this);
        }
    }
}
