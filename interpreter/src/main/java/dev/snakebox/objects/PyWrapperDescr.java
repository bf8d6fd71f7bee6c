package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A slot of a built-in type seen from Python, {@code int.__add__}; CPython's
 * {@code wrapper_descriptor} ({@code Objects/descrobject.c}). Bound to an instance it is a
 * {@link PyMethodWrapper}.
 */
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyType.OBJECT, PyType.METHOD_DESCRIPTOR,
            t -> {
                t.tp_descr_get = PyWrapperDescr::descrGet;
                t.tp_call = (self, args, start, nargs, kw) -> ((PyWrapperDescr) self).call(args, start, nargs, kw);
                t.tp_repr = self -> PyStr.of(self.repr());
            },
            t -> {
                t.member("__name__", self -> PyStr.of(((PyWrapperDescr) self).def.name));
                t.getter("__qualname__", self -> PyStr.of(((PyWrapperDescr) self).owner.name + "." + ((PyWrapperDescr) self).def.name));
                t.member("__objclass__", self -> ((PyWrapperDescr) self).owner);
                // descr_reduce: getattr(owner, name)
                t.method("__reduce__()", (self, a) -> PyTuple.of(ObjectReduce.builtin("getattr"),
                        PyTuple.of(((PyWrapperDescr) self).owner, PyStr.of(((PyWrapperDescr) self).def.name))));
                t.getter("__doc__", self -> DocStrings.docAttr(((PyWrapperDescr) self).docKey()));
                t.getter("__text_signature__", self -> DocStrings.signatureAttr(((PyWrapperDescr) self).docKey()));
            });

    final PyType owner;
    final SlotDefs.Def def;
    /** The slot function wrapped. */
    final Object function;

    /** {@code __del__}: no slot of Snakebox's types, only this descriptor, since nothing finalizes objects here. */
    private static final SlotDefs.Def DEL = new SlotDefs.Def("__del__", -1, SlotDefs.Kind.UNARY, 0, null);

    /**
     * The {@code __del__} slot wrapper of a built-in type with a {@code tp_finalize}
     * ({@code wrap_del}): calling it runs {@code finalize}, which returns None.
     */
    public static PyWrapperDescr finalizer(PyType owner, Slots.Unary finalize) {
        return new PyWrapperDescr(owner, DEL, finalize);
    }

    PyWrapperDescr(PyType owner, SlotDefs.Def def, Object function) {
        this.owner = owner;
        this.def = def;
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject descrGet(PyObject self, PyObject obj, PyObject type) {
        PyWrapperDescr d = (PyWrapperDescr) self;
        if (obj == null) {
            return d;
        }
        d.checkSelf(obj);
        return new PyMethodWrapper(d, obj);
    }

    /** Where the docstring is: the owner's, else the same slot's of a type that has it (slotdefs give one text per slot). */
    String docKey() {
        return DocStrings.slotKey(owner.name, def.name);
    }

    void checkSelf(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + def.name + "' requires a '" + owner.name + "' object but received a '"
                    + obj.type().name + "'");
        }
    }

    /** {@code int.__add__(1, 2)}: the first argument is the instance. */
    PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs < 1) {
            throw Errors.typeError("descriptor '" + def.name + "' of '" + owner.name + "' object needs an argument");
        }
        PyObject self = args[start];
        checkSelf(self);
        return SlotWrappers.call(def, function, self, args, start + 1, nargs - 1, kwnames);
    }

    /** Called with its instance apart (a method call on an instance). */
    PyObject callWithSelf(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        checkSelf(self);
        return SlotWrappers.call(def, function, self, args, start, nargs, kwnames);
    }

    @Override
    public String repr() {
        return "<slot wrapper '" + def.name + "' of '" + owner.name + "' objects>";
    }
}
