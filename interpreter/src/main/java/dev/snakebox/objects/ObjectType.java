package dev.snakebox.objects;

/**
 * The slots and methods of {@code object}, the root of every class; CPython's
 * {@code PyBaseObject_Type} ({@code object_new}, {@code object_init}, {@code object_repr},
 * {@code object_richcompare}, ... in {@code Objects/typeobject.c}).
 */
final class ObjectType {
    private ObjectType() {}

    /** {@code object_repr}: {@code <module.Name object at 0x...>}. */
    static final Slots.Unary REPR = self -> PyStr.of("<" + self.type().fullName() + " object at 0x" + Identity.hex(self) + ">");

    /** {@code object_str}: the repr. */
    static final Slots.Unary STR = self -> Abstract.repr(self);

    /** {@code _Py_HashPointer}: from the object's identity. */
    static final Slots.Hash HASH = self -> {
        long id = Identity.of(self);
        long h = id >>> 4 | id << 60;
        return h == -1 ? -2 : h;
    };

    /** {@code PyObject_HashNotImplemented}: the {@code tp_hash} of a type whose {@code __hash__} is None. */
    static final Slots.Hash HASH_NOT_IMPLEMENTED = self -> {
        throw Errors.unhashable(self);
    };

    static final Slots.RichCompare RICHCOMPARE = (self, other, op) -> {
        switch (op) {
            case Abstract.EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case Abstract.NE: {
                Slots.RichCompare eq = self.type().tp_richcompare;
                if (eq == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r = eq.compare(self, other, Abstract.EQ);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return PyBool.of(!Abstract.isTrue(r));
                }
                return r;
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    };

    static final Slots.New NEW = ObjectType::objectNew;
    static final Slots.Init INIT = ObjectType::objectInit;

    private static boolean excessArgs(int nargs, PyTuple kwnames) {
        return nargs > 0 || kwnames != null && kwnames.size() > 0;
    }

    private static PyObject objectNew(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (excessArgs(nargs, kwnames)) {
            if (type.tp_new != NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == INIT) {
                throw Errors.typeError(type.name + "() takes no arguments");
            }
        }
        if ((type.flags & PyType.IS_ABSTRACT) != 0) {
            throw TypeSpecialAttrs.cannotInstantiate(type);
        }
        return new PyInstance(type);
    }

    private static void objectInit(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyType type = self.type();
        if (excessArgs(nargs, kwnames)) {
            if (type.tp_init != INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == NEW) {
                throw Errors.typeError(type.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    }

    static void fill(PyType t) {
        t.tp_repr = REPR;
        t.tp_str = STR;
        t.tp_hash = HASH;
        t.tp_richcompare = RICHCOMPARE;
        t.tp_getattro = GenericAttr.GET;
        t.tp_setattro = GenericAttr.SET;
        t.tp_new = NEW;
        t.tp_init = INIT;
    }

    static void define(PyType t) {
        t.getSet("__class__", self -> self.type(), ObjectType::setClass);
        t.method("__dir__()", (self, a) -> ObjectType.dir(self));
        t.method("__format__(format_spec, /)", (self, a) -> {
            PyObject spec = a[0];
            if (!(spec instanceof PyStr)) {
                throw Errors.typeError("__format__() argument must be str, not " + BadArgument.given(spec));
            }
            if (!((PyStr) spec).value().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.type().name + ".__format__");
            }
            return Abstract.str(self);
        });
        // METH_NOARGS bound to the class: CPython names it by the class's qualname in its errors
        t.classMethod("__init_subclass__(*args, **kwargs)", (cls, a) -> {
            String name = ((PyType) cls).qualname + ".__init_subclass__()";
            if (((PyDict) a[1]).size() > 0) {
                throw Errors.typeError(name + " takes no keyword arguments");
            }
            if (((PyTuple) a[0]).size() > 0) {
                throw Errors.typeError(name + " takes no arguments (" + ((PyTuple) a[0]).size() + " given)");
            }
            return PyNone.NONE;
        });
        t.classMethod("__subclasshook__(*args)", (cls, a) -> PyNotImplemented.NOT_IMPLEMENTED);
        t.method("__sizeof__()", (self, a) -> PyInt.of(16));
        ObjectReduce.define(t);
    }

    /** {@code object.__class__ = C}: only between classes with the same instance layout. */
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name + "' object");
        }
        PyType to = (PyType) value;
        PyType from = self.type();
        if (!(self instanceof PyInstance) || !to.isHeapType() || !from.isHeapType()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        boolean sameBase = to.solidBase == from.solidBase
                || to.solidBase.base == from.solidBase.base && addedSlots(to.solidBase).equals(addedSlots(from.solidBase));
        if (!sameBase || to.slotCount != from.slotCount
                || (to.flags & PyType.HAS_DICT) != (from.flags & PyType.HAS_DICT)) {
            throw Errors.typeError("__class__ assignment: '" + to.name + "' object layout differs from '" + from.name + "'");
        }
        ((PyInstance) self).type = to;
    }

    /** {@code same_slots_added}: the names of the {@code __slots__} members a class itself defines, in order. */
    static java.util.List<String> addedSlots(PyType t) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyObject v : t.dict().valuesArray()) {
            if (v instanceof PyMemberDescr && ((PyMemberDescr) v).owner == t) {
                names.add(((PyMemberDescr) v).name);
            }
        }
        return names;
    }

    /** {@code object.__dir__}: the instance dict's keys and the class's attributes, sorted. */
    static PyObject dir(PyObject self) {
        PyDict names = new PyDict();
        PyDict d = self.instanceDict();
        if (d != null) {
            for (PyObject k : d.keysArray()) {
                names.put(k, PyNone.NONE);
            }
        }
        for (PyType t : self.type().mro()) {
            for (PyObject k : t.dict().keysArray()) {
                names.put(k, PyNone.NONE);
            }
        }
        return PyList.of(names.keysArray());
    }
}
