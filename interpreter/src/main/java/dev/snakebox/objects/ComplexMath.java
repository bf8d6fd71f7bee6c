package dev.snakebox.objects;

/**
 * Complex arithmetic on pairs of doubles; CPython 3.13's {@code Objects/complexobject.c}
 * ({@code _Py_c_sum}, {@code _Py_c_diff}, {@code _Py_c_prod}, {@code _Py_c_quot},
 * {@code _Py_c_pow} with {@code c_powi}/{@code c_powu}, {@code _Py_c_abs}). Shared by the
 * runtime's complex type and the compiler's constant folding, so both compute alike. A complex
 * is a {@code double[2]}: real, imaginary.
 */
public final class ComplexMath {
    private ComplexMath() {}

    /** {@code _Py_c_prod}. */
    public static double[] prod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /**
     * {@code _Py_c_quot}: Smith's method, with C11 Annex G's recovery of infinities and zeros; null
     * when the divisor is zero (CPython's {@code errno = EDOM}).
     */
    public static double[] quot(double[] a, double[] b) {
        double absBreal = Math.abs(b[0]);
        double absBimag = Math.abs(b[1]);
        double rr;
        double ri;
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            rr = (a[0] + a[1] * ratio) / denom;
            ri = (a[1] - a[0] * ratio) / denom;
        } else if (absBimag >= absBreal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            rr = (a[0] * ratio + a[1]) / denom;
            ri = (a[1] * ratio - a[0]) / denom;
        } else {
            rr = Double.NaN; // at least one of the divisor's parts is a nan
            ri = Double.NaN;
        }
        if (Double.isNaN(rr) && Double.isNaN(ri)) {
            if ((Double.isInfinite(a[0]) || Double.isInfinite(a[1])) && isFinite(b[0]) && isFinite(b[1])) {
                double x = Math.copySign(Double.isInfinite(a[0]) ? 1.0 : 0.0, a[0]);
                double y = Math.copySign(Double.isInfinite(a[1]) ? 1.0 : 0.0, a[1]);
                rr = Double.POSITIVE_INFINITY * (x * b[0] + y * b[1]);
                ri = Double.POSITIVE_INFINITY * (y * b[0] - x * b[1]);
            } else if ((Double.isInfinite(absBreal) || Double.isInfinite(absBimag)) && isFinite(a[0]) && isFinite(a[1])) {
                double x = Math.copySign(Double.isInfinite(b[0]) ? 1.0 : 0.0, b[0]);
                double y = Math.copySign(Double.isInfinite(b[1]) ? 1.0 : 0.0, b[1]);
                rr = 0.0 * (a[0] * x + a[1] * y);
                ri = 0.0 * (a[1] * x - a[0] * y);
            }
        }
        return new double[] {rr, ri};
    }

    static boolean isFinite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /**
     * {@code complex_pow}: a small integral exponent by repeated squaring ({@code c_powi}), any
     * other by polar form ({@code _Py_c_pow}). Raises ZeroDivisionError for zero to a negative or
     * complex power and OverflowError when a part of the result is infinite. The polar form uses
     * the maths library's hypot, pow, atan2, exp, log, cos and sin, as CPython's does with the C
     * library's: a result may differ from CPython's in the last bit where the two libraries
     * round differently (differences/complex-powers.md).
     */
    public static double[] pow(double[] a, double[] b) {
        double[] p;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new double[] {1.0, 0.0}, powu(a, -n));
                if (p == null) {
                    throw zeroToNegative();
                }
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                throw zeroToNegative();
            }
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Hypot.hypot(a[0], a[1]);
            double len = Math.pow(vabs, b[0]);
            double at = Math.atan2(a[1], a[0]);
            double phase = at * b[0];
            if (b[1] != 0.0) {
                len /= Math.exp(at * b[1]);
                phase += b[1] * Math.log(vabs);
            }
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw Errors.overflow("complex exponentiation");
        }
        return p;
    }

    private static PyException zeroToNegative() {
        return Errors.zeroDivision("0.0 to a negative or complex power");
    }

    /** {@code c_powu}. */
    private static double[] powu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    /**
     * {@code _Py_c_abs}: an infinite part makes infinity even beside a nan, then a nan part makes
     * nan; OverflowError "absolute value too large" when the finite parts' modulus overflows.
     */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Hypot.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("absolute value too large");
        }
        return r;
    }
}
