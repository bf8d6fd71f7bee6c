package dev.snakebox.objects;

/** An instance of a class derived from {@code bytes}: the value, its class and its {@code __dict__}. */
final class PyBytesSubclass extends PyBytes {
    private final PyType type;
    private final PyDict dict;

    PyBytesSubclass(PyType type, byte[] value) {
        super(value, false);
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
