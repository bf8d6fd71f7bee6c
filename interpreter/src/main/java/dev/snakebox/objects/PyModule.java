package dev.snakebox.objects;

/**
 * A module object: a namespace with a name; CPython's {@code PyModuleObject}
 * ({@code Objects/moduleobject.c}): its repr ({@code _module_repr_from_spec}), attribute lookup
 * with a module-level {@code __getattr__} (PEP 562) and the circular-import wording of a missing
 * attribute, and {@code __dir__} (a module-level {@code __dir__}, else the dict's keys).
 */
public final class PyModule extends PyObject {
    private static final PyStr NAME = PyStr.intern("__name__");
    private static final PyStr FILE = PyStr.intern("__file__");
    private static final PyStr PATH = PyStr.intern("__path__");
    private static final PyStr GETATTR = PyStr.intern("__getattr__");
    private static final PyStr DIR = PyStr.intern("__dir__");
    private static final Signature INIT = Signature.parse("module(name, doc=None)");

    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyType.BASETYPE | PyType.HAS_DICT,
            t -> {
                t.tp_repr = self -> PyStr.of(((PyModule) self).reprText());
                t.tp_getattro = (self, name) -> ((PyModule) self).getAttr(name);
                t.tp_new = (type, args, start, nargs, kw) -> {
                    if (type != PyModule.TYPE) {
                        throw Errors.typeError("subclasses of module are not supported");
                    }
                    return new PyModule("?", new PyDict());
                };
                t.tp_init = (self, args, start, nargs, kw) -> ((PyModule) self).init(INIT.bind(args, start, nargs, kw));
            },
            t -> {
                t.member("__dict__", self -> ((PyModule) self).dict);
                // module_get_annotations: made (empty) on first use and kept in the module's dict
                t.getSet("__annotations__", self -> {
                    PyDict d = ((PyModule) self).dict;
                    PyObject v = d.getStr(PyStr.intern("__annotations__"));
                    if (v == null) {
                        v = new PyDict();
                        d.putStr(PyStr.intern("__annotations__"), v);
                    }
                    return v;
                }, (self, v) -> {
                    PyDict d = ((PyModule) self).dict;
                    if (v != null) {
                        d.putStr(PyStr.intern("__annotations__"), v);
                    } else if (d.removeStr(PyStr.intern("__annotations__")) == null) {
                        throw Errors.raise(ExceptionTypes.AttributeError, "__annotations__");
                    }
                });
                t.method("__dir__()", (self, a) -> ((PyModule) self).dir());
            });

    /** The name the module was created with; {@code __name__} in its dict is what Python sees. */
    public final String name;
    public final PyDict dict;
    /**
     * What the repr shows in parentheses when the module has no {@code __file__}:
     * {@value #BUILT_IN} or {@value #NAMESPACE}; null for none. (CPython reads it from
     * {@code __spec__.origin}, which Snakebox does not keep: see differences/module-spec.md.)
     */
    public String origin;
    /** Set while the module's code runs on import ({@code __spec__._initializing}). */
    public boolean initializing;
    /** The submodules being imported right now ({@code __spec__._uninitialized_submodules}); null for none yet. */
    public java.util.ArrayList<String> uninitializedSubmodules;

    public static final String BUILT_IN = "built-in";
    public static final String NAMESPACE = "namespace";

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

    /** {@code module___init___impl}: {@code ModuleType(name, doc=None)}. */
    private void init(PyObject[] a) {
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("module() argument 'name' must be str, not " + a[0].type().name);
        }
        dict.putStr(NAME, a[0]);
        dict.putStr(PyStr.intern("__doc__"), a[1]);
        dict.putStr(PyStr.intern("__package__"), PyNone.NONE);
        dict.putStr(PyStr.intern("__loader__"), PyNone.NONE);
        dict.putStr(PyStr.intern("__spec__"), PyNone.NONE);
    }

    /** {@code __name__} from the dict when it is a str, else null. */
    public String dictName() {
        PyObject n = dict.getStr(NAME);
        return n instanceof PyStr ? ((PyStr) n).value() : null;
    }

    private String reprText() {
        String n = dictName();
        String shown = "'" + (n == null ? "?" : n) + "'";
        PyObject file = dict.getStr(FILE);
        if (file instanceof PyStr) {
            return "<module " + shown + " from '" + ((PyStr) file).value() + "'>";
        }
        if (NAMESPACE.equals(origin)) {
            PyObject path = dict.getStr(PATH);
            return "<module " + shown + " (namespace) from " + (path == null ? "[]" : Abstract.repr(path).value()) + ">";
        }
        if (origin != null) {
            return "<module " + shown + " (" + origin + ")>";
        }
        return "<module " + shown + ">";
    }

    /** {@code _Py_module_getattro_impl}. */
    private PyObject getAttr(PyStr attr) {
        // LOAD_ATTR_MODULE's shortcut: module and object (immutable built-in types) define only
        // dunder names, so any other name can only come from the module's dict
        if (!attr.value().startsWith("__")) {
            PyObject d = dict.getStr(attr);
            if (d != null) {
                return d;
            }
        }
        PyObject v = GenericAttr.getAttr(this, attr);
        if (v != null) {
            return v;
        }
        PyObject getattr = dict.getStr(GETATTR);
        if (getattr != null) {
            return Abstract.call(getattr, attr);
        }
        String n = dictName();
        if (n == null) {
            throw Errors.attributeError(this, attr.value(), "module has no attribute '" + attr.value() + "'");
        }
        if (initializing) {
            // 3.13 names the file the module comes from (its spec's origin), when it has one
            PyObject file = dict.getStr(FILE);
            String from = file instanceof PyStr ? " from '" + ((PyStr) file).value() + "'" : "";
            throw Errors.attributeError(this, attr.value(), "partially initialized module '" + n + "'" + from
                    + " has no attribute '" + attr.value() + "' (most likely due to a circular import)");
        }
        if (uninitializedSubmodules != null && uninitializedSubmodules.contains(attr.value())) {
            throw Errors.attributeError(this, attr.value(), "cannot access submodule '" + attr.value() + "' of module '" + n
                    + "' (most likely due to a circular import)");
        }
        throw Errors.attributeError(this, attr.value(), "module '" + n + "' has no attribute '" + attr.value() + "'");
    }

    /** {@code module_dir}: the module's own {@code __dir__()}, else its dict's keys. */
    private PyObject dir() {
        PyObject f = dict.getStr(DIR);
        if (f != null) {
            return Abstract.call(f);
        }
        return PyList.wrap(dict.keysArray());
    }
}
