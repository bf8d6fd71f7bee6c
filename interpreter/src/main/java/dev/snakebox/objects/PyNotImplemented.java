package dev.snakebox.objects;

/** {@code NotImplemented}; CPython's {@code _Py_NotImplementedStruct} ({@code Objects/object.c}). */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("NotImplemented");
                // CPython 3.13 answers True with a DeprecationWarning (3.14 raises TypeError)
                t.nb_bool = self -> {
                    Warnings.deprecated("NotImplemented should not be used in a boolean context");
                    return true;
                };
                t.tp_new = (type, args, start, nargs, kw) -> {
                    if (nargs > 0 || kw != null && kw.size() > 0) {
                        throw Errors.typeError("NotImplementedType takes no arguments");
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
            },
            t -> t.method("__reduce__()", (self, a) -> PyStr.of("NotImplemented")));
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
