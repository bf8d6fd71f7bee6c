package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

/**
 * The slots and methods of {@code set} and {@code frozenset}; CPython's {@code PySet_Type} and
 * {@code PyFrozenSet_Type} ({@code Objects/setobject.c}: {@code set_union},
 * {@code set_intersection}, {@code set_difference}, {@code set_symmetric_difference},
 * {@code set_richcompare}, {@code frozenset_hash}, ...), whose iteration orders the results
 * follow.
 */
final class SetType {
    private SetType() {}

    static PySet s(PyObject o) {
        return (PySet) o;
    }

    static String repr(PySet set) {
        String name = set.type().name;
        if (set.size() == 0) {
            return name + "()";
        }
        if (!ThreadState.reprEnter(set)) {
            return name + "(...)";
        }
        try {
            PyObject[] items = set.toArray();
            StringBuilder sb = new StringBuilder();
            boolean plain = set.type() == PySet.TYPE;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            ThreadState.reprLeave(set);
        }
    }

    /** A new empty set of the same kind as {@code s} ({@code make_new_set_basetype}). */
    private static PySet like(PySet s) {
        return s.isFrozen() ? new PyFrozenSet(PyFrozenSet.TYPE) : new PySet();
    }

    private static PySet copyOf(PySet s) {
        PySet r = like(s);
        r.table.merge(s.table);
        return r;
    }

    /** The other operand of an operator: only sets and frozensets. */
    private static boolean isSet(PyObject o) {
        return o instanceof PySet;
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = copyOf(a);
        r.update(b);
        return r;
    }

    static PySet intersection(PySet so, PyObject other) {
        PySet result = like(so);
        if (other instanceof PySet) {
            PySet a = so;
            PySet b = (PySet) other;
            if (b.size() > a.size()) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i < b.table.capacity(); i++) {
                PyObject k = b.table.keyAt(i);
                if (k != null && a.table.contains(k, b.table.hashAt(i))) {
                    result.table.add(k, b.table.hashAt(i));
                }
            }
            return result;
        }
        PyObject it = Abstract.getIter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            long h = Abstract.hash(x);
            if (so.table.contains(x, h)) {
                result.table.add(x, h);
            }
        }
        return result;
    }

    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet) {
            otherSize = ((PySet) other).size();
        } else if (other instanceof PyDict && other.type() == PyDict.TYPE) {
            otherSize = ((PyDict) other).size();
        } else {
            PySet r = copyOf(so);
            differenceUpdate(r, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            PySet r = copyOf(so);
            differenceUpdate(r, other);
            return r;
        }
        PySet result = like(so);
        for (int i = 0; i < so.table.capacity(); i++) {
            PyObject k = so.table.keyAt(i);
            if (k == null) {
                continue;
            }
            long h = so.table.hashAt(i);
            boolean in = other instanceof PySet ? ((PySet) other).table.contains(k, h) : ((PyDict) other).get(k, h) != null;
            if (!in) {
                result.table.add(k, h);
            }
        }
        return result;
    }

    static void differenceUpdate(PySet so, PyObject other) {
        if (other == so) {
            so.table.clear();
            return;
        }
        if (other instanceof PySet) {
            SetTable t = ((PySet) other).table;
            for (int i = 0; i < t.capacity(); i++) {
                PyObject k = t.keyAt(i);
                if (k != null) {
                    so.table.discard(k, t.hashAt(i));
                }
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            so.discard(x);
        }
    }

    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet r = like(so);
        r.update(other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (other == so) {
            so.table.clear();
            return;
        }
        PySet o = other instanceof PySet ? (PySet) other : PySet.fromIterable(PySet.TYPE, other);
        SetTable t = o.table;
        for (int i = 0; i < t.capacity(); i++) {
            PyObject k = t.keyAt(i);
            if (k == null) {
                continue;
            }
            long h = t.hashAt(i);
            if (!so.table.discard(k, h)) {
                so.table.add(k, h);
            }
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.table.capacity(); i++) {
            PyObject k = a.table.keyAt(i);
            if (k != null && !b.table.contains(k, a.table.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!isSet(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet x = s(a);
        PySet y = s(b);
        switch (op) {
            case Abstract.EQ:
                return PyBool.of(x.size() == y.size() && isSubset(x, y));
            case Abstract.NE:
                return PyBool.of(!(x.size() == y.size() && isSubset(x, y)));
            case Abstract.LE:
                return PyBool.of(isSubset(x, y));
            case Abstract.GE:
                return PyBool.of(isSubset(y, x));
            case Abstract.LT:
                return PyBool.of(x.size() < y.size() && isSubset(x, y));
            default:
                return PyBool.of(x.size() > y.size() && isSubset(y, x));
        }
    }

    private static void common(PyType t) {
        t.tp_repr = self -> PyStr.of(repr(s(self)));
        t.tp_richcompare = SetType::compare;
        t.sq_length = self -> s(self).size();
        t.sq_contains = (self, key) -> {
            try {
                return s(self).contains(key);
            } catch (PyException e) {
                if (key instanceof PySet && !(key instanceof PyFrozenSet) && e.value.type() == ExceptionTypes.TypeError) {
                    return s(self).contains(PySet.fromIterable(PyFrozenSet.TYPE, key));
                }
                throw e;
            }
        };
        t.tp_iter = self -> new PySetIter(s(self));
        t.nb[NB_OR] = (a, b) -> isSet(a) && isSet(b) ? union(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[NB_AND] = (a, b) -> isSet(a) && isSet(b) ? intersection(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[NB_SUBTRACT] = (a, b) -> isSet(a) && isSet(b) ? difference(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb[NB_XOR] = (a, b) -> isSet(a) && isSet(b) ? symmetricDifference(s(a), b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    static void fillSet(PyType t) {
        common(t);
        t.tp_hash = ObjectType.HASH_NOT_IMPLEMENTED;
        t.nb[NB_INPLACE_OR] = (a, b) -> {
            if (!isSet(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            s(a).update(b);
            return a;
        };
        t.nb[NB_INPLACE_AND] = (a, b) -> {
            if (!isSet(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            replaceContents(s(a), intersection(s(a), b));
            return a;
        };
        t.nb[NB_INPLACE_SUBTRACT] = (a, b) -> {
            if (!isSet(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            differenceUpdate(s(a), b);
            return a;
        };
        t.nb[NB_INPLACE_XOR] = (a, b) -> {
            if (!isSet(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            symmetricDifferenceUpdate(s(a), b);
            return a;
        };
        t.tp_new = (type, args, start, nargs, kw) -> new PySet(type);
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("set() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw Errors.typeError("set expected at most 1 argument, got " + nargs);
            }
            s(self).table.clear();
            if (nargs == 1) {
                s(self).update(args[start]);
            }
        };
    }

    private static void replaceContents(PySet target, PySet source) {
        target.table.clear();
        target.table.merge(source.table);
    }

    static void fillFrozen(PyType t) {
        common(t);
        t.tp_hash = self -> frozenHash(s(self));
        t.tp_new = (type, args, start, nargs, kwnames) -> {
            if (kwnames != null && kwnames.size() > 0) {
                throw Errors.typeError("frozenset() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw Errors.typeError("frozenset expected at most 1 argument, got " + nargs);
            }
            if (nargs == 0) {
                return type == PyFrozenSet.TYPE ? PyFrozenSet.EMPTY : new PyFrozenSet(type);
            }
            if (type == PyFrozenSet.TYPE && args[start].getClass() == PyFrozenSet.class && args[start].type() == PyFrozenSet.TYPE) {
                return args[start];
            }
            return PySet.fromIterable(type, args[start]);
        };
    }

    /** {@code frozenset_hash}: an order-independent mix of the items' hashes. */
    private static long frozenHash(PySet s) {
        long hash = 0;
        SetTable t = s.table;
        for (int i = 0; i < t.capacity(); i++) {
            if (t.keyAt(i) != null) {
                long h = t.hashAt(i);
                hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
            }
        }
        hash ^= ((long) t.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static void commonMethods(PyType t) {
        // set_reduce: the items as a list, and the state beside them
        t.method("__reduce__()", (self, a) -> PyTuple.of(self.type(), PyTuple.of(PyList.of(s(self).toArray())),
                ObjectReduce.getState(self)));
        t.method("copy()", (self, a) -> copyOf(s(self)));
        // set_sizeof of a 64-bit build: the PySetObject (200 bytes, holding an 8-entry table),
        // plus 16 bytes an entry of a table grown out of it
        t.method("__sizeof__()", (self, a) -> {
            int capacity = s(self).table.capacity();
            return PyInt.of(200L + (capacity > 8 ? 16L * capacity : 0));
        });
        t.rawMethod("union", (self, args, start, nargs, kw) -> {
            PySet r = copyOf(s(self));
            for (int i = 0; i < nargs; i++) {
                r.update(args[start + i]);
            }
            return r;
        });
        t.rawMethod("intersection", (self, args, start, nargs, kw) -> {
            PySet r = copyOf(s(self));
            for (int i = 0; i < nargs; i++) {
                r = intersection(r, args[start + i]);
            }
            return r;
        });
        t.rawMethod("difference", (self, args, start, nargs, kw) -> {
            PySet r = copyOf(s(self));
            for (int i = 0; i < nargs; i++) {
                r = difference(r, args[start + i]);
            }
            return r;
        });
        t.method("symmetric_difference(other, /)", (self, a) -> symmetricDifference(s(self), a[0]));
        t.method("issubset(other, /)", (self, a) -> PyBool.of(isSubset(s(self), asSet(a[0]))));
        t.method("issuperset(other, /)", (self, a) -> PyBool.of(isSubset(asSet(a[0]), s(self))));
        t.method("isdisjoint(other, /)", (self, a) -> PyBool.of(intersection(s(self), a[0]).size() == 0));
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
    }

    private static PySet asSet(PyObject o) {
        return o instanceof PySet ? (PySet) o : PySet.fromIterable(PySet.TYPE, o);
    }

    static void defineSet(PyType t) {
        commonMethods(t);
        t.method("add(object, /)", (self, a) -> {
            s(self).add(a[0]);
            return PyNone.NONE;
        });
        t.method("discard(object, /)", (self, a) -> {
            s(self).discard(a[0]);
            return PyNone.NONE;
        });
        t.method("remove(object, /)", (self, a) -> {
            if (!s(self).discard(a[0])) {
                throw Errors.keyError(a[0]);
            }
            return PyNone.NONE;
        });
        t.method("pop()", (self, a) -> {
            PySet set = s(self);
            SetTable tb = set.table;
            for (int i = 0; i < tb.capacity(); i++) {
                PyObject k = tb.keyAt(i);
                if (k != null) {
                    tb.discard(k, tb.hashAt(i));
                    return k;
                }
            }
            throw Errors.raise(ExceptionTypes.KeyError, "pop from an empty set");
        });
        t.method("clear()", (self, a) -> {
            s(self).table.clear();
            return PyNone.NONE;
        });
        t.rawMethod("update", (self, args, start, nargs, kw) -> {
            for (int i = 0; i < nargs; i++) {
                s(self).update(args[start + i]);
            }
            return PyNone.NONE;
        });
        t.rawMethod("intersection_update", (self, args, start, nargs, kw) -> {
            PySet r = s(self);
            for (int i = 0; i < nargs; i++) {
                r = intersection(r, args[start + i]);
            }
            replaceContents(s(self), r);
            return PyNone.NONE;
        });
        t.rawMethod("difference_update", (self, args, start, nargs, kw) -> {
            for (int i = 0; i < nargs; i++) {
                differenceUpdate(s(self), args[start + i]);
            }
            return PyNone.NONE;
        });
        t.method("symmetric_difference_update(other, /)", (self, a) -> {
            symmetricDifferenceUpdate(s(self), a[0]);
            return PyNone.NONE;
        });
    }

    static void defineFrozen(PyType t) {
        commonMethods(t);
    }
}
