package dev.snakebox.objects;

/** {@code map}; CPython's {@code map_new} and {@code map_next} ({@code Python/bltinmodule.c}). */
public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = PyMap::create;
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyMap) self).next();
            },
            t -> t.method("__reduce__()", (self, a) -> {
                PyMap m = (PyMap) self;
                PyObject[] args = new PyObject[m.its.length + 1];
                args[0] = m.func;
                System.arraycopy(m.its, 0, args, 1, m.its.length);
                return PyTuple.of(self.type(), PyTuple.of(args));
            }));

    private final PyType type;
    private final PyObject func;
    private final PyObject[] its;

    private PyMap(PyType type, PyObject func, PyObject[] its) {
        this.type = type;
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("map() takes no keyword arguments");
        }
        if (nargs < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[nargs - 1];
        for (int i = 1; i < nargs; i++) {
            its[i - 1] = Abstract.getIter(args[start + i]);
        }
        return new PyMap(type, args[start], its);
    }

    private PyObject next() {
        PyObject[] a = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = Abstract.next(its[i]);
            if (x == null) {
                return null;
            }
            a[i] = x;
        }
        return Abstract.call(func, a);
    }
}
