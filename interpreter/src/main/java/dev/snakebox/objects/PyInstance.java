package dev.snakebox.objects;

/**
 * An instance of a class whose instances are plain objects (no built-in base but
 * {@code object}): its class, its {@code __dict__} and its {@code __slots__} values; CPython's
 * heap-type object layout ({@code tp_dictoffset}, member slots).
 */
public class PyInstance extends PyObject {
    PyType type;
    PyDict dict;
    /** The values of the {@code __slots__} members, null where unset. */
    PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        if ((type.flags & PyType.HAS_DICT) != 0) {
            this.dict = new PyDict();
        }
        if (type.slotCount > 0) {
            this.slots = new PyObject[type.slotCount];
        }
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
