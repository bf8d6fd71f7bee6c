package dev.snakebox.compiler;

import dev.snakebox.ast.OperatorNode;
import dev.snakebox.objects.ComplexMath;
import dev.snakebox.objects.FloatOps;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;

/**
 * Complex arithmetic on compile-time constants, for the AST optimiser's {@code fold_binop} and
 * {@code fold_unaryop}; CPython 3.13's {@code Objects/complexobject.c} ({@code _Py_c_sum},
 * {@code _Py_c_diff}, {@code _Py_c_prod}, {@code _Py_c_quot}, {@code complex_pow} with
 * {@code c_powi}), the last three through the runtime's {@link ComplexMath}. An int or float operand is first made a complex with a zero imaginary part,
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
        return ComplexMath.prod(a, b);
    }

    /** {@code _Py_c_quot}; null on division by zero. */
    static double[] quot(double[] a, double[] b) {
        return ComplexMath.quot(a, b);
    }

    /** {@code complex_pow}; null when it raises (ZeroDivisionError, OverflowError) at run time instead. */
    static double[] pow(double[] a, double[] b) {
        try {
            return ComplexMath.pow(a, b);
        } catch (PyException e) {
            return null;
        }
    }
}
