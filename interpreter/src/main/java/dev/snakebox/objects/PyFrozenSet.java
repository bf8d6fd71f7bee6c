package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * {@code frozenset}; CPython's {@code Objects/setobject.c}. Immutable once built, hashable. The
 * compiler builds constant frozensets ({@code x in {1, 2}}) with {@link #of}, before any
 * interpreter runs, comparing the constants by value as {@code ==} would.
 */
public final class PyFrozenSet extends PySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyType.OBJECT, PyType.BASETYPE, SetType::fillFrozen,
            SetType::defineFrozen);
    static final PyFrozenSet EMPTY = new PyFrozenSet(TYPE);

    /**
     * The hash used for an item whose CPython hash is its address (Ellipsis, NaN, code objects):
     * any fixed value keeps our order deterministic where CPython's is not.
     */
    private static final long ADDRESS_HASH = 0;

    PyFrozenSet(PyType type) {
        super(new SetTable(SetTable.PYTHON));
        setType(type);
    }

    /**
     * {@code frozenset(items)} of constants: the items added one by one in the given order, equal
     * ones (as {@code ==} compares the built-in constants, so {@code 1}, {@code 1.0} and
     * {@code True} are one) kept once, the first of them.
     */
    public static PyFrozenSet of(PyObject... items) {
        PyFrozenSet s = new PyFrozenSet(TYPE);
        s.table.eq = PyFrozenSet::constantsEqual;
        for (PyObject o : items) {
            Long h = PyHash.of(o);
            s.table.add(o, h == null ? ADDRESS_HASH : h);
        }
        s.table.eq = SetTable.PYTHON;
        return s;
    }

    @Override
    public PyType type() {
        return type != null ? type : TYPE;
    }

    @Override
    public boolean isFrozen() {
        return true;
    }

    /** The item at position {@code i} of the iteration order. */
    public PyObject get(int i) {
        return toArray()[i];
    }

    // ---- equality of constants ------------------------------------------------------------

    /**
     * {@code a is b or a == b} for the built-in constant types: numbers compare by value across
     * int, bool, float and complex; str, bytes and tuples by content; anything else by identity.
     */
    static boolean constantsEqual(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (isNumber(a) && isNumber(b)) {
            return numbersEqual(a, b);
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (a instanceof PyBytes && b instanceof PyBytes) {
            return java.util.Arrays.equals(((PyBytes) a).toByteArray(), ((PyBytes) b).toByteArray());
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            PyTuple x = (PyTuple) a;
            PyTuple y = (PyTuple) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!constantsEqual(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static boolean numbersEqual(PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            double[] x = complexParts(a);
            double[] y = complexParts(b);
            if (x == null || y == null) {
                // an int too large for a float equals no complex number
                return false;
            }
            return x[0] == y[0] && x[1] == y[1];
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            return ((PyInt) a).toBig().equals(((PyInt) b).toBig());
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            return ((PyFloat) a).value == ((PyFloat) b).value;
        }
        PyInt i = (PyInt) (a instanceof PyInt ? a : b);
        double d = ((PyFloat) (a instanceof PyFloat ? a : b)).value;
        return intEqualsDouble(i.toBig(), d);
    }

    private static double[] complexParts(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value, 0.0};
        }
        Double d = exactDouble(((PyInt) o).toBig());
        return d == null ? null : new double[] {d, 0.0};
    }

    /** {@code float_richcompare} of an int and a float: exact, with no rounding. */
    private static boolean intEqualsDouble(BigInteger i, double d) {
        Double x = exactDouble(i);
        return x != null && x == d;
    }

    /** The float equal to {@code b}, or null if no float is (too many bits, or too large). */
    private static Double exactDouble(BigInteger b) {
        if (b.signum() == 0) {
            return 0.0;
        }
        int zeros = b.getLowestSetBit();
        BigInteger odd = b.shiftRight(zeros);
        if (odd.bitLength() > 53 || b.bitLength() > 1024) {
            return null;
        }
        return Math.scalb((double) odd.longValue(), zeros);
    }
}
