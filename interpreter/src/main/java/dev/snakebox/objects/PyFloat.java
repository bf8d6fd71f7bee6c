package dev.snakebox.objects;

/** {@code float}; CPython's {@code Objects/floatobject.c}. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, PyType.BASETYPE, FloatType::fill, FloatType::define);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return FloatRepr.repr(value);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }
}
