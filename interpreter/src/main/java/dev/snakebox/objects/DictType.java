package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

/**
 * The slots and methods of {@code dict}; CPython's {@code PyDict_Type} ({@code Objects/dictobject.c}).
 * The views and iterators are {@link PyDictView} and {@link PyDictIter}.
 */
final class DictType {
    private DictType() {}

    private static final PyStr MISSING = PyStr.intern("__missing__");
    private static final PyStr KEYS = PyStr.intern("keys");

    static PyDict d(PyObject o) {
        return (PyDict) o;
    }

    static String repr(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!ThreadState.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                PyObject v = d.valueAt(i);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(k).value()).append(": ").append(Abstract.repr(v).value());
            }
            return sb.append('}').toString();
        } finally {
            ThreadState.reprLeave(d);
        }
    }

    /** {@code d[key]}: KeyError, or {@code __missing__} for a subclass that has it. */
    static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = d(self);
        PyObject v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.type != null) {
            PyObject missing = d.type.lookup(MISSING);
            if (missing != null) {
                return HeapSlots.callDescr(missing, self, new PyObject[] {key});
            }
        }
        throw Errors.keyError(key);
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(repr(d(self)));
        t.tp_hash = ObjectType.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyDict) || op != Abstract.EQ && op != Abstract.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = equal(d(a), d(b));
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        t.sq_length = self -> d(self).size();
        t.sq_contains = (self, key) -> d(self).containsKey(key);
        t.mp_subscript = DictType::getItem;
        t.mp_ass_subscript = (self, key, value) -> {
            if (value == null) {
                if (d(self).remove(key) == null) {
                    throw Errors.keyError(key);
                }
            } else {
                d(self).put(key, value);
            }
        };
        t.tp_iter = self -> new PyDictIter(d(self), PyDictIter.KEYS, false);
        t.nb[NB_OR] = (a, b) -> {
            if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = d(a).copy();
            r.putAll(d(b));
            return r;
        };
        t.nb[NB_INPLACE_OR] = (a, b) -> {
            update(d(a), b);
            return a;
        };
        t.tp_new = (type, args, start, nargs, kw) -> new PyDict(type);
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (nargs > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + nargs);
            }
            if (nargs == 1) {
                update(d(self), args[start]);
            }
            int nkw = kwnames == null ? 0 : kwnames.size();
            for (int i = 0; i < nkw; i++) {
                d(self).put(kwnames.get(i), args[start + nargs + i]);
            }
        };
    }

    /** {@code dict_equal}: same size, and every key maps to an equal value. */
    private static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryLimit(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject av = a.valueAt(i);
            PyObject bv = b.get(k, a.hashAt(i));
            if (bv == null || !Abstract.richCompareBool(av, bv, Abstract.EQ)) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict_update_arg}: a dict, an object with {@code keys()}, or an iterable of pairs. */
    static void update(PyDict d, PyObject arg) {
        if (arg instanceof PyDict) {
            d.putAll((PyDict) arg);
            return;
        }
        PyObject keys = Abstract.lookupAttr(arg, KEYS);
        if (keys != null) {
            for (PyObject k : Abstract.toArray(Abstract.call(keys))) {
                d.put(k, Abstract.getItem(arg, k));
            }
            return;
        }
        PyObject it = Abstract.getIter(arg);
        PyObject item;
        int n = 0;
        while ((item = Abstract.next(it)) != null) {
            PyObject[] pair;
            try {
                pair = Abstract.toArray(item);
            } catch (PyException e) {
                if (e.value.type() == ExceptionTypes.TypeError) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                        + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
            n++;
        }
    }

    static void define(PyType t) {
        t.method("keys()", (self, a) -> new PyDictView(d(self), PyDictIter.KEYS));
        t.method("values()", (self, a) -> new PyDictView(d(self), PyDictIter.VALUES));
        t.method("items()", (self, a) -> new PyDictView(d(self), PyDictIter.ITEMS));
        t.method("get(key, default=None, /)", (self, a) -> {
            PyObject v = d(self).get(a[0]);
            return v == null ? a[1] : v;
        });
        t.method("setdefault(key, default=None, /)", (self, a) -> {
            PyDict d = d(self);
            long h = Abstract.hash(a[0]);
            PyObject v = d.get(a[0], h);
            if (v == null) {
                d.put(a[0], h, a[1]);
                return a[1];
            }
            return v;
        });
        t.method("pop(key, default=?, /)", (self, a) -> {
            PyObject v = d(self).remove(a[0]);
            if (v == null) {
                if (a[1] == null) {
                    throw Errors.keyError(a[0]);
                }
                return a[1];
            }
            return v;
        });
        t.method("popitem()", (self, a) -> {
            PyObject[] kv = d(self).popLast();
            if (kv == null) {
                throw Errors.raise(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            }
            return PyTuple.wrap(kv);
        });
        t.rawMethod("update", (self, args, start, nargs, kwnames) -> {
            if (nargs > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + nargs);
            }
            if (nargs == 1) {
                update(d(self), args[start]);
            }
            int nkw = kwnames == null ? 0 : kwnames.size();
            for (int i = 0; i < nkw; i++) {
                d(self).put(kwnames.get(i), args[start + nargs + i]);
            }
            return PyNone.NONE;
        });
        t.method("clear()", (self, a) -> {
            d(self).clear();
            return PyNone.NONE;
        });
        t.method("copy()", (self, a) -> d(self).copy());
        t.method("__reversed__()", (self, a) -> new PyDictIter(d(self), PyDictIter.KEYS, true));
        t.method("__getitem__(key, /)", (self, a) -> getItem(self, a[0]));
        t.method("__sizeof__()", (self, a) -> PyInt.of(64 + 24L * d(self).entryLimit()));
        t.classMethod("fromkeys(iterable, value=None, /)", (cls, a) -> {
            PyObject r = Abstract.call(cls);
            for (PyObject k : Abstract.toArray(a[0])) {
                Abstract.setItem(r, k, a[1]);
            }
            return r;
        });
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
    }
}
