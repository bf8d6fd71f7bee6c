package dev.snakebox.objects;

/**
 * An iterator over a dict's keys, values or items, forward or reversed; CPython's
 * {@code dict_keyiterator} and friends ({@code Objects/dictobject.c}), which refuse to go on
 * once the dict has changed size.
 */
final class PyDictIter extends PyObject {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private static final PyType[] TYPES = {
        iterType("dict_keyiterator"), iterType("dict_valueiterator"), iterType("dict_itemiterator")};
    private static final PyType[] REVERSED = {
        iterType("dict_reversekeyiterator"), iterType("dict_reversevalueiterator"), iterType("dict_reverseitemiterator")};

    private static PyType iterType(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> self;
                    t.tp_iternext = self -> ((PyDictIter) self).next();
                },
                t -> {
                    t.method("__length_hint__()", (self, a) -> {
                        PyDictIter it = (PyDictIter) self;
                        return PyInt.of(it.dict == null ? 0 : Math.max(0, it.dict.size() - it.seen));
                    });
                    t.method("__reduce__()", (self, a) -> IterReduce.remaining(((PyDictIter) self).copy()));
                });
    }

    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    private final int size;
    private int pos;
    private int seen;

    PyDictIter(PyDict dict, int kind, boolean reversed) {
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.size = dict.size();
        this.pos = reversed ? dict.entryLimit() - 1 : 0;
    }

    /** A copy at the same place, for the reduction ({@code dictiter_reduce} copies the iterator). */
    private PyDictIter copy() {
        return new PyDictIter(this);
    }

    private PyDictIter(PyDictIter other) {
        this.dict = other.dict;
        this.kind = other.kind;
        this.reversed = other.reversed;
        this.size = other.size;
        this.pos = other.pos;
        this.seen = other.seen;
    }

    @Override
    public PyType type() {
        return reversed ? REVERSED[kind] : TYPES[kind];
    }

    private PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != size) {
            dict = null;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        if (reversed) {
            while (pos >= 0 && (pos >= d.entryLimit() || d.keyAt(pos) == null)) {
                pos--;
            }
            if (pos < 0) {
                dict = null;
                return null;
            }
        } else {
            int limit = d.entryLimit();
            while (pos < limit && d.keyAt(pos) == null) {
                pos++;
            }
            if (pos >= limit) {
                dict = null;
                return null;
            }
        }
        if (seen == size) {
            // An entry beyond the count the dict had at the start: keys were deleted and added.
            dict = null;
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        int i = pos;
        pos += reversed ? -1 : 1;
        seen++;
        switch (kind) {
            case KEYS:
                return d.keyAt(i);
            case VALUES:
                return d.valueAt(i);
            default:
                return PyTuple.wrap(new PyObject[] {d.keyAt(i), d.valueAt(i)});
        }
    }
}
