package dev.snakebox.compiler;

import dev.snakebox.ast.OperatorNode;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.FloatOps;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;

/**
 * Complex arithmetic on compile-time constants, for the AST optimiser's {@code fold_binop} and
 * {@code fold_unaryop}; CPython 3.13's {@code Objects/complexobject.c} ({@code _Py_c_sum},
 * {@code _Py_c_diff}, {@code _Py_c_prod}, {@code _Py_c_quot}, {@code complex_pow} with
 * {@code c_powi}). An int or float operand is first made a complex with a zero imaginary part,
 * as 3.13 does. A null result means "not folded" (the operation raises at run time).
 */
final class ConstantComplex {
    private ConstantComplex() {}

    static boolean involves(PyObject v, PyObject w) {
        return (v instanceof PyComplex && isNumber(w)) || (w instanceof PyComplex && isNumber(v));
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt;
    }

    /** {@code TO_COMPLEX}: null when an int is too large for a float (OverflowError). */
    private static double[] toComplex(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value, 0.0};
        }
        Double d = ConstantArithmetic.toDouble(((PyInt) o).toBig());
        return d == null ? null : new double[] {d, 0.0};
    }

    /** {@code v op w} where one side is complex and the other a number. */
    static PyObject binary(int op, PyObject v, PyObject w) {
        double[] a = toComplex(v);
        double[] b = toComplex(w);
        if (a == null || b == null) {
            return null;
        }
        double[] r;
        switch (op) {
            case OperatorNode.Add.KIND:
                r = new double[] {a[0] + b[0], a[1] + b[1]};
                break;
            case OperatorNode.Sub.KIND:
                r = new double[] {a[0] - b[0], a[1] - b[1]};
                break;
            case OperatorNode.Mult.KIND:
                r = prod(a, b);
                break;
            case OperatorNode.Div.KIND:
                r = quot(a, b);
                break;
            case OperatorNode.Pow.KIND:
                r = pow(a, b);
                break;
            default: // //, %, <<, ... are TypeErrors for complex numbers
                return null;
        }
        return r == null ? null : new PyComplex(r[0], r[1]);
    }

    /** {@code -c} and {@code +c}. */
    static PyObject negate(PyComplex c) {
        return new PyComplex(FloatOps.neg(c.real), FloatOps.neg(c.imag));
    }

    /** {@code _Py_c_prod}. */
    static double[] prod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** {@code _Py_c_quot} (Smith's method, with C11's recovery of infinities and zeros); null on division by zero. */
    static double[] quot(double[] a, double[] b) {
        double absBreal = Math.abs(b[0]);
        double absBimag = Math.abs(b[1]);
        double rr;
        double ri;
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null; // ZeroDivisionError
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
            rr = Double.NaN;
            ri = Double.NaN;
        }
        if (Double.isNaN(rr) && Double.isNaN(ri)) {
            if ((Double.isInfinite(a[0]) || Double.isInfinite(a[1])) && isFinite(b[0]) && isFinite(b[1])) {
                double x = Math.copySign(Double.isInfinite(a[0]) ? 1.0 : 0.0, a[0]);
                double y = Math.copySign(Double.isInfinite(a[1]) ? 1.0 : 0.0, a[1]);
                rr = Double.POSITIVE_INFINITY * (x * b[0] + y * b[1]);
                ri = Double.POSITIVE_INFINITY * (y * b[0] - x * b[1]);
            } else if ((Double.isInfinite(absBreal) || Double.isInfinite(absBimag))
                    && isFinite(a[0]) && isFinite(a[1])) {
                double x = Math.copySign(Double.isInfinite(b[0]) ? 1.0 : 0.0, b[0]);
                double y = Math.copySign(Double.isInfinite(b[1]) ? 1.0 : 0.0, b[1]);
                rr = 0.0 * (a[0] * x + a[1] * y);
                ri = 0.0 * (a[1] * x - a[0] * y);
            }
        }
        return new double[] {rr, ri};
    }

    private static boolean isFinite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    /**
     * {@code complex_pow}: a small integral exponent by repeated squaring ({@code c_powi}), any
     * other by polar form ({@code _Py_c_pow}); an infinite part is an OverflowError. The polar
     * form uses the maths library's hypot, pow, atan2, exp, log, cos and sin, as CPython's
     * does with the C library's: a result may differ from CPython's in the last bit where the
     * two libraries round differently (differences/complex-powers.md).
     */
    static double[] pow(double[] a, double[] b) {
        double[] p;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new double[] {1.0, 0.0}, powu(a, -n));
                if (p == null) {
                    return null; // ZeroDivisionError: 0.0 to a negative or complex power
                }
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                return null; // ZeroDivisionError
            }
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(a[0], a[1]);
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
            return null; // OverflowError: complex exponentiation
        }
        return p;
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
}
