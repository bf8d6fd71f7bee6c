package dev.snakebox.objects;

/**
 * {@code divmod()} of ints and floats: CPython's {@code long_divmod} and {@code float_divmod}
 * (Objects/longobject.c, floatobject.c), as the {@code __divmod__}/{@code __rdivmod__} methods of
 * int and float and as the fast path of the builtin.
 */
public final class NumberDivmod {
    private NumberDivmod() {}

    /** divmod of two exact ints or floats (bool included); null for any other operands. */
    public static PyObject exact(PyObject x, PyObject y) {
        if (!isExact(x) || !isExact(y)) {
            return null;
        }
        return of(x, y);
    }

    private static boolean isExact(PyObject o) {
        Class<?> c = o.getClass();
        return c == PyInt.class || c == PyBool.class || c == PyFloat.class;
    }

    /** divmod of two ints or floats (subclasses included), or NotImplemented. */
    static PyObject of(PyObject x, PyObject y) {
        if (x instanceof PyInt && y instanceof PyInt) {
            PyInt a = (PyInt) x;
            PyInt b = (PyInt) y;
            return PyTuple.of(IntOps.floorDiv(a, b), IntOps.mod(a, b));
        }
        if ((x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)) {
            return FloatOps.divmod(toDouble(x), toDouble(y));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat ? ((PyFloat) o).value : IntOps.toDouble((PyInt) o);
    }

    /** Adds {@code __divmod__} and {@code __rdivmod__} to int's dict (ints only) or float's. */
    static void define(PyType t, boolean ints) {
        t.method("__divmod__(value, /)", (self, a) -> ints && !(a[0] instanceof PyInt) ? PyNotImplemented.NOT_IMPLEMENTED : of(self, a[0]));
        t.method("__rdivmod__(value, /)", (self, a) -> ints && !(a[0] instanceof PyInt) ? PyNotImplemented.NOT_IMPLEMENTED : of(a[0], self));
    }
}
