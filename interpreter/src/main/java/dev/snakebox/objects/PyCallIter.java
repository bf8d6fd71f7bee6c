package dev.snakebox.objects;

/** {@code iter(callable, sentinel)}; CPython's {@code callable_iterator} ({@code Objects/iterobject.c}). */
public final class PyCallIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyCallIter) self).next();
            },
            t -> t.method("__reduce__()", (self, a) -> {
                PyCallIter it = (PyCallIter) self;
                return it.func != null ? PyTuple.of(ObjectReduce.builtin("iter"), PyTuple.of(it.func, it.sentinel))
                        : IterReduce.exhausted(PyTuple.EMPTY);
            }));

    private PyObject func;
    private final PyObject sentinel;

    public PyCallIter(PyObject func, PyObject sentinel) {
        this.func = func;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (func == null) {
            return null;
        }
        PyObject r;
        try {
            r = Abstract.call(func);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                func = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(r, sentinel, Abstract.EQ)) {
            func = null;
            return null;
        }
        return r;
    }
}
