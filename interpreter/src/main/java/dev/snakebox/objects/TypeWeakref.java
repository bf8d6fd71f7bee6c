package dev.snakebox.objects;

/**
 * Whether a class statement gives its class a {@code __weakref__} slot: CPython's
 * {@code may_add_weak} in {@code type_new} ({@code Objects/typeobject.c}): only when the base's
 * instances have no weak reference list yet ({@code tp_weaklistoffset == 0}) and are not of
 * variable size ({@code tp_itemsize == 0}). So a subclass of {@code Exception} or {@code list}
 * gets one, while one of {@code int}, {@code tuple}, {@code bytes}, {@code set},
 * {@code frozenset} or {@code type}, or of a class that has one already, does not.
 */
final class TypeWeakref {
    private TypeWeakref() {}

    private static final PyStr WEAKREF = PyStr.intern("__weakref__");

    static boolean mayAdd(PyType base) {
        for (PyType t : base.mro()) {
            if (t.dict().getStr(WEAKREF) != null || hasOwnWeakListOrItems(t)) {
                return false;
            }
        }
        return true;
    }

    /** The built-in types whose C struct has a weak reference list or variable-size items. */
    private static boolean hasOwnWeakListOrItems(PyType t) {
        return t == PyInt.TYPE || t == PyTuple.TYPE || t == PyBytes.TYPE || t == PySet.TYPE
                || t == PyFrozenSet.TYPE || t == PyType.TYPE;
    }
}
