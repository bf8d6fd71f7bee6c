package dev.snakebox.objects;

/**
 * float arithmetic with Python's semantics; CPython's {@code Objects/floatobject.c}
 * ({@code float_div}, {@code float_rem}, {@code float_floor_div}, {@code float_pow}).
 */
public final class FloatOps {
    private FloatOps() {}

    /**
     * {@code -x} with the sign of a zero flipped too ({@code float_neg}). Not Java's {@code -x}:
     * TeaVM's wasm-gc backend compiles it as {@code 0 - x}, which makes {@code -0.0} of
     * {@code 0.0} plain {@code 0.0}.
     */
    public static double neg(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ Long.MIN_VALUE);
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** Python's {@code %}: the result has the divisor's sign. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float modulo by zero");
        }
        double m = FloatRemainder.fmod(a, b);
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code divmod(a, b)} for floats ({@code float_divmod}): the floor quotient and the remainder. */
    public static PyTuple divmod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        return PyTuple.of(new PyFloat(floorDiv(a, b)), new PyFloat(mod(a, b)));
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        double m = FloatRemainder.fmod(a, b);
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /**
     * {@code a ** b} for floats, with C99 {@code pow}'s special cases as CPython applies them, and
     * its errors: zero to a negative power, overflow. A negative base with a fractional exponent
     * gives a complex number: {@link #power} handles that case before calling this.
     */
    public static double pow(double a, double b) {
        if (b == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double aa = Math.abs(a);
            if (aa == 1.0) {
                return 1.0;
            }
            if ((b > 0) == (aa > 1.0)) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        if (Double.isInfinite(a)) {
            boolean oddInt = isOddInteger(b);
            if (b > 0) {
                return oddInt ? a : Math.abs(a);
            }
            return oddInt ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0.0) {
            boolean oddInt = isOddInteger(b);
            if (b < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return oddInt ? a : 0.0;
        }
        boolean negateResult = false;
        if (a < 0.0) {
            if (b != Math.floor(b)) {
                throw Errors.valueError("negative number cannot be raised to a fractional power");
            }
            a = -a;
            negateResult = isOddInteger(b);
        }
        if (a == 1.0) {
            return negateResult ? -1.0 : 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw new PyException(new PyBaseException(ExceptionTypes.OverflowError, PyInt.of(34),
                    PyStr.of("Numerical result out of range")));
        }
        return negateResult ? -r : r;
    }

    /**
     * {@code float_pow} as the operator: a finite negative base with a finite fractional exponent
     * goes to {@code complex_pow} (a complex result), anything else to {@link #pow}.
     */
    public static PyObject power(double a, double b) {
        if (a < 0.0 && !Double.isInfinite(a) && b == b && !Double.isInfinite(b) && b != Math.floor(b)) {
            double[] c = ComplexMath.pow(new double[] {a, 0.0}, new double[] {b, 0.0});
            return new PyComplex(c[0], c[1]);
        }
        return new PyFloat(pow(a, b));
    }

    private static boolean isOddInteger(double b) {
        return b == Math.floor(b) && Math.abs(b) < 9007199254740992.0 && ((long) b & 1) != 0;
    }

    /** Exact comparison of an int and a float: negative, zero or positive; NaN handled by caller. */
    public static int compareIntFloat(PyInt i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.big == null && Math.abs(i.value) <= (1L << 53)) {
            double x = (double) i.value;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        return new java.math.BigDecimal(i.toBig()).compareTo(new java.math.BigDecimal(d));
    }
}
