package dev.snakebox.objects;

/** An instance of a class derived from {@code float}: the value, its class and its {@code __dict__}. */
final class PyFloatSubclass extends PyFloat {
    private final PyType type;
    private final PyDict dict;

    PyFloatSubclass(PyType type, double value) {
        super(value);
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
