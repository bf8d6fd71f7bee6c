package dev.snakebox.objects;

/**
 * A {@code __slots__} member of a class, {@code <member 'a' of 'C' objects>}; CPython's
 * {@code member_descriptor} ({@code Objects/descrobject.c}) over a {@code T_OBJECT_EX} slot.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, 0,
            t -> {
                t.tp_descr_get = (self, obj, type) -> {
                    PyMemberDescr d = (PyMemberDescr) self;
                    if (obj == null) {
                        return d;
                    }
                    d.check(obj);
                    PyObject v = ((PyInstance) obj).slots[d.index];
                    if (v == null) {
                        throw Errors.noAttribute(obj, d.name);
                    }
                    return v;
                };
                t.tp_descr_set = (self, obj, value) -> {
                    PyMemberDescr d = (PyMemberDescr) self;
                    d.check(obj);
                    PyObject[] slots = ((PyInstance) obj).slots;
                    if (value == null && slots[d.index] == null) {
                        throw Errors.raise(ExceptionTypes.AttributeError, d.name); // member_set words it so
                    }
                    slots[d.index] = value;
                };
                t.tp_repr = self -> PyStr.of("<member '" + ((PyMemberDescr) self).name + "' of '" + ((PyMemberDescr) self).owner.name
                        + "' objects>");
            },
            t -> {
                t.getter("__name__", self -> PyStr.of(((PyMemberDescr) self).name));
                t.getter("__qualname__", self -> PyStr.of(((PyMemberDescr) self).owner.qualname + "." + ((PyMemberDescr) self).name));
                t.getter("__objclass__", self -> ((PyMemberDescr) self).owner);
            });

    final PyType owner;
    final String name;
    final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner) || !(obj instanceof PyInstance)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }
}
