package dev.snakebox.objects;

/**
 * {@code classmethod}; CPython's {@code Objects/funcobject.c} ({@code cm_descr_get}): read from a
 * class or an instance, the callable bound to the class.
 */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT,
            t -> {
                t.tp_descr_get = (self, obj, type) -> new PyMethod(((PyClassMethod) self).callable, type != null ? type : obj.type());
                t.tp_new = (type, args, start, nargs, kw) -> new PyClassMethod(type, PyNone.NONE);
                t.tp_init = (self, args, start, nargs, kw) -> {
                    if (kw != null && kw.size() > 0) {
                        throw Errors.typeError("classmethod() takes no keyword arguments");
                    }
                    if (nargs != 1) {
                        throw Errors.typeError("classmethod expected 1 argument, got " + nargs);
                    }
                    PyClassMethod cm = (PyClassMethod) self;
                    cm.callable = args[start];
                    copyAttributes(cm.dict, args[start]);
                };
                t.tp_repr = self -> PyStr.of("<classmethod(" + Abstract.repr(((PyClassMethod) self).callable).value() + ")>");
            },
            t -> {
                t.member("__func__", self -> ((PyClassMethod) self).callable);
                t.member("__wrapped__", self -> ((PyClassMethod) self).callable);
                t.getter("__isabstractmethod__", self -> PyBool.of(Abstract.isAbstract(((PyClassMethod) self).callable)));
                t.getSet("__dict__", self -> self.instanceDict(), (self, v) -> ((PyClassMethod) self).dict = TypeNew.checkDict(v));
            });

    private final PyType type;
    PyObject callable;
    private PyDict dict = new PyDict();

    PyClassMethod(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    public PyClassMethod(PyObject callable) {
        this(TYPE, callable);
        copyAttributes(dict, callable);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    /** {@code functools_wraps}: the wrapper takes the wrapped callable's names and doc. */
    static void copyAttributes(PyDict into, PyObject c) {
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Abstract.lookupAttr(c, PyStr.intern(n));
            if (v != null) {
                into.putStr(PyStr.intern(n), v);
            }
        }
    }
}
