package dev.snakebox.objects;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code frozenset}; CPython's {@code Objects/setobject.c}. For now what the compiler's constants
 * need ({@code x in {1, 2}} folds the set into a frozenset constant): items of the built-in
 * hashable types, kept in CPython's iteration order (see {@link SetTable}), and {@code repr}.
 * Immutable once built.
 */
public final class PyFrozenSet extends PyObject {
    public static final PyType TYPE = new PyType("frozenset", PyType.OBJECT);

    /**
     * The hash used for an item whose CPython hash is its address (Ellipsis, NaN, code objects):
     * any fixed value keeps our order deterministic where CPython's is not.
     */
    private static final long ADDRESS_HASH = 0;

    private final PyObject[] items;

    private PyFrozenSet(PyObject[] items) {
        this.items = items;
    }

    /**
     * {@code frozenset(items)}: the items added one by one in the given order, equal ones (as
     * {@code ==} compares the built-in constants, so {@code 1}, {@code 1.0} and {@code True} are
     * one) kept once, the first of them.
     */
    public static PyFrozenSet of(PyObject... items) {
        SetTable table = new SetTable(PyFrozenSet::constantsEqual);
        for (PyObject o : items) {
            Long h = PyHash.of(o);
            table.add(o, h == null ? ADDRESS_HASH : h);
        }
        List<PyObject> ordered = table.keysInOrder();
        return new PyFrozenSet(ordered.toArray(new PyObject[0]));
    }

    public int size() {
        return items.length;
    }

    /** The item at position {@code i} of the iteration order. */
    public PyObject get(int i) {
        return items[i];
    }

    /** The items in iteration order. */
    public PyObject[] toArray() {
        return items.clone();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code set_repr} for a frozenset: {@code frozenset()} or {@code frozenset({a, b})}. */
    @Override
    public String repr() {
        if (items.length == 0) {
            return "frozenset()";
        }
        StringBuilder sb = new StringBuilder("frozenset({");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i].repr());
        }
        return sb.append("})").toString();
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
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
            return ((PyStr) a).value.equals(((PyStr) b).value);
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
