package dev.snakebox.vm;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.objects.FloatOps;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;

/**
 * The loop's float fast paths: the arithmetic operators on two exact floats, or an exact float
 * and an int small enough to convert exactly, without the slot dispatch (CPython specialises the
 * same: {@code BINARY_OP_ADD_FLOAT}, {@code BINARY_OP_MULTIPLY_FLOAT}...). Null when the fast path
 * does not apply; division by zero and the other errors are left to the slots.
 */
final class FloatFast {
    private FloatFast() {}

    /** Ints up to 2**53 in magnitude convert to double exactly. */
    private static final long EXACT = 1L << 53;

    /** {@code a <op> b} when one operand is an exact float and the other a float or small int; else null. */
    static PyObject binary(int nb, PyObject a, PyObject b) {
        double x;
        double y;
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyFloat.class) {
            x = ((PyFloat) a).value;
            if (cb == PyFloat.class) {
                y = ((PyFloat) b).value;
            } else if (cb == PyInt.class && isSmall((PyInt) b)) {
                y = (double) ((PyInt) b).value;
            } else {
                return null;
            }
        } else if (cb == PyFloat.class && ca == PyInt.class && isSmall((PyInt) a)) {
            x = (double) ((PyInt) a).value;
            y = ((PyFloat) b).value;
        } else {
            return null;
        }
        switch (nb) {
            case NB_ADD:
            case NB_INPLACE_ADD:
                return new PyFloat(x + y);
            case NB_SUBTRACT:
            case NB_INPLACE_SUBTRACT:
                return new PyFloat(x - y);
            case NB_MULTIPLY:
            case NB_INPLACE_MULTIPLY:
                return new PyFloat(x * y);
            case NB_TRUE_DIVIDE:
            case NB_INPLACE_TRUE_DIVIDE:
                return y == 0.0 ? null : new PyFloat(x / y);
            case NB_FLOOR_DIVIDE:
            case NB_INPLACE_FLOOR_DIVIDE:
                return y == 0.0 ? null : new PyFloat(FloatOps.floorDiv(x, y));
            case NB_REMAINDER:
            case NB_INPLACE_REMAINDER:
                return y == 0.0 ? null : new PyFloat(FloatOps.mod(x, y));
            case NB_POWER:
            case NB_INPLACE_POWER:
                return FloatOps.power(x, y);
            default:
                return null;
        }
    }

    /** {@code a <op> b} for two exact floats (COMPARE_OP_FLOAT), op as COMPARE_OP's {@code arg >> 5}; NaN compares unequal. */
    static boolean compare(int op, double x, double y) {
        switch (op) {
            case 0: return x < y;
            case 1: return x <= y;
            case 2: return x == y;
            case 3: return x != y;
            case 4: return x > y;
            default: return x >= y;
        }
    }

    private static boolean isSmall(PyInt i) {
        return i.big == null && i.value <= EXACT && i.value >= -EXACT;
    }
}
