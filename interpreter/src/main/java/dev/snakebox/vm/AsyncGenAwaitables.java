package dev.snakebox.vm;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyType;

/**
 * The awaitables an async generator hands out: {@code async_generator_asend} (from
 * {@code __anext__()} and {@code asend(v)}), {@code async_generator_athrow} (from
 * {@code athrow(...)} and {@code aclose()}), and the wrapper marking a value the generator
 * yields to its {@code async for} rather than to the event loop; CPython's
 * {@code PyAsyncGenASend}, {@code PyAsyncGenAThrow} and {@code _PyAsyncGenWrappedValue}
 * ({@code Objects/genobject.c}: {@code async_gen_asend_send}, {@code async_gen_athrow_send},
 * {@code async_gen_unwrap_value}).
 */
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {}

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    /** {@code INTRINSIC_ASYNC_GEN_WRAP}: a value an async generator yields to its consumer. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT, 0, null, null);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static PyObject anext(PyGenerator gen) {
        return new ASend(gen, PyNone.NONE);
    }

    static PyObject asend(PyGenerator gen, PyObject value) {
        return new ASend(gen, value);
    }

    /** {@code athrow(...)}, or {@code aclose()} when {@code exc} is null. */
    static PyObject athrow(PyGenerator gen, PyBaseException exc) {
        return new AThrow(gen, exc);
    }

    /**
     * {@code async_gen_unwrap_value}: a wrapped value ends this awaitable with
     * StopIteration(value); anything else passes through to the event loop.
     */
    private static PyObject unwrap(PyGenerator gen, PyObject result) {
        if (result instanceof Wrapped) {
            gen.runningAsync = false;
            throw PyGenerator.stopIterationOf(((Wrapped) result).value);
        }
        return result;
    }

    /** The error path of {@code async_gen_unwrap_value}: marks the generator closed on StopAsyncIteration/GeneratorExit. */
    private static PyException failed(PyGenerator gen, PyException e) {
        PyType t = e.value.type();
        if (t.isSubtypeOf(ExceptionTypes.StopAsyncIteration) || t.isSubtypeOf(ExceptionTypes.GeneratorExit)) {
            gen.closed = true;
        }
        gen.runningAsync = false;
        return e;
    }

    /** Runs the generator with {@code arg}: its yield is either passed through or ends the awaitable. */
    private static PyObject sendUnwrap(PyGenerator gen, PyObject arg) {
        PyObject r;
        try {
            r = gen.send(arg);
        } catch (PyException e) {
            throw failed(gen, e);
        }
        return unwrap(gen, r);
    }

    private static PyObject throwUnwrap(PyGenerator gen, PyBaseException exc) {
        PyObject r;
        try {
            r = gen.throwInto(false, exc);
        } catch (PyException e) {
            throw failed(gen, e);
        }
        return unwrap(gen, r);
    }

    /** {@code async_generator_asend}. */
    static final class ASend extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((ASend) self).send(PyNone.NONE);
        }, t -> {
            t.method("__await__()", (self, a) -> self);
            t.method("send(value, /)", (self, a) -> ((ASend) self).send(a[0]));
            t.method("throw(typ, val=?, tb=?, /)", (self, a) -> ((ASend) self).throwIn(GeneratorTypes.throwArgs(a)));
            t.method("close()", (self, a) -> {
                ((ASend) self).state = CLOSED;
                return PyNone.NONE;
            });
        });

        final PyGenerator gen;
        final PyObject sendValue;
        int state = INIT;

        ASend(PyGenerator gen, PyObject sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject send(PyObject arg) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == null || arg == PyNone.NONE) {
                    arg = sendValue;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                return sendUnwrap(gen, arg);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        PyObject throwIn(PyBaseException exc) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                state = ITER;
                gen.runningAsync = true;
            }
            try {
                return throwUnwrap(gen, exc);
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                throw e;
            }
        }
    }

    /** {@code async_generator_athrow}: {@code exc} null for {@code aclose()}. */
    static final class AThrow extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((AThrow) self).send(PyNone.NONE);
        }, t -> {
            t.method("__await__()", (self, a) -> self);
            t.method("send(value, /)", (self, a) -> ((AThrow) self).send(a[0]));
            t.method("throw(typ, val=?, tb=?, /)", (self, a) -> ((AThrow) self).throwIn(GeneratorTypes.throwArgs(a)));
            t.method("close()", (self, a) -> {
                ((AThrow) self).state = CLOSED;
                return PyNone.NONE;
            });
        });

        final PyGenerator gen;
        final PyBaseException exc;
        int state = INIT;

        AThrow(PyGenerator gen, PyBaseException exc) {
            this.gen = gen;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyException ignoredExit() {
            gen.runningAsync = false;
            state = CLOSED;
            return Errors.runtimeError("async generator ignored GeneratorExit");
        }

        /** {@code check_error}: aclose() ends with StopIteration when the generator finished as asked. */
        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = CLOSED;
            PyType t = e.value.type();
            if (exc == null && (t.isSubtypeOf(ExceptionTypes.StopAsyncIteration) || t.isSubtypeOf(ExceptionTypes.GeneratorExit))) {
                return PyGenerator.stopIterationOf(PyNone.NONE);
            }
            return e;
        }

        PyObject send(PyObject arg) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.state == PyGenerator.COMPLETED) {
                state = CLOSED;
                throw PyGenerator.stopIterationOf(PyNone.NONE);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError((exc == null ? "aclose()" : "athrow()") + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyException(PyBaseException.create(ExceptionTypes.StopAsyncIteration));
                }
                if (arg != PyNone.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                PyObject r;
                try {
                    if (exc == null) {
                        gen.closed = true;
                        r = gen.throwInto(false, PyBaseException.create(ExceptionTypes.GeneratorExit));
                        if (r instanceof Wrapped) {
                            throw ignoredExit();
                        }
                        return r;
                    }
                    return throwUnwrap(gen, exc);
                } catch (PyException e) {
                    if (e.value.type() == ExceptionTypes.RuntimeError && state == CLOSED) {
                        throw e;
                    }
                    throw checkError(e);
                }
            }
            PyObject r;
            try {
                r = gen.send(arg);
            } catch (PyException e) {
                if (exc != null) {
                    throw failed(gen, e);
                }
                throw checkError(e);
            }
            if (exc != null) {
                return unwrap(gen, r);
            }
            if (r instanceof Wrapped) {
                throw ignoredExit();
            }
            return r;
        }

        PyObject throwIn(PyBaseException thrown) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError((exc == null ? "aclose()" : "athrow()") + ": asynchronous generator is already running");
                }
                state = ITER;
                gen.runningAsync = true;
            }
            PyObject r;
            try {
                r = gen.throwInto(true, thrown);
            } catch (PyException e) {
                if (exc != null) {
                    PyException f = failed(gen, e);
                    state = CLOSED;
                    throw f;
                }
                PyType t = e.value.type();
                if (t.isSubtypeOf(ExceptionTypes.StopAsyncIteration) || t.isSubtypeOf(ExceptionTypes.GeneratorExit)) {
                    throw PyGenerator.stopIterationOf(PyNone.NONE);
                }
                throw e;
            }
            if (exc != null) {
                return unwrap(gen, r);
            }
            if (r instanceof Wrapped) {
                throw ignoredExit();
            }
            return r;
        }
    }
}
