package dev.snakebox.objects;

/**
 * {@code property}; CPython's {@code Objects/descrobject.c} ({@code property_descr_get},
 * {@code property_descr_set}, {@code property_copy}): a data descriptor calling its getter,
 * setter and deleter.
 */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_descr_get = (self, obj, type) -> obj == null ? self : ((PyProperty) self).get(obj);
                t.tp_descr_set = (self, obj, value) -> ((PyProperty) self).set(obj, value);
                t.tp_new = (type, args, start, nargs, kw) -> new PyProperty(type);
                t.tp_init = (self, args, start, nargs, kw) -> {
                    PyObject[] a = PyProperty.INIT_SIG.bind(args, start, nargs, kw);
                    ((PyProperty) self).init(a[0], a[1], a[2], a[3]);
                };
            },
            PyProperty::define);

    private static final Signature INIT_SIG = Signature.parse("property(fget=None, fset=None, fdel=None, doc=None)");

    private final PyType type;
    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    PyObject name;

    PyProperty(PyType type) {
        this.type = type;
    }

    public PyProperty(PyObject fget) {
        this(TYPE);
        init(fget, PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    @Override
    public PyType type() {
        return type;
    }

    private void init(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttr(fget, PyStr.intern("__doc__"));
            doc = d == null ? PyNone.NONE : d;
        }
        this.doc = doc;
    }

    private String qualifiedName(PyObject obj) {
        PyObject n = name;
        if (n == null && fget != PyNone.NONE) {
            n = Abstract.lookupAttr(fget, PyStr.intern("__name__"));
        }
        if (n instanceof PyStr) {
            return "property '" + ((PyStr) n).value() + "' of '" + obj.type().name + "' object";
        }
        return "property of '" + obj.type().name + "' object";
    }

    private PyObject get(PyObject obj) {
        if (fget == PyNone.NONE) {
            throw Errors.attributeError(obj, null, qualifiedName(obj) + " has no getter");
        }
        return Abstract.call(fget, obj);
    }

    private void set(PyObject obj, PyObject value) {
        if (value == null) {
            if (fdel == PyNone.NONE) {
                throw Errors.attributeError(obj, null, qualifiedName(obj) + " has no deleter");
            }
            Abstract.call(fdel, obj);
        } else {
            if (fset == PyNone.NONE) {
                throw Errors.attributeError(obj, null, qualifiedName(obj) + " has no setter");
            }
            Abstract.call(fset, obj, value);
        }
    }

    /** {@code property_copy}: a new property of the same class with one accessor replaced. */
    private PyObject copy(PyObject g, PyObject s, PyObject d) {
        PyObject newDoc = doc;
        if (g != fget && g != PyNone.NONE) {
            newDoc = PyNone.NONE; // taken from the new getter
        }
        PyObject r = Abstract.call(type, g, s, d, newDoc);
        if (r instanceof PyProperty && name != null) {
            ((PyProperty) r).name = name;
        }
        return r;
    }

    private static void define(PyType t) {
        t.member("fget", self -> ((PyProperty) self).fget);
        t.member("fset", self -> ((PyProperty) self).fset);
        t.member("fdel", self -> ((PyProperty) self).fdel);
        t.member("__doc__", self -> ((PyProperty) self).doc, (self, v) -> ((PyProperty) self).doc = v == null ? PyNone.NONE : v);
        t.getter("__isabstractmethod__", self -> PyBool.of(Abstract.isAbstract(((PyProperty) self).fget)
                || Abstract.isAbstract(((PyProperty) self).fset) || Abstract.isAbstract(((PyProperty) self).fdel)));
        t.getSet("__name__", self -> {
            PyProperty p = (PyProperty) self;
            if (p.name != null) {
                return p.name;
            }
            if (p.fget != PyNone.NONE) {
                PyObject n = Abstract.lookupAttr(p.fget, PyStr.intern("__name__"));
                if (n != null) {
                    return n;
                }
            }
            throw Errors.attributeError(self, "__name__", "'property' object has no attribute '__name__'");
        }, (self, v) -> ((PyProperty) self).name = v);
        t.method("getter(fget, /)", (self, a) -> {
            PyProperty p = (PyProperty) self;
            return p.copy(a[0], p.fset, p.fdel);
        });
        t.method("setter(fset, /)", (self, a) -> {
            PyProperty p = (PyProperty) self;
            return p.copy(p.fget, a[0], p.fdel);
        });
        t.method("deleter(fdel, /)", (self, a) -> {
            PyProperty p = (PyProperty) self;
            return p.copy(p.fget, p.fset, a[0]);
        });
        t.method("__set_name__(owner, name, /)", (self, a) -> {
            ((PyProperty) self).name = a[1];
            return PyNone.NONE;
        });
    }
}
