package dev.snakebox.objects;

/**
 * {@code slice}; CPython's {@code PySliceObject} ({@code Objects/sliceobject.c}: {@code slice_indices},
 * {@code PySlice_Unpack}, {@code PySlice_AdjustIndices}).
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of(((PySlice) self).reprText());
                t.tp_richcompare = (a, b, op) -> {
                    if (!(b instanceof PySlice)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return Abstract.richCompare(((PySlice) a).asTuple(), ((PySlice) b).asTuple(), op);
                };
                t.tp_hash = self -> Abstract.hash(((PySlice) self).asTuple());
                t.tp_new = (type, args, start, nargs, kw) -> {
                    if (kw != null && kw.size() > 0) {
                        throw Errors.typeError("slice() takes no keyword arguments");
                    }
                    if (nargs < 1 || nargs > 3) {
                        throw Errors.typeError(nargs < 1 ? "slice expected at least 1 argument, got " + nargs
                                : "slice expected at most 3 arguments, got " + nargs);
                    }
                    if (nargs == 1) {
                        return new PySlice(PyNone.NONE, args[start], PyNone.NONE);
                    }
                    return new PySlice(args[start], args[start + 1], nargs == 3 ? args[start + 2] : PyNone.NONE);
                };
            },
            t -> {
                t.member("start", self -> ((PySlice) self).start);
                t.member("stop", self -> ((PySlice) self).stop);
                t.member("step", self -> ((PySlice) self).step);
                t.method("__reduce__()", (self, a) -> PyTuple.of(self.type(),
                        PyTuple.of(((PySlice) self).start, ((PySlice) self).stop, ((PySlice) self).step)));
                t.method("indices(length, /)", (self, a) -> {
                    java.math.BigInteger n = Abstract.index(a[0]).toBig();
                    if (n.signum() < 0) {
                        throw Errors.valueError("length should not be negative");
                    }
                    java.math.BigInteger[] r = ((PySlice) self).bigIndices(n);
                    return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
                });
            });

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    private String reprText() {
        return "slice(" + Abstract.repr(start).value() + ", " + Abstract.repr(stop).value() + ", " + Abstract.repr(step).value() + ")";
    }

    /** {@code _PyEval_SliceIndex}: None is "absent"; huge values clamp to the long range's ends. */
    static long sliceIndex(PyObject o) {
        if (o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, i.value));
    }

    /**
     * CPython's {@code _PySlice_GetLongIndices}: start, stop and step for a length of any size
     * ({@code slice.indices}, slicing a range).
     */
    public java.math.BigInteger[] bigIndices(java.math.BigInteger length) {
        java.math.BigInteger st = java.math.BigInteger.ONE;
        if (step != PyNone.NONE) {
            st = bigSliceIndex(step);
            if (st.signum() == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        boolean back = st.signum() < 0;
        java.math.BigInteger lower = back ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = back ? length.subtract(java.math.BigInteger.ONE) : length;
        java.math.BigInteger b = start == PyNone.NONE ? (back ? upper : lower) : clampBig(bigSliceIndex(start), length, lower, upper);
        java.math.BigInteger e = stop == PyNone.NONE ? (back ? lower : upper) : clampBig(bigSliceIndex(stop), length, lower, upper);
        return new java.math.BigInteger[] {b, e, st};
    }

    private static java.math.BigInteger bigSliceIndex(PyObject o) {
        if (o.type().nb_index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o).toBig();
    }

    private static java.math.BigInteger clampBig(java.math.BigInteger i, java.math.BigInteger length,
            java.math.BigInteger lower, java.math.BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** Start, stop, step and the number of items, for a sequence of {@code length} items. */
    public long[] indices(int length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long b;
        if (start == PyNone.NONE) {
            b = st < 0 ? upper : lower;
        } else {
            b = sliceIndex(start);
            if (b < 0) {
                b += length;
                if (b < lower) {
                    b = lower;
                }
            } else if (b > upper) {
                b = upper;
            }
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = sliceIndex(stop);
            if (e < 0) {
                e += length;
                if (e < lower) {
                    e = lower;
                }
            } else if (e > upper) {
                e = upper;
            }
        }
        long n;
        if (st < 0) {
            n = e < b ? (b - e - 1) / -st + 1 : 0;
        } else {
            n = b < e ? (e - b - 1) / st + 1 : 0;
        }
        return new long[] {b, e, st, n};
    }
}
