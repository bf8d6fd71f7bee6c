package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.bytecode.BinaryOps;
import dev.snakebox.bytecode.OpargNames;

/**
 * The operations the VM applies to objects: binary and unary operators, rich comparison, truth;
 * CPython's {@code Objects/abstract.c} and {@code Objects/object.c}. Built-in numeric and string
 * types are handled directly here; user-defined types will dispatch through their type slots.
 *
 * <p>Binary operators are numbered as CPython's {@code NB_*} constants ({@link BinaryOps}, the
 * {@code BINARY_OP} argument): 0..12 plain, 13..25 the in-place forms of the same operators.
 */
public final class Abstract {
    private Abstract() {}

    /** {@code a <op> b} for {@code BINARY_OP nb}. */
    public static PyObject binaryOp(int nb, PyObject a, PyObject b) {
        int op = nb >= NB_INPLACE_ADD ? nb - NB_INPLACE_ADD : nb;
        if (a instanceof PyInt && b instanceof PyInt) {
            return intOp(op, (PyInt) a, (PyInt) b);
        }
        if (a instanceof PyFloat || b instanceof PyFloat) {
            if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
                PyObject r = floatOp(op, toDouble(a), toDouble(b));
                if (r != null) {
                    return r;
                }
            }
        } else if (a instanceof PyStr) {
            if (op == NB_ADD) {
                if (b instanceof PyStr) {
                    String x = ((PyStr) a).value;
                    String y = ((PyStr) b).value;
                    if ((long) x.length() + y.length() > PyStr.MAX_LENGTH) {
                        throw Errors.memoryError();
                    }
                    return PyStr.of(x + y);
                }
                throw Errors.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
            }
            if (op == NB_MULTIPLY) {
                return repeat((PyStr) a, b);
            }
        } else if (b instanceof PyStr && op == NB_MULTIPLY && a instanceof PyInt) {
            return repeat((PyStr) b, a);
        }
        throw unsupported(nb, a, b);
    }

    private static PyException unsupported(int nb, PyObject a, PyObject b) {
        String sym = BinaryOps.symbols(nb);
        if (nb == NB_POWER) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name + "' and '" + b.type().name + "'");
        }
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '" + b.type().name + "'");
    }

    private static PyObject repeat(PyStr s, PyObject count) {
        if (!(count instanceof PyInt)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + count.type().name + "'");
        }
        PyInt n = (PyInt) count;
        if (n.big != null) {
            if (n.big.signum() < 0 || s.value.isEmpty()) {
                return PyStr.EMPTY;
            }
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        if (n.value <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (n.value > PyStr.MAX_LENGTH / s.value.length()) {
            throw Errors.memoryError();
        }
        int times = (int) n.value;
        StringBuilder sb = new StringBuilder(s.value.length() * times);
        for (int i = 0; i < times; i++) {
            sb.append(s.value);
        }
        return new PyStr(sb.toString());
    }

    private static PyObject intOp(int op, PyInt a, PyInt b) {
        switch (op) {
            case NB_ADD: return IntOps.add(a, b);
            case NB_SUBTRACT: return IntOps.sub(a, b);
            case NB_MULTIPLY: return IntOps.mul(a, b);
            case NB_FLOOR_DIVIDE: return IntOps.floorDiv(a, b);
            case NB_REMAINDER: return IntOps.mod(a, b);
            case NB_TRUE_DIVIDE: return new PyFloat(IntOps.trueDiv(a, b));
            case NB_POWER:
                if (b.signum() < 0) {
                    return new PyFloat(FloatOps.pow(IntOps.toDouble(a), IntOps.toDouble(b)));
                }
                return IntOps.pow(a, b);
            case NB_LSHIFT: return IntOps.lshift(a, b);
            case NB_RSHIFT: return IntOps.rshift(a, b);
            case NB_AND: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 & b.value != 0) : IntOps.and(a, b);
            case NB_OR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 | b.value != 0) : IntOps.or(a, b);
            case NB_XOR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 ^ b.value != 0) : IntOps.xor(a, b);
            default: throw unsupported(op, a, b);
        }
    }

    /** A float operator, or null when floats do not support it. */
    private static PyObject floatOp(int op, double a, double b) {
        switch (op) {
            case NB_ADD: return new PyFloat(a + b);
            case NB_SUBTRACT: return new PyFloat(a - b);
            case NB_MULTIPLY: return new PyFloat(a * b);
            case NB_TRUE_DIVIDE: return new PyFloat(FloatOps.div(a, b));
            case NB_FLOOR_DIVIDE: return new PyFloat(FloatOps.floorDiv(a, b));
            case NB_REMAINDER: return new PyFloat(FloatOps.mod(a, b));
            case NB_POWER: return new PyFloat(FloatOps.pow(a, b));
            default: return null;
        }
    }

    private static double toDouble(PyObject o) {
        return o instanceof PyFloat ? ((PyFloat) o).value : IntOps.toDouble((PyInt) o);
    }

    public static PyObject negative(PyObject a) {
        if (a instanceof PyInt) {
            return IntOps.negate((PyInt) a);
        }
        if (a instanceof PyFloat) {
            return new PyFloat(FloatOps.neg(((PyFloat) a).value));
        }
        throw Errors.typeError("bad operand type for unary -: '" + a.type().name + "'");
    }

    public static PyObject positive(PyObject a) {
        if (a instanceof PyBool) {
            return PyInt.of(((PyInt) a).value);
        }
        if (a instanceof PyInt || a instanceof PyFloat) {
            return a;
        }
        throw Errors.typeError("bad operand type for unary +: '" + a.type().name + "'");
    }

    public static PyObject invert(PyObject a) {
        if (a instanceof PyInt) {
            return IntOps.invert((PyInt) a);
        }
        throw Errors.typeError("bad operand type for unary ~: '" + a.type().name + "'");
    }

    // ---- comparison ------------------------------------------------------------------------

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;


    /** {@code a <op> b} for the six rich comparisons ({@code Py_LT} .. {@code Py_GE}). */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        return PyBool.of(compareBool(a, b, op));
    }

    public static boolean compareBool(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt && b instanceof PyInt) {
            return outcome(IntOps.compare((PyInt) a, (PyInt) b), op);
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            switch (op) {
                case LT: return x < y;
                case LE: return x <= y;
                case EQ: return x == y;
                case NE: return x != y;
                case GT: return x > y;
                default: return x >= y;
            }
        }
        if (a instanceof PyFloat && b instanceof PyInt || a instanceof PyInt && b instanceof PyFloat) {
            boolean swapped = a instanceof PyFloat;
            double d = swapped ? ((PyFloat) a).value : ((PyFloat) b).value;
            PyInt i = (PyInt) (swapped ? b : a);
            if (Double.isNaN(d)) {
                return op == NE;
            }
            int c = FloatOps.compareIntFloat(i, d);
            return outcome(swapped ? -c : c, op);
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return outcome(compareCodePoints(((PyStr) a).value, ((PyStr) b).value), op);
        }
        if (op == EQ) {
            return a == b;
        }
        if (op == NE) {
            return a != b;
        }
        throw Errors.typeError("'" + OpargNames.compareOps(op) + "' not supported between instances of '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    private static boolean outcome(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Orders strings by code point, as Python does (UTF-16 order differs past the BMP). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                if (xs != ys) {
                    // A surrogate (part of a code point >= U+10000) sorts after any BMP character
                    // except another surrogate-range value.
                    return xs ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code item in container} ({@code PySequence_Contains}). */
    public static boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyStr) {
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name);
            }
            return ((PyStr) container).value.contains(((PyStr) item).value);
        }
        throw Errors.typeError("argument of type '" + container.type().name + "' is not iterable");
    }

    /** {@code bool(o)}. */
    public static boolean isTrue(PyObject o) {
        return o.isTrue();
    }
}
