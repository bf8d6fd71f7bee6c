package dev.snakebox.objects;

/**
 * {@code reversed}; CPython's {@code reversed_new} ({@code Objects/enumobject.c}): the object's
 * {@code __reversed__}, or indexes from {@code len - 1} down for a sequence.
 */
public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = PyReversed::create;
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyReversed) self).next();
            },
            t -> {
                t.method("__length_hint__()", (self, a) -> PyInt.of(Math.max(0, ((PyReversed) self).index + 1)));
                // reversed_reduce
                t.method("__reduce__()", (self, a) -> {
                    PyReversed it = (PyReversed) self;
                    return it.seq != null ? PyTuple.of(self.type(), PyTuple.of(it.seq), PyInt.of(it.index))
                            : PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY));
                });
                t.method("__setstate__(state, /)", (self, a) -> {
                    PyReversed it = (PyReversed) self;
                    long index = IterState.index(a[0]);
                    if (it.seq != null) {
                        long n = Abstract.len(it.seq);
                        it.index = Math.max(-1, Math.min(n - 1, index));
                    }
                    return PyNone.NONE;
                });
            });

    private static final PyStr REVERSED = PyStr.intern("__reversed__");
    private static final PyStr GETITEM = PyStr.intern("__getitem__");

    private PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long n) {
        this.seq = seq;
        this.index = n - 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("reversed() takes no keyword arguments");
        }
        if (nargs != 1) {
            throw Errors.typeError("reversed expected 1 argument, got " + nargs);
        }
        PyObject seq = args[start];
        PyObject rev = seq.type().lookup(REVERSED);
        if (rev == PyNone.NONE) {
            throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
        }
        if (rev != null) {
            return HeapSlots.callDescr(rev, seq, new PyObject[0]);
        }
        if (seq instanceof PyDict || seq.type().lookup(GETITEM) == null || seq.type().sq_length == null) {
            throw Errors.typeError("'" + seq.type().name + "' object is not reversible");
        }
        return new PyReversed(seq, Abstract.len(seq));
    }

    private PyObject next() {
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index--));
        } catch (PyException e) {
            PyType t = e.value.type();
            if (t.isSubtypeOf(ExceptionTypes.IndexError) || t.isSubtypeOf(ExceptionTypes.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
