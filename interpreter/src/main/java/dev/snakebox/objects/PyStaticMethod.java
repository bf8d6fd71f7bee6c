package dev.snakebox.objects;

/**
 * {@code staticmethod}; CPython's {@code Objects/funcobject.c} ({@code sm_descr_get},
 * {@code sm_call}): read from a class or an instance, the callable itself.
 */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT,
            t -> {
                t.tp_descr_get = (self, obj, type) -> ((PyStaticMethod) self).callable;
                t.tp_call = (self, args, start, nargs, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, start, nargs, kw);
                t.tp_new = (type, args, start, nargs, kw) -> new PyStaticMethod(type, PyNone.NONE);
                t.tp_init = (self, args, start, nargs, kw) -> {
                    if (kw != null && kw.size() > 0) {
                        throw Errors.typeError("staticmethod() takes no keyword arguments");
                    }
                    if (nargs != 1) {
                        throw Errors.typeError("staticmethod expected 1 argument, got " + nargs);
                    }
                    ((PyStaticMethod) self).wrap(args[start]);
                };
                t.tp_repr = self -> PyStr.of("<staticmethod(" + Abstract.repr(((PyStaticMethod) self).callable).value() + ")>");
            },
            t -> {
                t.member("__func__", self -> ((PyStaticMethod) self).callable);
                t.member("__wrapped__", self -> ((PyStaticMethod) self).callable);
                t.getter("__isabstractmethod__", self -> PyBool.of(Abstract.isAbstract(((PyStaticMethod) self).callable)));
                t.getSet("__dict__", self -> self.instanceDict(), (self, v) -> ((PyStaticMethod) self).dict = TypeNew.checkDict(v));
            });

    private final PyType type;
    PyObject callable;
    private PyDict dict = new PyDict();

    PyStaticMethod(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    public PyStaticMethod(PyObject callable) {
        this(TYPE, PyNone.NONE);
        wrap(callable);
    }

    /** Copies {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} of the callable, as 3.10+ does. */
    private void wrap(PyObject c) {
        this.callable = c;
        PyClassMethod.copyAttributes(dict, c);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
