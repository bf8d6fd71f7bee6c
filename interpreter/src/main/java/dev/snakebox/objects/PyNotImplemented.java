package dev.snakebox.objects;

/** {@code NotImplemented}; CPython's {@code _Py_NotImplementedStruct} ({@code Objects/object.c}). */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("NotImplemented");
                t.nb_bool = self -> {
                    throw Errors.typeError("NotImplemented should not be used in a boolean context");
                };
            },
            null);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
