package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * The slots and attributes of {@code type}, the class of classes; CPython's {@code PyType_Type}
 * ({@code type_call}, {@code type_getattro}, {@code type_setattro}, {@code type_repr},
 * {@code type_new}, {@code type_init} and the {@code type_getsets} of {@code Objects/typeobject.c}).
 */
final class TypeType {
    private TypeType() {}

    static final Slots.Call CALL = TypeType::call;
    static final Slots.GetAttr GETATTR = TypeType::getAttr;
    static final Slots.New NEW = TypeType::typeNew;

    static void fill(PyType t) {
        t.tp_call = CALL;
        t.tp_getattro = GETATTR;
        t.tp_setattro = TypeType::setAttr;
        t.tp_repr = self -> PyStr.of(self.repr());
        t.nb[dev.snakebox.bytecode.BinaryOps.NB_OR] = PyUnion::or;
        t.tp_new = NEW;
        t.tp_init = (self, args, start, nargs, kwnames) -> {
            if (nargs != 1 && nargs != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
        };
    }

    /** {@code type_call}: {@code type(x)}, or make an instance with {@code tp_new} and initialise it with {@code tp_init}. */
    static PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyType type = (PyType) self;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (type == PyType.TYPE) {
            if (nargs == 1 && nkw == 0) {
                return args[start].type();
            }
            if (nargs != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        if (type.tp_new == null) {
            throw Errors.typeError("cannot create '" + type.fullName() + "' instances");
        }
        PyObject obj = type.tp_new.create(type, args, start, nargs, kwnames);
        if (!obj.type().isSubtypeOf(type)) {
            return obj;
        }
        Slots.Init init = obj.type().tp_init;
        if (init != null) {
            init.init(obj, args, start, nargs, kwnames);
        }
        return obj;
    }

    /** {@code type_getattro}: data descriptors of the metaclass, then the class's MRO, then the metaclass. */
    static PyObject getAttr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            PyType mt = metaAttr.type();
            metaGet = mt.tp_descr_get;
            if (metaGet != null && mt.tp_descr_set != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet localGet = attr.type().tp_descr_get;
            if (localGet != null) {
                return localGet.get(attr, null, type);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, type, meta);
        }
        return metaAttr;
    }

    /** {@code type_setattro}: only classes may change; their slots follow their dunders. */
    static void setAttr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw Errors.typeError("cannot set '" + name.value() + "' attribute of immutable type '" + type.name + "'");
        }
        PyObject descr = type.type().lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, type, value);
                return;
            }
        }
        type.setOwnAttr(name, value);
    }

    /** {@code type_new}: {@code type(name, bases, dict, **kwds)}. */
    static PyObject typeNew(PyType metatype, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (metatype == PyType.TYPE && nargs == 1 && nkw == 0) {
            return args[start].type();
        }
        if (nargs != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + nargs + " given)");
        }
        PyObject name = args[start];
        PyObject bases = args[start + 1];
        PyObject ns = args[start + 2];
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + name.type().name);
        }
        if (!(bases instanceof PyTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + bases.type().name);
        }
        if (!(ns instanceof PyDict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + ns.type().name);
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.put(kwnames.get(i), args[start + nargs + i]);
        }
        return TypeNew.create(metatype, ((PyStr) name).value(), (PyTuple) bases, (PyDict) ns, kwargs);
    }

    static void define(PyType t) {
        // type_name: a built-in type's tp_name may carry its module ("dis.Instruction")
        t.getSet("__name__", self -> PyStr.of(((PyType) self).isHeapType() ? ((PyType) self).name
                : ((PyType) self).name.substring(((PyType) self).name.lastIndexOf('.') + 1)), (self, v) -> {
            PyType type = checkHeap(self, "__name__", v);
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + type.name + ".__name__, not '" + v.type().name + "'");
            }
            if (((PyStr) v).value().indexOf('\0') >= 0) {
                throw Errors.valueError("type name must not contain null characters");
            }
            type.name = ((PyStr) v).value();
        });
        t.getSet("__qualname__", self -> PyStr.of(((PyType) self).qualname), (self, v) -> {
            PyType type = checkHeap(self, "__qualname__", v);
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + type.name + ".__qualname__, not '" + v.type().name + "'");
            }
            type.qualname = ((PyStr) v).value();
        });
        t.getSet("__module__", self -> {
            PyType type = (PyType) self;
            if (type.isHeapType()) {
                PyObject m = type.dict().getStr(PyStr.intern("__module__"));
                if (m == null) {
                    throw Errors.attributeError(self, "__module__", "__module__");
                }
                return m;
            }
            return PyStr.of(type.module());
        }, (self, v) -> {
            PyType type = checkHeap(self, "__module__", v);
            type.setOwnAttr(PyStr.intern("__module__"), v);
        });
        t.getSet("__doc__", self -> {
            PyType type = (PyType) self;
            PyObject d = type.dict().getStr(PyStr.intern("__doc__"));
            if (!type.isHeapType() && (d == null || d == PyNone.NONE || DocStrings.doc(type.name) != null)) {
                return DocStrings.docAttr(type.name); // tp_doc (type_get_doc), kept apart from the dict until asked for
            }
            if (d == null) {
                return PyNone.NONE;
            }
            Slots.DescrGet get = d.type().tp_descr_get;
            return get != null ? get.get(d, null, type) : d;
        }, (self, v) -> {
            PyType type = checkHeap(self, "__doc__", v);
            type.setOwnAttr(PyStr.intern("__doc__"), v);
        });
        TypeSpecialAttrs.define(t);
        t.getter("__text_signature__", self -> ((PyType) self).isHeapType() ? PyNone.NONE
                : DocStrings.signatureAttr(((PyType) self).name));
        t.getSet("__bases__", self -> ((PyType) self).bases(), (self, v) -> TypeBases.set((PyType) self, v));
        t.member("__base__", self -> {
            PyType b = ((PyType) self).base;
            return b == null ? PyNone.NONE : b;
        });
        t.getter("__mro__", self -> PyTuple.of(((PyType) self).mro()));
        t.getter("__dict__", self -> new PyMappingProxy(((PyType) self).dict()));
        TypeLayout.define(t);
        t.member("__flags__", self -> PyInt.of(((PyType) self).flags));
        t.method("mro()", (self, a) -> PyList.of(((PyType) self).mro()));
        t.method("__subclasses__()", (self, a) -> {
            return PyList.of(((PyType) self).liveSubclasses().toArray(new PyObject[0]));
        });
        t.method("__instancecheck__(instance, /)", (self, a) -> PyBool.of(Abstract.typeCheck(a[0], (PyType) self)));
        t.method("__subclasscheck__(subclass, /)", (self, a) -> {
            if (!(a[0] instanceof PyType)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(((PyType) a[0]).isSubtypeOf((PyType) self));
        });
        t.classMethod("__prepare__(*args, **kwargs)", (cls, a) -> new PyDict());
        t.method("__dir__()", (self, a) -> {
            PyDict names = new PyDict();
            for (PyType k : ((PyType) self).mro()) {
                for (PyObject n : k.dict().keysArray()) {
                    names.put(n, PyNone.NONE);
                }
            }
            return PyList.of(names.keysArray());
        });
    }

    private static PyType checkHeap(PyObject self, String name, PyObject v) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name + "'");
        }
        if (v == null) {
            throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + type.name + "'");
        }
        return type;
    }
}
