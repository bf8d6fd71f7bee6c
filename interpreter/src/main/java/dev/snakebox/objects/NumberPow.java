package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.NB_POWER;

/**
 * The {@code __pow__} and {@code __rpow__} methods of int, float and complex, which take an
 * optional modulus as CPython's ternary {@code nb_power} slot wrappers do ({@code wrap_ternaryfunc}):
 * without one they are the binary slot; with one, {@code long_pow}, {@code float_pow} and
 * {@code complex_pow} answer as in three-argument {@code pow()}.
 */
final class NumberPow {
    private NumberPow() {}

    static final int INT = 0;
    static final int FLOAT = 1;
    static final int COMPLEX = 2;

    static void define(PyType t, int kind) {
        t.method("__pow__(value, mod=None, /)", (self, a) -> power(kind, self, a[0], a[1]));
        t.method("__rpow__(value, mod=None, /)", (self, a) -> power(kind, a[0], self, a[1]));
    }

    private static PyObject power(int kind, PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.NONE) {
            Slots.Binary slot = (kind == INT ? PyInt.TYPE : kind == FLOAT ? PyFloat.TYPE : PyComplex.TYPE).nb[NB_POWER];
            return slot.apply(base, exp);
        }
        switch (kind) {
            case INT:
                if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt) {
                    return IntOps.modPow(Abstract.index(base), Abstract.index(exp), Abstract.index(mod));
                }
                return PyNotImplemented.NOT_IMPLEMENTED;
            case FLOAT:
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            default:
                if (ComplexType.toComplex(base) == null || ComplexType.toComplex(exp) == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                throw Errors.valueError("complex modulo");
        }
    }
}
