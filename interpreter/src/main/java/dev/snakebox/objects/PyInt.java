package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * {@code int}; CPython's {@code Objects/longobject.c}. Values that fit in a Java {@code long}
 * live in {@link #value} with {@link #big} null (the fast path); larger ones in {@link #big}.
 * Every operation that can leave the long range checks for overflow exactly and moves to
 * BigInteger, and every BigInteger result that fits comes back to the long form.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, PyType.BASETYPE, IntType::fill, IntType::define);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** CPython keeps one object for each of -5..256; so do we (it shows through {@code is}). */
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    public final long value;
    /** The value when it does not fit in a long; null otherwise. */
    public final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** The value of {@code v}, for an instance of a subclass of int. */
    PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean isSmall() {
        return big == null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public String repr() {
        return big == null ? LongDigits.toString(value) : IntText.toDecimal(big);
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
