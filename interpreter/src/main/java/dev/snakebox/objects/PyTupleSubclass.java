package dev.snakebox.objects;

/** An instance of a class derived from {@code tuple}: the items, its class and its {@code __dict__}. */
final class PyTupleSubclass extends PyTuple {
    private final PyType type;
    private final PyDict dict;

    PyTupleSubclass(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
        this.dict = (type.flags & PyType.HAS_DICT) != 0 ? new PyDict() : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
