package dev.snakebox.objects;

/**
 * What list and tuple share: lexicographic comparison, item search, index normalisation;
 * CPython's {@code list_richcompare}/{@code tuplerichcompare}, {@code list_index_impl} and the
 * {@code Py_ssize_t} index rules of {@code Objects/listobject.c} and {@code tupleobject.c}.
 */
final class Sequences {
    private Sequences() {}

    /** {@code a[0:na] <op> b[0:nb]}: the first differing items decide, else the lengths. */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], Abstract.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Abstract.outcome(Integer.compare(na, nb), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** The index of the first item equal to {@code x} in {@code [start, stop)}, or -1. */
    static int indexOf(PyObject[] items, int n, PyObject x, int start, int stop) {
        for (int i = Math.max(0, start); i < stop && i < n; i++) {
            if (Abstract.richCompareBool(items[i], x, Abstract.EQ)) {
                return i;
            }
        }
        return -1;
    }

    static int count(PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Abstract.richCompareBool(items[i], x, Abstract.EQ)) {
                c++;
            }
        }
        return c;
    }

    /** A start or stop argument of {@code index()}: negative counts from the end, clamped to [0, n]. */
    static int clampIndex(PyObject o, int n, int dflt) {
        if (o == null) {
            return dflt;
        }
        long i = PySlice.sliceIndex(o);
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, n);
    }

    /** {@code [a, b, c]} with the given brackets, {@code ...} inside when the object recurses. */
    static String repr(PyObject self, PyObject[] items, int n, String open, String close) {
        if (n == 0) {
            return open + close;
        }
        if (!ThreadState.reprEnter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n && i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            return sb.append(close).toString();
        } finally {
            ThreadState.reprLeave(self);
        }
    }
}
