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
            },
            t -> {
                t.member("__func__", self -> ((PyMethod) self).func);
                t.member("__self__", self -> ((PyMethod) self).self);
                t.getter("__doc__", self -> Abstract.getAttr(((PyMethod) self).func, "__doc__")); // method_get_doc
            });

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
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
