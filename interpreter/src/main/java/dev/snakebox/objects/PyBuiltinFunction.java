package dev.snakebox.objects;

import dev.snakebox.objects.docs.DocStrings;

/**
 * A function written in Java, free ({@code len}) or bound to its instance
 * ({@code [].append}); CPython's {@code PyCFunctionObject} ({@code Objects/methodobject.c}, type
 * {@code builtin_function_or_method}). Arguments are bound by its {@link Signature} unless it
 * takes them raw.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, 0,
            t -> {
                t.tp_call = (self, args, start, nargs, kw) -> ((PyBuiltinFunction) self).call(args, start, nargs, kw);
                t.tp_repr = self -> PyStr.of(self.repr());
                t.tp_richcompare = (a, b, op) -> {
                    if ((op == Abstract.EQ || op == Abstract.NE) && b instanceof PyBuiltinFunction) {
                        PyBuiltinFunction x = (PyBuiltinFunction) a;
                        PyBuiltinFunction y = (PyBuiltinFunction) b;
                        boolean eq = x == y || x.self != null && x.self == y.self && x.name.equals(y.name);
                        return PyBool.of(eq == (op == Abstract.EQ));
                    }
                    return PyNotImplemented.NOT_IMPLEMENTED;
                };
            },
            t -> {
                t.getter("__name__", self -> PyStr.of(((PyBuiltinFunction) self).name));
                t.getter("__qualname__", self -> PyStr.of(((PyBuiltinFunction) self).qualname()));
                t.getter("__self__", self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    return f.self != null ? f.self : f.module != null ? f.module : PyNone.NONE;
                });
                // a writable member in CPython (m_module): deleting it leaves None
                t.getSet("__module__", self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    if (f.moduleAttr != null) {
                        return f.moduleAttr;
                    }
                    return f.self != null ? PyNone.NONE : f.module != null ? PyStr.of(f.module.name) : PyStr.of("builtins");
                }, (self, value) -> ((PyBuiltinFunction) self).moduleAttr = value == null ? PyNone.NONE : value);
                t.method("__reduce__()", (self, a) -> ((PyBuiltinFunction) self).reduce());
                t.getter("__doc__", self -> DocStrings.docAttr(((PyBuiltinFunction) self).docKey()));
                t.getter("__text_signature__", self -> DocStrings.signatureAttr(((PyBuiltinFunction) self).docKey()));
            });

    /** The Java body, given the instance ({@code self}, null for a free function) and the bound arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject self, PyObject[] a);
    }

    /** A body that parses its vectorcall arguments itself ({@code max}, {@code print}...). */
    @FunctionalInterface
    public interface Raw {
        PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames);
    }

    public final String name;
    private final Signature sig;
    private final Body body;
    private final Raw raw;
    /** The instance of a bound method; null for a free function. */
    final PyObject self;
    /** The module of a module's function ({@code m_self}: {@code len.__self__} is builtins); null until its module adopts it. */
    private PyModule module;
    /** The type of a method ({@code list} for {@code [].append}); null for a free function. */
    private final PyType owner;
    /** {@code __module__} once assigned; null while it is the default. */
    private PyObject moduleAttr;
    /** For the {@code __new__} of a built-in type's dict: that type ({@link TypeNew#newWrapper}). */
    PyType newWrapperOf;

    /** Makes {@code m} the {@code __self__} and {@code __module__} of the free functions in its namespace that have no module yet. */
    public static void adoptAll(PyModule m) {
        for (PyObject v : m.dict.valuesArray()) {
            if (v instanceof PyBuiltinFunction) {
                PyBuiltinFunction f = (PyBuiltinFunction) v;
                if (f.self == null && f.module == null && f.newWrapperOf == null) {
                    f.module = m;
                }
            }
        }
    }

    /** A function declared by {@code signature} and put in the namespace {@code ns} under its name (a module's table). */
    public static PyBuiltinFunction define(PyDict ns, String signature, Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(signature, body);
        ns.putStr(PyStr.intern(f.name), f);
        return f;
    }

    public PyBuiltinFunction(String signature, Body body) {
        this.sig = Signature.parse(signature);
        this.name = sig.name;
        this.body = body;
        this.raw = null;
        this.self = null;
        this.owner = null;
    }

    /** A free function bound by a signature made beforehand (a module's, named with {@link Signature#owner}). */
    public PyBuiltinFunction(Signature sig, Body body) {
        this.sig = sig;
        this.name = sig.name;
        this.body = body;
        this.raw = null;
        this.self = null;
        this.owner = null;
    }

    /** A free function that takes its arguments raw. */
    public PyBuiltinFunction(String name, Raw raw) {
        this.sig = null;
        this.name = name;
        this.body = null;
        this.raw = raw;
        this.self = null;
        this.owner = null;
    }

    /** A method bound to {@code self} (from a method descriptor, or a class method bound to its class). */
    PyBuiltinFunction(PyType owner, Signature sig, Body body, PyObject self) {
        this.sig = sig;
        this.name = sig.name;
        this.body = body;
        this.raw = null;
        this.self = self;
        this.owner = owner;
    }

    /** A raw method bound to {@code self}. */
    PyBuiltinFunction(PyType owner, String name, Raw raw, PyObject self) {
        this.sig = null;
        this.name = name;
        this.body = null;
        this.raw = raw;
        this.self = self;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (raw != null) {
            return raw.call(self, args, start, nargs, kwnames);
        }
        return body.call(self, sig.bind(args, start, nargs, kwnames));
    }

    /** {@code meth_reduce}: a module's function pickles as its name, a method as {@code getattr(self, name)}. */
    private PyObject reduce() {
        PyObject owner = newWrapperOf != null ? newWrapperOf : self;
        if (owner == null) {
            return PyStr.of(name);
        }
        return PyTuple.of(ObjectReduce.builtin("getattr"), PyTuple.of(owner, PyStr.of(name)));
    }

    /** Whether this function runs {@code b} (CPython compares {@code PyCFunction_GET_FUNCTION}). */
    boolean runs(Body b) {
        return body == b;
    }

    /** Where {@link DocStrings} keeps this function's docstring. */
    String docKey() {
        if (newWrapperOf != null) {
            return DocStrings.attrKey(newWrapperOf.name, "__new__");
        }
        if (owner != null) {
            return DocStrings.attrKey(owner.name, name);
        }
        // a module's function is keyed "module.name", except the builtins module's
        return module == null || module.name.equals("builtins") ? name : module.name + "." + name;
    }

    String qualname() {
        return owner == null ? name : owner.name + "." + name;
    }

    @Override
    public String repr() {
        if (self == null) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name + " object at 0x" + Identity.hex(self) + ">";
    }
}
