package dev.snakebox.objects;

/**
 * A function bound to an instance, {@code obj.method}; CPython's {@code PyMethodObject}
 * ({@code Objects/classobject.c}). Calling it calls the function with the instance first.
 */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, 0,
            t -> {
                t.tp_call = (self, args, start, nargs, kw) -> ((PyMethod) self).call(args, start, nargs, kw);
                t.tp_repr = self -> PyStr.of(((PyMethod) self).reprText());
                t.tp_getattro = PyMethod::getAttr;
                t.tp_descr_get = (self, obj, type) -> self;
                t.tp_richcompare = (a, b, op) -> {
                    if ((op == Abstract.EQ || op == Abstract.NE) && b instanceof PyMethod) {
                        PyMethod x = (PyMethod) a;
                        PyMethod y = (PyMethod) b;
                        boolean eq = x.self == y.self && Abstract.richCompareBool(x.func, y.func, Abstract.EQ);
                        return PyBool.of(eq == (op == Abstract.EQ));
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
                t.tp_hash = self -> Abstract.hash(((PyMethod) self).self) ^ Abstract.hash(((PyMethod) self).func);
                t.tp_new = PyMethod::create;
            },
            t -> {
                t.member("__func__", self -> ((PyMethod) self).func);
                t.member("__self__", self -> ((PyMethod) self).self);
                t.getter("__doc__", self -> Abstract.getAttr(((PyMethod) self).func, "__doc__")); // method_get_doc
                // method_reduce: getattr(self, name of the function)
                t.method("__reduce__()", (self, a) -> PyTuple.of(ObjectReduce.builtin("getattr"),
                        PyTuple.of(((PyMethod) self).self, Abstract.getAttr(((PyMethod) self).func, "__name__"))));
            });

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    /** {@code method_new}: {@code types.MethodType(function, instance)}. */
    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("method() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw Errors.typeError("method expected 2 arguments, got " + nargs);
        }
        PyObject func = args[start];
        PyObject self = args[start + 1];
        if (func.type().tp_call == null) {
            throw Errors.typeError("first argument must be callable");
        }
        if (self == PyNone.NONE) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyMethod(func, self);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyObject[] all = new PyObject[nargs + nkw + 1];
        all[0] = self;
        System.arraycopy(args, start, all, 1, nargs + nkw);
        return Abstract.call(func, all, 0, nargs + 1, kwnames);
    }

    /** Attributes of the method itself, then of its function ({@code m.__name__}). */
    private static PyObject getAttr(PyObject self, PyStr name) {
        PyObject descr = TYPE.lookup(name);
        if (descr != null) {
            Slots.DescrGet f = descr.type().tp_descr_get;
            return f != null ? f.get(descr, self, TYPE) : descr;
        }
        return Abstract.getAttr(((PyMethod) self).func, name); // method_getattro: the function's error
    }

    private String reprText() {
        PyObject qn = Abstract.lookupAttr(func, PyStr.intern("__qualname__"));
        if (qn == null) {
            qn = Abstract.lookupAttr(func, PyStr.intern("__name__"));
        }
        String n = qn instanceof PyStr ? ((PyStr) qn).value() : "?";
        return "<bound method " + n + " of " + Abstract.repr(self).value() + ">";
    }
}
