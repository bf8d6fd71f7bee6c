package dev.snakebox.objects;

/** {@code zip}; CPython's {@code zip_new} and {@code zip_next} ({@code Python/bltinmodule.c}), with {@code strict}. */
public final class PyZip extends PyObject {
    public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = PyZip::create;
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyZip) self).next();
            },
            t -> {
                // zip_reduce: strict is the state, given only when set
                t.method("__reduce__()", (self, a) -> {
                    PyZip z = (PyZip) self;
                    PyTuple its = PyTuple.of(z.its);
                    return z.strict ? PyTuple.of(self.type(), its, PyBool.TRUE) : PyTuple.of(self.type(), its);
                });
                t.method("__setstate__(state, /)", (self, a) -> {
                    ((PyZip) self).strict = Abstract.isTrue(a[0]);
                    return PyNone.NONE;
                });
            });

    private final PyType type;
    private final PyObject[] its;
    private boolean strict;
    private boolean done;

    private PyZip(PyType type, PyObject[] its, boolean strict) {
        this.type = type;
        this.its = its;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        boolean strict = false;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nkw > 1) {
            // PyArg_ParseTupleAndKeywords("|$p:zip") counts before it names
            throw Errors.typeError("zip() takes at most 1 keyword argument (" + nkw + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            if (!k.equals("strict")) {
                throw Errors.typeError("zip() got an unexpected keyword argument '" + k + "'");
            }
            strict = Abstract.isTrue(args[start + nargs + i]);
        }
        PyObject[] its = new PyObject[nargs];
        for (int i = 0; i < nargs; i++) {
            its[i] = Abstract.getIter(args[start + i]);
        }
        return new PyZip(type, its, strict);
    }

    private PyObject next() {
        if (done || its.length == 0) {
            return null;
        }
        PyObject[] out = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject x = Abstract.next(its[i]);
            if (x == null) {
                done = true;
                if (strict) {
                    if (i > 0) {
                        throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-")
                                + i);
                    }
                    for (int j = 1; j < its.length; j++) {
                        if (Abstract.next(its[j]) != null) {
                            throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " " : "s 1-")
                                    + j);
                        }
                    }
                }
                return null;
            }
            out[i] = x;
        }
        return PyTuple.wrap(out);
    }
}
