package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A class method of a built-in type, {@code dict.fromkeys}; CPython's
 * {@code classmethod_descriptor} ({@code Objects/descrobject.c}): read from the class or an
 * instance, it binds to the class.
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyType.OBJECT, 0,
            t -> {
                t.tp_descr_get = (self, obj, type) -> {
                    PyClassMethodDescr d = (PyClassMethodDescr) self;
                    PyObject cls = type != null ? type : obj.type();
                    return new PyBuiltinFunction(d.owner, d.sig, d.body, cls);
                };
                t.tp_repr = self -> PyStr.of(self.repr());
            },
            t -> {
                t.getter("__name__", self -> PyStr.of(((PyClassMethodDescr) self).sig.name));
                t.getter("__objclass__", self -> ((PyClassMethodDescr) self).owner);
                t.getter("__doc__", self -> DocStrings.docAttr(((PyClassMethodDescr) self).docKey()));
                t.getter("__text_signature__", self -> DocStrings.signatureAttr(((PyClassMethodDescr) self).docKey()));
            });

    final PyType owner;
    final Signature sig;
    final PyBuiltinFunction.Body body;

    PyClassMethodDescr(PyType owner, Signature sig, PyBuiltinFunction.Body body) {
        this.owner = owner;
        this.sig = sig;
        this.body = body;
    }

    String docKey() {
        return DocStrings.attrKey(owner.name, sig.name);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<method '" + sig.name + "' of '" + owner.name + "' objects>";
    }
}
