package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTraceback;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.PyWrapperDescr;

/**
 * The types {@code generator}, {@code coroutine}, {@code coroutine_wrapper} and
 * {@code async_generator}: their slots and method tables; CPython's {@code PyGen_Type},
 * {@code PyCoro_Type}, {@code _PyCoroWrapper_Type} and {@code PyAsyncGen_Type}
 * ({@code Objects/genobject.c}: {@code gen_methods}, {@code gen_getsetlist}, {@code coro_methods},
 * {@code async_gen_methods}...).
 */
public final class GeneratorTypes {
    private GeneratorTypes() {}

    static PyGenerator g(PyObject o) {
        return (PyGenerator) o;
    }

    public static final PyType GENERATOR = PyType.builtin("generator", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.tp_iter = self -> self;
        t.tp_iternext = self -> g(self).next();
    }, t -> {
        common(t, "gi_");
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new dev.snakebox.objects.PyGenericAlias(cls, a[0]));
        t.getter("gi_yieldfrom", self -> orNone(g(self).yieldFrom()));
        t.getter("gi_suspended", self -> PyBool.of(g(self).state == PyGenerator.SUSPENDED));
        t.method("__next__()", (self, a) -> {
            PyObject r = g(self).sendEx(PyNone.NONE, null, false);
            if (g(self).returned) {
                throw PyGenerator.stopIterationOf(r);
            }
            return r;
        });
    });

    public static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(self.repr());
    }, t -> {
        common(t, "cr_");
        t.classMethod("__class_getitem__(item, /)", (cls, a) -> new dev.snakebox.objects.PyGenericAlias(cls, a[0]));
        t.getter("cr_await", self -> orNone(g(self).yieldFrom()));
        t.getter("cr_suspended", self -> PyBool.of(g(self).state == PyGenerator.SUSPENDED));
        t.getter("cr_origin", self -> PyNone.NONE);
        t.method("__await__()", (self, a) -> new CoroWrapper(g(self)));
    });

    public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(self.repr());
    }, t -> {
        t.getter("__name__", self -> g(self).name);
        t.getter("__qualname__", self -> g(self).qualname);
        t.getter("ag_running", self -> PyBool.of(g(self).runningAsync));
        t.getter("ag_frame", self -> frameOf(g(self)));
        t.getter("ag_code", self -> g(self).frame.code);
        t.getter("ag_await", self -> orNone(g(self).yieldFrom()));
        t.getter("ag_suspended", self -> PyBool.of(g(self).state == PyGenerator.SUSPENDED));
        t.method("__aiter__()", (self, a) -> self);
        t.method("__anext__()", (self, a) -> AsyncGenAwaitables.anext(g(self)));
        t.method("asend(value, /)", (self, a) -> AsyncGenAwaitables.asend(g(self), a[0]));
        t.method("athrow(typ, val=?, tb=?, /)", (self, a) -> AsyncGenAwaitables.athrow(g(self), throwArgs(a, "athrow()")));
        t.method("aclose()", (self, a) -> AsyncGenAwaitables.athrow(g(self), null));
        t.define("__del__", PyWrapperDescr.finalizer(t, self -> {
            g(self).finalizeNow();
            return PyNone.NONE;
        }));
    });

    /** What generators and coroutines share: names, frame, code, running, send, throw, close. */
    private static void common(PyType t, String prefix) {
        t.getSet("__name__", self -> g(self).name, (self, v) -> g(self).name = checkStr(v, "__name__"));
        t.getSet("__qualname__", self -> g(self).qualname, (self, v) -> g(self).qualname = checkStr(v, "__qualname__"));
        t.getter(prefix + "running", self -> PyBool.of(g(self).state == PyGenerator.RUNNING));
        t.getter(prefix + "frame", self -> frameOf(g(self)));
        t.getter(prefix + "code", self -> g(self).frame.code);
        t.method("send(value, /)", (self, a) -> g(self).send(a[0]));
        t.method("throw(typ, val=?, tb=?, /)", (self, a) -> g(self).throwInto(true, throwArgs(a)));
        t.method("close()", (self, a) -> g(self).close());
        t.define("__del__", PyWrapperDescr.finalizer(t, self -> {
            g(self).finalizeNow();
            return PyNone.NONE;
        }));
    }

    private static PyObject checkStr(PyObject v, String what) {
        if (!(v instanceof PyStr)) {
            throw Errors.typeError(what + " must be set to a string object");
        }
        return v;
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static PyObject frameOf(PyGenerator g) {
        return g.state == PyGenerator.COMPLETED ? PyNone.NONE : PyFrameObject.of(g.frame);
    }

    /**
     * {@code throw(typ[, val[, tb]])} made into the exception to raise, as {@code _gen_throw}'s
     * {@code throw_here} normalises it.
     */
    static PyBaseException throwArgs(PyObject[] a) {
        return throwArgs(a, "throw()");
    }

    /** {@link #throwArgs(PyObject[])} for the method {@code name}, which names it in the deprecation of the 3-argument form. */
    static PyBaseException throwArgs(PyObject[] a, String name) {
        if (a[1] != null) {
            dev.snakebox.objects.Warnings.deprecated("the (type, exc, tb) signature of " + name
                    + " is deprecated, use the single-arg signature instead.");
        }
        PyObject typ = a[0];
        PyObject val = a[1];
        PyObject tb = a[2];
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject v;
            if (val == null || val == PyNone.NONE) {
                v = Abstract.call(typ);
            } else if (val instanceof PyBaseException && val.type().isSubtypeOf((PyType) typ)) {
                v = val;
            } else if (val instanceof PyTuple) {
                v = Abstract.call(typ, ((PyTuple) val).toArray());
            } else {
                v = Abstract.call(typ, val);
            }
            if (!(v instanceof PyBaseException)) {
                throw Errors.typeError("calling " + Abstract.repr(typ).value()
                        + " should have returned an instance of BaseException, not " + v.type().name);
            }
            exc = (PyBaseException) v;
        } else if (typ instanceof PyBaseException) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + typ.type().name);
        }
        if (tb != null) {
            exc.traceback = (PyTraceback) tb;
        }
        return exc;
    }

    /** {@code coroutine_wrapper}: what {@code coro.__await__()} returns, an iterator over the coroutine. */
    static final class CoroWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                PyGenerator c = ((CoroWrapper) self).coro;
                PyObject r = c.sendEx(PyNone.NONE, null, false);
                if (c.returned) {
                    throw PyGenerator.stopIterationOf(r);
                }
                return r;
            };
        }, t -> {
            t.method("send(value, /)", (self, a) -> ((CoroWrapper) self).coro.send(a[0]));
            t.method("throw(typ, val=?, tb=?, /)", (self, a) -> ((CoroWrapper) self).coro.throwInto(true, throwArgs(a)));
            t.method("close()", (self, a) -> ((CoroWrapper) self).coro.close());
        });

        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
