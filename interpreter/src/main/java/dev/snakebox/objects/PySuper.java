package dev.snakebox.objects;

/**
 * {@code super}; CPython's {@code Objects/typeobject.c} ({@code super_init}, {@code supercheck},
 * {@code super_getattro}, {@code _PySuper_Lookup}): attribute lookup along the MRO of the
 * instance's type, starting after the given class.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = (type, args, start, nargs, kw) -> new PySuper(type);
                t.tp_init = (self, args, start, nargs, kw) -> ((PySuper) self).init(args, start, nargs, kw);
                t.tp_getattro = PySuper::getAttr;
                t.tp_repr = self -> PyStr.of(((PySuper) self).reprText());
                t.tp_descr_get = (self, obj, type) -> {
                    PySuper s = (PySuper) self;
                    if (obj == null || s.obj != null) {
                        return self;
                    }
                    PySuper r = new PySuper(PySuper.TYPE);
                    r.set(s.thisClass, obj);
                    return r;
                };
            },
            t -> {
                t.member("__thisclass__", self -> nullToNone(((PySuper) self).thisClass));
                t.member("__self__", self -> nullToNone(((PySuper) self).obj));
                t.member("__self_class__", self -> nullToNone(((PySuper) self).objType));
            });

    private static final PyStr CLASS = PyStr.intern("__class__");

    private final PyType type;
    PyType thisClass;
    PyObject obj;
    PyType objType;

    PySuper(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject nullToNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private void init(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("super() takes no keyword arguments");
        }
        if (nargs > 2) {
            throw Errors.typeError("super() expected at most 2 arguments, got " + nargs);
        }
        PyObject t;
        PyObject o = null;
        if (nargs == 0) {
            PyObject[] found = ThreadState.current().evaluator.zeroArgSuper();
            t = found[0];
            o = found[1];
        } else {
            t = args[start];
            if (nargs == 2) {
                o = args[start + 1] == PyNone.NONE ? null : args[start + 1];
            }
        }
        if (!(t instanceof PyType)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + t.type().name);
        }
        set((PyType) t, o);
    }

    private void set(PyType t, PyObject o) {
        this.thisClass = t;
        this.obj = o;
        this.objType = o == null ? null : check(t, o);
    }

    /** {@code supercheck}: the type whose MRO the lookup walks. */
    static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(type)) {
            return (PyType) obj;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        PyObject cls = Abstract.lookupAttr(obj, CLASS);
        if (cls instanceof PyType && cls != obj.type() && ((PyType) cls).isSubtypeOf(type)) {
            return (PyType) cls;
        }
        String what = obj instanceof PyType ? "type " + ((PyType) obj).name : "instance of " + obj.type().name;
        throw Errors.typeError("super(type, obj): obj (" + what + ") is not an instance or subtype of type (" + type.name + ").");
    }

    /**
     * {@code _PySuper_Lookup} without a super object (the VM's {@code LOAD_SUPER_ATTR}): the
     * attribute found after {@code type} in the MRO of {@code obj}'s type, bound to
     * {@code obj}; null when there is none. With {@code unbound} set, a method descriptor comes
     * back unbound in {@code unboundOut[0]}, for a method call.
     */
    public static PyObject lookup(PyType type, PyObject obj, PyStr name, boolean[] unboundOut) {
        PyType start = check(type, obj);
        PyObject r = find(type, start, obj, name, unboundOut);
        if (r == null) {
            throw Errors.attributeError(obj, name.value(), "'super' object has no attribute '" + name.value() + "'");
        }
        return r;
    }

    private static PyObject find(PyType thisClass, PyType start, PyObject obj, PyStr name, boolean[] unboundOut) {
        PyType[] mro = start.mro();
        int i = 0;
        while (i + 1 < mro.length && mro[i] != thisClass) {
            i++;
        }
        i++;
        for (; i < mro.length; i++) {
            PyObject res = mro[i].dict().getStr(name);
            if (res != null) {
                PyType rt = res.type();
                if (unboundOut != null && (rt.flags & PyType.METHOD_DESCRIPTOR) != 0 && obj != start) {
                    unboundOut[0] = true;
                    return res;
                }
                Slots.DescrGet f = rt.tp_descr_get;
                if (f != null) {
                    return f.get(res, obj == start ? null : obj, start);
                }
                return res;
            }
        }
        return null;
    }

    private static PyObject getAttr(PyObject self, PyStr name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.value().equals("__class__")) {
            PyObject r = find(s.thisClass, s.objType, s.obj, name, null);
            if (r != null) {
                return r;
            }
        }
        return GenericAttr.getAttr(self, name);
    }

    private String reprText() {
        if (objType != null) {
            return "<super: <class '" + thisClass.name + "'>, <" + objType.name + " object>>";
        }
        return "<super: <class '" + (thisClass == null ? "NULL" : thisClass.name) + "'>, NULL>";
    }
}
