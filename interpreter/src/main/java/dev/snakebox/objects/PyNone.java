package dev.snakebox.objects;

/** {@code None}; CPython's {@code _Py_NoneStruct} ({@code Objects/object.c}). */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of("None");
        t.nb_bool = self -> false;
        t.tp_hash = self -> PyHash.NONE;
        // NoneType sets tp_richcompare to object's own, so its dict has __eq__, __lt__... as CPython's
        t.tp_richcompare = (self, other, op) -> ObjectType.RICHCOMPARE.compare(self, other, op);
        t.tp_new = (type, args, start, nargs, kw) -> {
            if (nargs > 0 || kw != null && kw.size() > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return PyNone.NONE;
        };
    }, null);
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }
}
