package dev.snakebox.objects;

/** An instance of a class derived from {@code str}: the text, its class and its {@code __dict__}. */
final class PyStrSubclass extends PyStr {
    private final PyType type;
    private final PyDict dict;

    PyStrSubclass(PyType type, String value) {
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
