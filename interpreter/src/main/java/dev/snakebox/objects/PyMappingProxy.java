package dev.snakebox.objects;

/**
 * A read-only view of a class's namespace, {@code A.__dict__}; CPython's {@code mappingproxy}
 * ({@code Objects/descrobject.c}).
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, 0,
            t -> {
                t.mp_subscript = (self, key) -> Abstract.getItem(((PyMappingProxy) self).dict, key);
                t.sq_length = self -> ((PyMappingProxy) self).dict.size();
                t.sq_contains = (self, key) -> ((PyMappingProxy) self).dict.containsKey(key);
                t.tp_iter = self -> Abstract.getIter(((PyMappingProxy) self).dict);
                // mappingproxy_or: the mappings' own |, the proxies unwrapped
                t.nb[dev.snakebox.bytecode.BinaryOps.NB_OR] = (a, b) -> Abstract.binaryOp(dev.snakebox.bytecode.BinaryOps.NB_OR,
                        unwrap(a), unwrap(b));
                t.nb[dev.snakebox.bytecode.BinaryOps.NB_INPLACE_OR] = (a, b) -> {
                    throw Errors.typeError("'|=' is not supported by " + a.type().name + "; use '|' instead");
                };
                t.tp_repr = self -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).dict).value() + ")");
                t.tp_str = self -> Abstract.str(((PyMappingProxy) self).dict);
            },
            t -> {
                t.method("keys()", (self, a) -> Abstract.callMethod(((PyMappingProxy) self).dict, "keys"));
                t.method("values()", (self, a) -> Abstract.callMethod(((PyMappingProxy) self).dict, "values"));
                t.method("items()", (self, a) -> Abstract.callMethod(((PyMappingProxy) self).dict, "items"));
                t.method("copy()", (self, a) -> ((PyMappingProxy) self).dict.copy());
                t.method("__reversed__()", (self, a) -> Abstract.call(PyReversed.TYPE, ((PyMappingProxy) self).dict));
                t.classMethod("__class_getitem__(item, /)", (cls, a) -> new PyGenericAlias(cls, a[0]));
                t.method("get(key, default=None, /)", (self, a) -> {
                    PyObject v = ((PyMappingProxy) self).dict.get(a[0]);
                    return v == null ? a[1] : v;
                });
            });

    final PyDict dict;

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyMappingProxy ? ((PyMappingProxy) o).dict : o;
    }

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
