package dev.snakebox.vm;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.objects.PyObject;

import dev.snakebox.objects.PyInt;

/**
 * The loop's int fast paths: {@code +}, {@code -}, {@code *} and comparisons of two ints that fit
 * a long, with exact overflow detection (no reliance on ArithmeticException); the other cases go
 * to {@link dev.snakebox.objects.Abstract}. CPython specialises the same operations
 * ({@code BINARY_OP_ADD_INT}, {@code COMPARE_OP_INT}).
 */
final class IntFast {
    private IntFast() {}

    /** {@code a <op> b}, or null when the fast path does not apply. */
    static PyObject binary(int nb, PyInt a, PyInt b) {
        if (a.big != null || b.big != null) {
            return null;
        }
        long x = a.value;
        long y = b.value;
        switch (nb) {
            case NB_ADD:
            case NB_INPLACE_ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                return PyInt.of(r);
            }
            case NB_SUBTRACT:
            case NB_INPLACE_SUBTRACT: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                return PyInt.of(r);
            }
            case NB_MULTIPLY:
            case NB_INPLACE_MULTIPLY: {
                if (x > -0x7fffffffL && x < 0x7fffffffL && y > -0x7fffffffL && y < 0x7fffffffL) {
                    return PyInt.of(x * y);
                }
                return null;
            }
            case NB_REMAINDER:
            case NB_INPLACE_REMAINDER: {
                if (y > 0 && x >= 0) {
                    return PyInt.of(x % y);
                }
                return null;
            }
            case NB_FLOOR_DIVIDE:
            case NB_INPLACE_FLOOR_DIVIDE: {
                if (y > 0 && x >= 0) {
                    return PyInt.of(x / y);
                }
                return null;
            }
            default:
                return null;
        }
    }

    static boolean compare(int op, long x, long y) {
        switch (op) {
            case 0: return x < y;
            case 1: return x <= y;
            case 2: return x == y;
            case 3: return x != y;
            case 4: return x > y;
            default: return x >= y;
        }
    }
}
