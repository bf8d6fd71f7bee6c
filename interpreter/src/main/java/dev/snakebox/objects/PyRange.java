package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * {@code range}; CPython's {@code Objects/rangeobject.c}. Start, stop and step are kept as longs
 * when they fit (the iterator counts on a long, allocating only the ints it yields) and as
 * BigIntegers otherwise.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, 0, RangeType::fill, RangeType::define);

    final PyInt start;
    final PyInt stop;
    final PyInt step;
    /** The number of items. */
    final BigInteger length;

    PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start.toBig(), stop.toBig(), step.toBig());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code compute_range_length}. */
    static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    /** Whether every value fits a long (the fast iterator). */
    boolean isSmall() {
        return start.big == null && stop.big == null && step.big == null && length.bitLength() < 63;
    }

    PyInt item(BigInteger i) {
        return PyInt.of(start.toBig().add(step.toBig().multiply(i)));
    }
}
