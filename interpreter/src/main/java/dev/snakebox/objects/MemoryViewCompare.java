package dev.snakebox.objects;

/**
 * {@code memoryview == x}: CPython's {@code memory_richcompare}, {@code cmp_rec} and
 * {@code unpack_cmp} ({@code Objects/memoryobject.c}). Two views are equal when their shapes are
 * and their items, each unpacked by its own view's format, compare equal one by one: so
 * {@code memoryview(b'\x01').cast('?') == b'\x01'} (True == 1), and a NaN item is never equal.
 */
final class MemoryViewCompare {
    private MemoryViewCompare() {}

    static PyObject richCompare(PyObject v, PyObject w, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyMemoryView a = (PyMemoryView) v;
        boolean equal;
        if (a.released) {
            equal = v == w;
        } else if (w instanceof PyMemoryView && ((PyMemoryView) w).released) {
            equal = v == w;
        } else {
            PyMemoryView b;
            if (w instanceof PyMemoryView) {
                b = (PyMemoryView) w;
            } else if (w instanceof PyBytes || w instanceof PyByteArray) {
                b = PyMemoryView.fromObject(w, 0);
            } else {
                return PyNotImplemented.NOT_IMPLEMENTED; // not a buffer
            }
            equal = equivShape(a, b) && itemsEqual(a, a.offset, b, b.offset, 0);
        }
        return PyBool.of(equal == (op == Abstract.EQ));
    }

    /** {@code equiv_shape}: the same number of dimensions, the same shape up to a zero-length one. */
    private static boolean equivShape(PyMemoryView a, PyMemoryView b) {
        if (a.ndim != b.ndim) {
            return false;
        }
        for (int i = 0; i < a.ndim; i++) {
            if (a.shape[i] != b.shape[i]) {
                return false;
            }
            if (a.shape[i] == 0) {
                break;
            }
        }
        return true;
    }

    /** {@code cmp_rec}: the items from dimension {@code dim} on, at {@code p} in a and {@code q} in b. */
    private static boolean itemsEqual(PyMemoryView a, int p, PyMemoryView b, int q, int dim) {
        if (dim == a.ndim) {
            return itemEqual(a, p, b, q);
        }
        for (int i = 0; i < a.shape[dim]; i++, p += a.strides[dim], q += b.strides[dim]) {
            if (!itemsEqual(a, p, b, q, dim + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean itemEqual(PyMemoryView a, int p, PyMemoryView b, int q) {
        if (a.fmt == b.fmt && (NativeFormat.isByteFormat(a.fmt) || a.fmt == '?')) {
            // the same one-byte format: the bytes decide (two '?' items compare as C _Bool
            // values, which 64-bit CPython reads as their bytes: 2 != 1 there)
            return a.data()[p] == b.data()[q];
        }
        return Abstract.richCompareBool(a.unpack(p), b.unpack(q), Abstract.EQ);
    }
}
