package dev.snakebox.builtins;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.IntOps;
import dev.snakebox.objects.NumberDivmod;
import dev.snakebox.objects.PyByteArray;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyNotImplemented;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/** {@code divmod}, {@code pow}, {@code round} and {@code sum}; CPython's {@code Python/bltinmodule.c}. */
final class Numeric {
    private Numeric() {}

    private static final PyStr DIVMOD = PyStr.intern("__divmod__");
    private static final PyStr RDIVMOD = PyStr.intern("__rdivmod__");
    private static final PyStr ROUND = PyStr.intern("__round__");

    static PyObject divmod(PyObject x, PyObject y) {
        PyObject fast = NumberDivmod.exact(x, y);
        if (fast != null) {
            return fast;
        }
        PyObject d = x.type().lookup(DIVMOD);
        if (d != null) {
            PyObject r = Abstract.call(Abstract.getAttr(x, DIVMOD), y);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject rd = y.type().lookup(RDIVMOD);
        if (rd != null && y.type() != x.type()) {
            PyObject r = Abstract.call(Abstract.getAttr(y, RDIVMOD), x);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + x.type().name + "' and '" + y.type().name + "'");
    }

    /**
     * {@code pow(base, exp, mod)}: {@code PyNumber_Power}. With a modulus it is CPython's
     * {@code ternary_op}: the power slot of base's type, then exp's, then mod's, each tried once,
     * until one does not answer NotImplemented.
     */
    static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.NONE) {
            return Abstract.binaryOp(NB_POWER, base, exp);
        }
        PyObject[] operands = {base, exp, mod};
        int[] tried = new int[3];
        for (int k = 0; k < 3; k++) {
            int kind = powerSlot(operands[k]);
            boolean seen = kind == NO_SLOT;
            for (int j = 0; j < k; j++) {
                seen |= tried[j] == kind;
            }
            tried[k] = kind;
            if (seen) {
                continue;
            }
            PyObject r = ternaryPower(kind, base, exp, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name + "', '"
                + exp.type().name + "', '" + mod.type().name + "'");
    }

    private static final int NO_SLOT = 0;
    private static final int INT_SLOT = 1;
    private static final int FLOAT_SLOT = 2;
    private static final int COMPLEX_SLOT = 3;
    private static final int CLASS_SLOT = 4;
    private static final PyStr POW = PyStr.intern("__pow__");

    /** Which {@code nb_power} an object's type has: a class's own {@code __pow__}, or a built-in's. */
    private static int powerSlot(PyObject o) {
        PyType t = o.type();
        if (t.isHeapType()) {
            for (PyType m : t.mro()) {
                if (m.dict().getStr(POW) != null) {
                    if (m.isHeapType()) {
                        return CLASS_SLOT;
                    }
                    break;
                }
            }
        }
        if (o instanceof PyInt) {
            return INT_SLOT;
        }
        if (o instanceof PyFloat) {
            return FLOAT_SLOT;
        }
        if (o instanceof PyComplex) {
            return COMPLEX_SLOT;
        }
        return t.lookup(POW) != null ? CLASS_SLOT : NO_SLOT;
    }

    private static PyObject ternaryPower(int kind, PyObject base, PyObject exp, PyObject mod) {
        switch (kind) {
            case INT_SLOT:
                if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt) {
                    return IntOps.modPow(Abstract.index(base), Abstract.index(exp), Abstract.index(mod));
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
            case FLOAT_SLOT:
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            case COMPLEX_SLOT:
                if (isNumber(base) && isNumber(exp)) {
                    throw Errors.valueError("complex modulo");
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
            default:
                // slot_nb_power: three-argument power never calls __rpow__
                if (powerSlot(base) == CLASS_SLOT) {
                    return Abstract.callMethod(base, "__pow__", exp, mod);
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    static PyObject round(PyObject number, PyObject ndigits) {
        PyObject method = number.type().lookup(ROUND);
        if (method == null) {
            throw Errors.typeError("type " + number.type().name + " doesn't define __round__ method");
        }
        PyObject bound = Abstract.getAttr(number, ROUND);
        return ndigits == PyNone.NONE ? Abstract.call(bound) : Abstract.call(bound, ndigits);
    }

    /** {@code builtin_sum_impl}: ints on a long while they fit, floats with Neumaier's compensation, then {@code +}. */
    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.getIter(iterable);
        PyObject result = start;
        if (result.getClass() == PyInt.class && ((PyInt) result).big == null) {
            long acc = ((PyInt) result).value;
            while (true) {
                PyObject item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if (item.getClass() == PyInt.class && ((PyInt) item).big == null) {
                    long v = ((PyInt) item).value;
                    long r = acc + v;
                    if (((acc ^ r) & (v ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = Abstract.binaryOp(NB_ADD, PyInt.of(acc), item);
                return addRest(result, it);
            }
        }
        return addRest(result, it);
    }

    private static PyObject addRest(PyObject result, PyObject it) {
        if (result.getClass() == PyFloat.class) {
            double f = ((PyFloat) result).value;
            double c = 0.0;
            while (true) {
                PyObject item = Abstract.next(it);
                if (item == null) {
                    if (c != 0.0 && !Double.isInfinite(c) && !Double.isNaN(c)) {
                        f += c;
                    }
                    return new PyFloat(f);
                }
                if (item.getClass() == PyFloat.class) {
                    double x = ((PyFloat) item).value;
                    double t = f + x;
                    // c += (f - t) + x, written with subtractions: TeaVM's JS output drops the
                    // parentheses of a + (b + c) on doubles, but keeps those of a - (b - c)
                    if (Math.abs(f) >= Math.abs(x)) {
                        c = c - ((t - f) - x);
                    } else {
                        c = c - ((t - x) - f);
                    }
                    f = t;
                    continue;
                }
                if (item.getClass() == PyInt.class && ((PyInt) item).big == null) {
                    f += (double) ((PyInt) item).value;
                    continue;
                }
                if (c != 0.0 && !Double.isInfinite(c) && !Double.isNaN(c)) {
                    f += c;
                }
                result = Abstract.binaryOp(NB_ADD, new PyFloat(f), item);
                break;
            }
        }
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            result = Abstract.binaryOp(NB_ADD, result, item);
        }
        return result;
    }
}
