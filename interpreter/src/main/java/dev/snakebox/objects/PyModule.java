package dev.snakebox.objects;

/**
 * A module object: a name and a namespace; CPython's {@code PyModuleObject}
 * ({@code Objects/moduleobject.c}), as much as the builtins module and {@code __main__} need.
 */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT,
            t -> {
                t.tp_repr = self -> PyStr.of("<module '" + ((PyModule) self).name + "' (built-in)>");
                t.tp_getattro = (self, name) -> {
                    PyObject v = GenericAttr.getAttr(self, name);
                    if (v == null) {
                        throw Errors.attributeError(self, name.value,
                                "module '" + ((PyModule) self).name + "' has no attribute '" + name.value + "'");
                    }
                    return v;
                };
            },
            t -> t.getter("__dict__", self -> ((PyModule) self).dict));

    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
