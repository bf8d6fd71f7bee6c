package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A wrapper descriptor bound to an instance, {@code (1).__add__}; CPython's {@code method-wrapper}
 * ({@code wrapperobject} in {@code Objects/descrobject.c}).
 */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("method-wrapper", PyType.OBJECT, 0,
            t -> {
                t.tp_call = (self, args, start, nargs, kw) -> {
                    PyMethodWrapper w = (PyMethodWrapper) self;
                    return SlotWrappers.call(w.descr.def, w.descr.function, w.self, args, start, nargs, kw);
                };
                t.tp_repr = self -> PyStr.of(self.repr());
                t.tp_richcompare = (a, b, op) -> {
                    if ((op == Abstract.EQ || op == Abstract.NE) && b instanceof PyMethodWrapper) {
                        PyMethodWrapper x = (PyMethodWrapper) a;
                        PyMethodWrapper y = (PyMethodWrapper) b;
                        boolean eq = x.descr == y.descr && x.self == y.self;
                        return PyBool.of(eq == (op == Abstract.EQ));
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
            },
            t -> {
                t.member("__self__", self -> ((PyMethodWrapper) self).self);
                // wrapper_reduce: getattr(self, name)
                t.method("__reduce__()", (self, a) -> PyTuple.of(ObjectReduce.builtin("getattr"),
                        PyTuple.of(((PyMethodWrapper) self).self, PyStr.of(((PyMethodWrapper) self).descr.def.name))));
                t.getter("__name__", self -> PyStr.of(((PyMethodWrapper) self).descr.def.name));
                t.getter("__objclass__", self -> ((PyMethodWrapper) self).descr.owner);
                t.getter("__qualname__", self -> PyStr.of(((PyMethodWrapper) self).descr.owner.qualname + "."
                        + ((PyMethodWrapper) self).descr.def.name));
                t.getter("__doc__", self -> DocStrings.docAttr(((PyMethodWrapper) self).descr.docKey()));
                t.getter("__text_signature__", self -> DocStrings.signatureAttr(((PyMethodWrapper) self).descr.docKey()));
            });

    final PyWrapperDescr descr;
    final PyObject self;

    PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
        this.descr = descr;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<method-wrapper '" + descr.def.name + "' of " + self.type().name + " object at 0x" + Identity.hex(self) + ">";
    }
}
