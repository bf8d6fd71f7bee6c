package dev.snakebox.objects;

import dev.snakebox.objects.text.StrCompare;

/**
 * The key comparison of {@code list.sort}, chosen by the pre-sort check of CPython's
 * {@code list_sort_impl} ({@code Objects/listobject.c}: {@code safe_object_compare},
 * {@code unsafe_object_compare}, {@code unsafe_latin_compare}, {@code unsafe_long_compare},
 * {@code unsafe_float_compare}, {@code unsafe_tuple_compare}). The special cases skip dispatch,
 * and they are visible to programs only in what they do not call; the object case calls the
 * type's {@code tp_richcompare} directly and, when that answers NotImplemented, goes through the
 * whole rich comparison again (so a class's {@code __lt__} returning NotImplemented runs twice,
 * as in CPython).
 */
final class SortCompare {
    private static final int SAFE = 0;
    private static final int OBJECT = 1;
    private static final int STR = 2;
    private static final int INT = 3;
    private static final int FLOAT = 4;

    /** How keys compare; for tuple keys, how their first items compare. */
    private final int kind;
    private final boolean tuples;
    /** The {@code tp_richcompare} of the keys' common type, for {@link #OBJECT}. */
    private final Slots.RichCompare richcompare;

    private SortCompare(int kind, boolean tuples, Slots.RichCompare richcompare) {
        this.kind = kind;
        this.tuples = tuples;
        this.richcompare = richcompare;
    }

    /** The pre-sort check: which comparison fits {@code keys[0..n)} (n at least 2). */
    static SortCompare choose(PyObject[] keys, int n) {
        boolean tuples = keys[0].type() == PyTuple.TYPE && ((PyTuple) keys[0]).size() > 0;
        PyType keyType = tuples ? ((PyTuple) keys[0]).get(0).type() : keys[0].type();
        boolean sameType = true;
        boolean intsFit = true;
        for (int i = 0; i < n; i++) {
            if (tuples && !(keys[i].type() == PyTuple.TYPE && ((PyTuple) keys[i]).size() != 0)) {
                tuples = false;
                sameType = false;
                break;
            }
            PyObject key = tuples ? ((PyTuple) keys[i]).get(0) : keys[i];
            if (key.type() != keyType) {
                sameType = false;
                if (!tuples) {
                    break;
                }
            }
            if (sameType && keyType == PyInt.TYPE && ((PyInt) key).big != null) {
                intsFit = false;
            }
        }
        int kind = SAFE;
        Slots.RichCompare rc = null;
        if (sameType) {
            if (keyType == PyStr.TYPE) {
                kind = STR;
            } else if (keyType == PyInt.TYPE && intsFit) {
                kind = INT;
            } else if (keyType == PyFloat.TYPE) {
                kind = FLOAT;
            } else if (keyType.tp_richcompare != null) {
                kind = OBJECT;
                rc = keyType.tp_richcompare;
            }
        }
        if (tuples && keyType == PyTuple.TYPE) {
            kind = SAFE; // tuples of tuples: the first items compare safely
        }
        return new SortCompare(kind, tuples, rc);
    }

    /** {@code v < w} as the sort asks it. */
    boolean lt(PyObject v, PyObject w) {
        return tuples ? tupleLt((PyTuple) v, (PyTuple) w) : keyLt(v, w);
    }

    private boolean keyLt(PyObject v, PyObject w) {
        switch (kind) {
            case INT:
                return ((PyInt) v).value < ((PyInt) w).value;
            case FLOAT:
                return ((PyFloat) v).value < ((PyFloat) w).value;
            case STR:
                return StrCompare.compare(((PyStr) v).value(), ((PyStr) w).value()) < 0;
            case OBJECT:
                return objectLt(v, w);
            default:
                return Abstract.richCompareBool(v, w, Abstract.LT);
        }
    }

    /** {@code unsafe_object_compare}. */
    private boolean objectLt(PyObject v, PyObject w) {
        if (v.type().tp_richcompare != richcompare) {
            return Abstract.richCompareBool(v, w, Abstract.LT);
        }
        PyObject r;
        ThreadState.enterRecursive(" in comparison");
        try {
            r = richcompare.compare(v, w, Abstract.LT);
        } finally {
            ThreadState.leaveRecursive();
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return Abstract.richCompareBool(v, w, Abstract.LT);
        }
        if (r instanceof PyBool) {
            return r == PyBool.TRUE;
        }
        return Abstract.isTrue(r);
    }

    /** {@code unsafe_tuple_compare}: the first unequal items decide; the first ones by the key comparison. */
    private boolean tupleLt(PyTuple v, PyTuple w) {
        int vlen = v.size();
        int wlen = w.size();
        int i = 0;
        while (i < vlen && i < wlen) {
            if (!Abstract.richCompareBool(v.get(i), w.get(i), Abstract.EQ)) {
                break;
            }
            i++;
        }
        if (i >= vlen || i >= wlen) {
            return vlen < wlen;
        }
        if (i == 0) {
            return keyLt(v.get(0), w.get(0));
        }
        return Abstract.richCompareBool(v.get(i), w.get(i), Abstract.LT);
    }
}
