package dev.snakebox.objects;

import dev.snakebox.bytecode.PyCode;

/**
 * A function defined in Python; CPython's {@code PyFunctionObject} ({@code Objects/funcobject.c}):
 * its code, the globals and builtins it runs with, defaults, closure cells and attributes. Read
 * from an instance it binds into a {@link PyMethod}; the VM calls it without a Java frame.
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, PyType.METHOD_DESCRIPTOR | PyType.HAS_DICT,
            t -> {
                t.tp_descr_get = (self, obj, type) -> obj == null ? self : new PyMethod(self, obj);
                t.tp_call = (self, args, start, nargs, kw) -> ThreadState.current().evaluator.callFunction((PyFunction) self, args,
                        start, nargs, kw);
                t.tp_repr = self -> PyStr.of(self.repr());
            },
            PyFunction::define);

    /** {@code __code__}: settable, to a code object with as many free variables as the closure has cells. */
    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyStr name;
    public PyStr qualname;
    /** {@code __defaults__}, null for none. */
    public PyObject[] defaults;
    /** {@code __kwdefaults__}, null for none. */
    public PyDict kwdefaults;
    /** {@code __closure__}: the cells of the free variables, null for none. */
    public PyObject[] closure;
    public PyObject annotations;
    public PyObject module;
    public PyObject doc;
    public PyObject typeParams;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = PyStr.intern(code.name);
        this.qualname = PyStr.of(code.qualname);
        PyObject m = globals.getStr(PyStr.intern("__name__"));
        this.module = m == null ? PyNone.NONE : m;
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr ? code.consts[0] : PyNone.NONE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public String repr() {
        return "<function " + qualname.value() + " at 0x" + Identity.hex(this) + ">";
    }

    private static PyFunction f(PyObject o) {
        return (PyFunction) o;
    }

    private static void define(PyType t) {
        t.getSet("__name__", self -> f(self).name, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            f(self).name = (PyStr) v;
        });
        t.getSet("__qualname__", self -> f(self).qualname, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            f(self).qualname = (PyStr) v;
        });
        t.getSet("__defaults__", self -> f(self).defaults == null ? PyNone.NONE : PyTuple.of(f(self).defaults), (self, v) -> {
            if (v == null || v == PyNone.NONE) {
                f(self).defaults = null;
            } else if (v instanceof PyTuple) {
                f(self).defaults = ((PyTuple) v).toArray();
            } else {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
        });
        t.getSet("__kwdefaults__", self -> f(self).kwdefaults == null ? PyNone.NONE : f(self).kwdefaults, (self, v) -> {
            if (v == null || v == PyNone.NONE) {
                f(self).kwdefaults = null;
            } else if (v instanceof PyDict) {
                f(self).kwdefaults = (PyDict) v;
            } else {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
        });
        t.member("__closure__", self -> f(self).closure == null ? PyNone.NONE : PyTuple.of(f(self).closure));
        t.getSet("__code__", self -> f(self).code, (self, v) -> {
            if (!(v instanceof PyCode)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            int nfree = 0;
            for (byte k : ((PyCode) v).localspluskinds) {
                if ((k & 0x80) != 0) { // CO_FAST_FREE
                    nfree++;
                }
            }
            int nclosure = f(self).closure == null ? 0 : f(self).closure.length;
            if (nclosure != nfree) {
                throw Errors.valueError(f(self).name.value() + "() requires a code object with " + nclosure + " free vars, not " + nfree);
            }
            f(self).code = (PyCode) v;
        });
        t.member("__globals__", self -> f(self).globals);
        t.member("__builtins__", self -> f(self).builtins);
        t.getSet("__dict__", self -> self.instanceDict(), (self, v) -> {
            if (!(v instanceof PyDict)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + (v == null ? "NoneType" : v.type().name) + "'");
            }
            f(self).dict = (PyDict) v;
        });
        t.member("__module__", self -> f(self).module, (self, v) -> f(self).module = v == null ? PyNone.NONE : v);
        t.member("__doc__", self -> f(self).doc, (self, v) -> f(self).doc = v == null ? PyNone.NONE : v);
        t.getSet("__annotations__", self -> {
            PyFunction fn = f(self);
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (self, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            f(self).annotations = v == PyNone.NONE ? null : v;
        });
        t.getSet("__type_params__", self -> f(self).typeParams == null ? PyTuple.EMPTY : f(self).typeParams,
                (self, v) -> {
                    if (!(v instanceof PyTuple)) {
                        throw Errors.typeError("__type_params__ must be set to a tuple");
                    }
                    f(self).typeParams = (PyTuple) v;
                });
    }
}
