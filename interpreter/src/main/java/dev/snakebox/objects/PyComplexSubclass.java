package dev.snakebox.objects;

/** An instance of a class derived from {@code complex}: the value, its class and its {@code __dict__}. */
final class PyComplexSubclass extends PyComplex {
    private final PyType type;
    private final PyDict dict;

    PyComplexSubclass(PyType type, double real, double imag) {
        super(real, imag);
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
