package dev.snakebox.objects;

/** {@code bool}, a subclass of int with two instances; CPython's {@code Objects/boolobject.c}. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, 0, BoolType::fill, null);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    /** {@code bool_invert}'s DeprecationWarning, issued before {@code ~} of a bool (throws under an error filter). */
    public static void warnInvert() {
        Warnings.deprecated(BoolType.INVERT_DEPRECATED);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value != 0 ? "True" : "False";
    }
}
