package dev.snakebox.objects;

/** {@code filter}; CPython's {@code filter_new} and {@code filter_next} ({@code Python/bltinmodule.c}). */
public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = PyFilter::create;
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyFilter) self).next();
            },
            t -> t.method("__reduce__()", (self, a) -> {
                PyFilter f = (PyFilter) self;
                return PyTuple.of(self.type(), PyTuple.of(f.func, f.it));
            }));

    private final PyType type;
    private final PyObject func;
    private final PyObject it;

    private PyFilter(PyType type, PyObject func, PyObject it) {
        this.type = type;
        this.func = func;
        this.it = it;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("filter() takes no keyword arguments");
        }
        if (nargs != 2) {
            throw Errors.typeError("filter expected 2 arguments, got " + nargs);
        }
        return new PyFilter(type, args[start], Abstract.getIter(args[start + 1]));
    }

    private PyObject next() {
        PyObject x;
        while ((x = Abstract.next(it)) != null) {
            boolean ok = func == PyNone.NONE || func == PyBool.TYPE ? Abstract.isTrue(x) : Abstract.isTrue(Abstract.call(func, x));
            if (ok) {
                return x;
            }
        }
        return null;
    }
}
