package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * An attribute of a built-in type computed by Java code, {@code int.real},
 * {@code A.__dict__['__dict__']}; CPython's {@code getset_descriptor}
 * ({@code Objects/descrobject.c}). A data descriptor: it wins over the instance dict.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, 0,
            t -> {
                t.tp_descr_get = (self, obj, type) -> {
                    PyGetSetDescr d = (PyGetSetDescr) self;
                    if (obj == null) {
                        return d;
                    }
                    d.checkSelf(obj);
                    return d.get.get(obj);
                };
                t.tp_descr_set = (self, obj, value) -> {
                    PyGetSetDescr d = (PyGetSetDescr) self;
                    d.checkSelf(obj);
                    if (d.set == null) {
                        throw Errors.attributeError(obj, d.name,
                                "attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
                    }
                    d.set.set(obj, value);
                };
                t.tp_repr = self -> PyStr.of(self.repr());
            },
            t -> {
                t.member("__name__", self -> PyStr.of(((PyGetSetDescr) self).name));
                t.member("__objclass__", self -> ((PyGetSetDescr) self).owner);
                t.getter("__qualname__", self -> PyStr.of(((PyGetSetDescr) self).owner.qualname + "." + ((PyGetSetDescr) self).name));
                t.getter("__doc__", self -> ((PyGetSetDescr) self).doc());
            });

    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject self);
    }

    /** Sets ({@code value} non-null) or deletes ({@code value} null) the attribute. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    final PyType owner;
    final String name;
    final Getter get;
    final Setter set;

    PyGetSetDescr(PyType owner, String name, Getter get, Setter set) {
        this.owner = owner;
        this.name = name;
        this.get = get;
        this.set = set;
    }

    /** A built-in type's recorded docstring; a class's {@code __dict__}/{@code __weakref__} have typeobject.c's subtype_getsets texts. */
    private PyObject doc() {
        if (owner.isHeapType()) {
            switch (name) {
                case "__dict__":
                    return PyStr.of("dictionary for instance variables");
                case "__weakref__":
                    return PyStr.of("list of weak references to the object");
                default:
                    return PyNone.NONE;
            }
        }
        return DocStrings.docAttr(DocStrings.attrKey(owner.name, name));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
