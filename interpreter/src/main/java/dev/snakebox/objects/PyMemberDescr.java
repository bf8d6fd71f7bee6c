package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A {@code __slots__} member of a class, {@code <member 'a' of 'C' objects>}; CPython's
 * {@code member_descriptor} ({@code Objects/descrobject.c}) over a {@code T_OBJECT_EX} slot.
 * Also a member of a built-in type ({@code slice.start}, {@code OSError.errno}), read and written
 * by Java code: CPython's {@code PyMemberDef} fields, "readonly attribute" when {@code READONLY}.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, 0,
            t -> {
                t.tp_descr_get = (self, obj, type) -> {
                    PyMemberDescr d = (PyMemberDescr) self;
                    if (obj == null) {
                        return d;
                    }
                    if (d.get != null) {
                        d.checkBuiltin(obj);
                        return d.get.get(obj);
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
                    if (d.get != null) {
                        d.checkBuiltin(obj);
                        if (d.set == null) {
                            throw Errors.raise(ExceptionTypes.AttributeError, "readonly attribute"); // PyMember_SetOne
                        }
                        d.set.set(obj, value);
                        return;
                    }
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
                t.member("__name__", self -> PyStr.of(((PyMemberDescr) self).name));
                t.getter("__qualname__", self -> PyStr.of(((PyMemberDescr) self).owner.qualname + "." + ((PyMemberDescr) self).name));
                t.member("__objclass__", self -> ((PyMemberDescr) self).owner);
                // a built-in type's member has its PyMemberDef doc; a class's __slots__ member has none
                t.getter("__doc__", self -> ((PyMemberDescr) self).get == null ? PyNone.NONE
                        : DocStrings.docAttr(DocStrings.attrKey(((PyMemberDescr) self).owner.name, ((PyMemberDescr) self).name)));
            });

    final PyType owner;
    final String name;
    final int index;
    /** A built-in type's member: how to read it, and to write it (null when read-only); null for a slot. */
    private final PyGetSetDescr.Getter get;
    private final PyGetSetDescr.Setter set;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.get = null;
        this.set = null;
    }

    /** A member of a built-in type; {@code set} null for a read-only one. */
    PyMemberDescr(PyType owner, String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set) {
        this.owner = owner;
        this.name = name;
        this.index = -1;
        this.get = get;
        this.set = set;
    }

    private void checkBuiltin(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
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
