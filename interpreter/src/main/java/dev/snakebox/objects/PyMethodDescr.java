package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A method of a built-in type, {@code list.append}; CPython's {@code method_descriptor}
 * ({@code PyMethodDescrObject}, {@code Objects/descrobject.c}). Read from an instance it binds
 * into a {@link PyBuiltinFunction}; the VM's method calls skip that and call it with the
 * instance apart ({@link #callWithSelf}).
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, PyType.METHOD_DESCRIPTOR,
            t -> {
                t.tp_descr_get = (self, obj, type) -> {
                    PyMethodDescr d = (PyMethodDescr) self;
                    if (obj == null) {
                        return d;
                    }
                    d.checkSelf(obj);
                    return d.raw != null ? new PyBuiltinFunction(d.owner, d.name, d.raw, obj)
                            : new PyBuiltinFunction(d.owner, d.sig, d.body, obj);
                };
                t.tp_call = (self, args, start, nargs, kw) -> ((PyMethodDescr) self).call(args, start, nargs, kw);
                t.tp_repr = self -> PyStr.of(self.repr());
            },
            t -> {
                t.member("__name__", self -> PyStr.of(((PyMethodDescr) self).name));
                t.getter("__qualname__", self -> PyStr.of(((PyMethodDescr) self).owner.name + "." + ((PyMethodDescr) self).name));
                t.member("__objclass__", self -> ((PyMethodDescr) self).owner);
                t.method("__reduce__()", (self, a) -> PyTuple.of(ObjectReduce.builtin("getattr"),
                        PyTuple.of(((PyMethodDescr) self).owner, PyStr.of(((PyMethodDescr) self).name))));
                t.getter("__doc__", self -> DocStrings.docAttr(((PyMethodDescr) self).docKey()));
                t.getter("__text_signature__", self -> DocStrings.signatureAttr(((PyMethodDescr) self).docKey()));
            });

    final PyType owner;
    final String name;
    final Signature sig;
    final PyBuiltinFunction.Body body;
    final PyBuiltinFunction.Raw raw;

    PyMethodDescr(PyType owner, Signature sig, PyBuiltinFunction.Body body) {
        this.owner = owner;
        this.sig = sig.owner(owner.name.substring(owner.name.lastIndexOf('.') + 1)); // tp_name without its module
        this.name = sig.name;
        this.body = body;
        this.raw = null;
    }

    PyMethodDescr(PyType owner, String name, PyBuiltinFunction.Raw raw) {
        this.owner = owner;
        this.sig = null;
        this.name = name;
        this.body = null;
        this.raw = raw;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    String docKey() {
        return DocStrings.attrKey(owner.name, name);
    }

    void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    /** {@code list.append(xs, 1)}: the instance comes first. */
    PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs < 1) {
            throw Errors.typeError("unbound method " + owner.name + "." + name + "() needs an argument");
        }
        return callWithSelf(args[start], args, start + 1, nargs - 1, kwnames);
    }

    /** {@code xs.append(1)}: the instance apart from the arguments. */
    public PyObject callWithSelf(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        checkSelf(self);
        if (raw != null) {
            return raw.call(self, args, start, nargs, kwnames);
        }
        return body.call(self, sig.bind(args, start, nargs, kwnames));
    }

    @Override
    public String repr() {
        return "<method '" + name + "' of '" + owner.name + "' objects>";
    }
}
