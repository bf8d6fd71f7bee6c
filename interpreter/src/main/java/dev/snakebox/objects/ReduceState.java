package dev.snakebox.objects;

/**
 * The state part of a built-in's {@code __reduce__} result: CPython's {@code _PyObject_GetState}
 * for an object without {@code __slots__} ({@code Objects/typeobject.c},
 * {@code object_getstate_default}): the instance dict, or None when there is none or it is empty.
 */
final class ReduceState {
    private ReduceState() {}

    static PyObject of(PyObject o) {
        PyDict d = o.instanceDict();
        return d == null || d.size() == 0 ? PyNone.NONE : d;
    }
}
