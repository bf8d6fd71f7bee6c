package dev.snakebox.objects;

/** {@code enumerate}; CPython's {@code Objects/enumobject.c} ({@code enum_new}, {@code enum_next}). */
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = PyEnumerate::create;
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyEnumerate) self).next();
            },
            t -> {
                t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
                t.method("__reduce__()", (self, a) -> {
                    PyEnumerate e = (PyEnumerate) self;
                    PyObject index = e.bigIndex != null ? e.bigIndex : PyInt.of(e.index);
                    return PyTuple.of(self.type(), PyTuple.of(e.it, index));
                });
            });

    private final PyType type;
    private final PyObject it;
    private long index;
    private PyInt bigIndex;

    private PyEnumerate(PyType type, PyObject it, PyInt start) {
        this.type = type;
        this.it = it;
        if (start.big == null && start.value < Long.MAX_VALUE / 2) {
            this.index = start.value;
        } else {
            this.bigIndex = start;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code enum_new}, with the messages of its {@code PyArg_ParseTupleAndKeywords}. */
    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject iterable = nargs > 0 ? args[start] : null;
        PyObject st = nargs > 1 ? args[start + 1] : null;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nargs + nkw > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + (nargs + nkw) + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            PyObject v = args[start + nargs + i];
            if (k.equals("iterable") && nargs < 1) {
                iterable = v;
            } else if (k.equals("start") && nargs < 2) {
                st = v;
            } else if (k.equals("iterable") || k.equals("start")) {
                throw Errors.typeError("argument for enumerate() given by name ('" + k + "') and position ("
                        + (k.equals("iterable") ? 1 : 2) + ")");
            } else {
                throw Errors.typeError("'" + k + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyInt s = st == null ? PyInt.of(0) : Abstract.index(st);
        return new PyEnumerate(type, Abstract.getIter(iterable), s);
    }

    private PyObject next() {
        PyObject x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        PyObject i;
        if (bigIndex == null) {
            i = PyInt.of(index++);
        } else {
            i = bigIndex;
            bigIndex = IntOps.add(bigIndex, PyInt.of(1));
        }
        return PyTuple.wrap(new PyObject[] {i, x});
    }
}
