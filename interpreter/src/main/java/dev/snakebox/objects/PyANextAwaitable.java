package dev.snakebox.objects;

/**
 * The builtins {@code aiter()} and {@code anext()}, and the awaitable {@code anext(it, default)}
 * returns, which ends with {@code StopIteration(default)} where the iterator's {@code __anext__()}
 * raised StopAsyncIteration; CPython's {@code builtin_aiter}, {@code builtin_anext}
 * ({@code Python/bltinmodule.c}) and {@code anextawaitableobject} ({@code Objects/iterobject.c}).
 */
public final class PyANextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyANextAwaitable) self).proxy("__next__", null);
    }, t -> {
        t.method("__await__()", (self, a) -> self);
        t.method("send(value, /)", (self, a) -> ((PyANextAwaitable) self).proxy("send", a[0]));
        t.method("throw(typ, val=?, tb=?, /)", (self, a) -> {
            PyObject[] args = a[1] == null ? new PyObject[] {a[0]} : a[2] == null ? new PyObject[] {a[0], a[1]} : a;
            return ((PyANextAwaitable) self).proxy("throw", args);
        });
        t.method("close()", (self, a) -> ((PyANextAwaitable) self).proxy("close", new PyObject[0]));
    });

    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static final PyStr AWAIT = PyStr.intern("__await__");

    private final PyObject wrapped;
    private final PyObject defaultValue;

    private PyANextAwaitable(PyObject wrapped, PyObject defaultValue) {
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code aiter(async_iterable)}. */
    public static PyObject aiter(PyObject o) {
        PyObject aiter = o.type().lookup(AITER);
        if (aiter == null) {
            throw Errors.typeError("'" + o.type().name + "' object is not an async iterable");
        }
        PyObject it = Abstract.callMethod(o, AITER.value());
        if (it.type().lookup(ANEXT) == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** {@code anext(async_iterator[, default])}: {@code defaultValue} null when not given. */
    public static PyObject anext(PyObject it, PyObject defaultValue) {
        if (it.type().lookup(ANEXT) == null) {
            throw Errors.typeError("'" + it.type().name + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.callMethod(it, ANEXT.value());
        return defaultValue == null ? awaitable : new PyANextAwaitable(awaitable, defaultValue);
    }

    /** {@code anextawaitable_getiter}: the iterator of the wrapped awaitable ({@code __await__()}). */
    private PyObject awaitableIter() {
        PyObject await = wrapped.type().lookup(AWAIT);
        if (await == null) {
            throw Errors.typeError("object " + wrapped.type().name + " can't be used in 'await' expression");
        }
        PyObject it = Abstract.callMethod(wrapped, AWAIT.value());
        if (it.type().tp_iternext == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** {@code anextawaitable_proxy}: one step of the wrapped awaitable; its StopAsyncIteration becomes StopIteration(default). */
    private PyObject proxy(String method, Object arg) {
        PyObject it = awaitableIter();
        try {
            if (method.equals("__next__")) {
                PyObject r = Abstract.next(it);
                if (r == null) {
                    throw new PyException(PyBaseException.create(ExceptionTypes.StopIteration));
                }
                return r;
            }
            if (arg instanceof PyObject[]) {
                return Abstract.callMethod(it, method, (PyObject[]) arg);
            }
            return Abstract.callMethod(it, method, (PyObject) arg);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
                throw new PyException(defaultValue == PyNone.NONE ? PyBaseException.create(ExceptionTypes.StopIteration)
                        : PyBaseException.create(ExceptionTypes.StopIteration, defaultValue));
            }
            throw e;
        }
    }
}
