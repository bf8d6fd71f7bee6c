package dev.snakebox.vm;

import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * The instructions of {@code yield from}, {@code await}, {@code async for} and {@code async with}
 * that the loop does not run inline; CPython's {@code Python/bytecodes.c} ({@code SEND},
 * {@code GET_AWAITABLE}, {@code GET_AITER}, {@code GET_ANEXT}, {@code BEFORE_ASYNC_WITH},
 * {@code GET_YIELD_FROM_ITER}, {@code CLEANUP_THROW}, {@code END_ASYNC_FOR}, {@code END_SEND}) and
 * {@code _PyCoro_GetAwaitableIter} ({@code Objects/genobject.c}).
 */
final class Awaits {
    private Awaits() {}

    private static final PyStr SEND = PyStr.intern("send");
    private static final PyStr NEXT = PyStr.intern("__next__");
    private static final PyStr AWAIT = PyStr.intern("__await__");
    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static final PyStr AENTER = PyStr.intern("__aenter__");
    private static final PyStr AEXIT = PyStr.intern("__aexit__");

    /**
     * {@code SEND} when the receiver is not a generator the loop can resume inline:
     * {@code (receiver, v -- receiver, retval)}, or a jump by {@code arg} with the value of the
     * StopIteration when the receiver is done.
     */
    static void send(Frame f, int arg) {
        PyObject[] lp = f.localsplus;
        PyObject receiver = lp[f.sp - 2];
        PyObject v = lp[f.sp - 1];
        PyObject r;
        boolean done = false;
        try {
            if (receiver instanceof PyGenerator) {
                PyGenerator g = (PyGenerator) receiver;
                if (v == PyNone.NONE && g.kind == PyGenerator.GENERATOR) {
                    r = g.sendEx(null, null, false);
                } else {
                    r = g.sendEx(v, null, false);
                }
                done = g.returned;
            } else if (v == PyNone.NONE && receiver.type().tp_iternext != null) {
                if (receiver.type().isHeapType()) {
                    r = Abstract.callMethod(receiver, NEXT.value());
                } else {
                    r = Abstract.next(receiver);
                    if (r == null) {
                        r = PyNone.NONE;
                        done = true;
                    }
                }
            } else {
                r = Abstract.call(Abstract.getAttr(receiver, SEND), v);
            }
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                throw e;
            }
            r = e.value.stopValue();
            done = true;
        }
        lp[f.sp - 1] = r;
        if (done) {
            f.pc += arg;
        }
    }

    /** {@code END_SEND}: {@code (receiver, value -- value)}. */
    static void endSend(Frame f) {
        PyObject v = Ops.pop(f);
        f.localsplus[f.sp - 1] = v;
    }

    /**
     * {@code CLEANUP_THROW}: {@code (sub_iter, last_sent_val, exc -- none, value)} when the
     * exception thrown into the delegate was StopIteration; otherwise the exception to re-raise.
     */
    static PyBaseException cleanupThrow(Frame f) {
        PyObject[] lp = f.localsplus;
        PyBaseException exc = (PyBaseException) lp[f.sp - 1];
        if (!exc.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
            return exc;
        }
        lp[f.sp - 1] = null;
        f.sp--;
        lp[f.sp - 2] = PyNone.NONE;
        lp[f.sp - 1] = exc.stopValue();
        return null;
    }

    /** {@code END_ASYNC_FOR}: {@code (aiter, exc -- )} when the exception is StopAsyncIteration; otherwise it is re-raised. */
    static PyBaseException endAsyncFor(Frame f) {
        PyObject[] lp = f.localsplus;
        PyBaseException exc = (PyBaseException) lp[f.sp - 1];
        if (!exc.type().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
            return exc;
        }
        lp[--f.sp] = null;
        lp[--f.sp] = null;
        return null;
    }

    /** {@code GET_YIELD_FROM_ITER}. */
    static void getYieldFromIter(Frame f) {
        PyObject[] lp = f.localsplus;
        PyObject o = lp[f.sp - 1];
        if (o instanceof PyGenerator && ((PyGenerator) o).kind == PyGenerator.COROUTINE) {
            if ((f.code.flags & (CodeFlags.CO_COROUTINE | CodeFlags.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return;
        }
        if (o instanceof PyGenerator && ((PyGenerator) o).kind == PyGenerator.GENERATOR) {
            return;
        }
        lp[f.sp - 1] = Abstract.getIter(o);
    }

    static boolean isCoroutineLike(PyObject o) {
        if (!(o instanceof PyGenerator)) {
            return false;
        }
        PyGenerator g = (PyGenerator) o;
        return g.kind == PyGenerator.COROUTINE || g.kind == PyGenerator.GENERATOR && g.iterableCoroutine();
    }

    /** {@code _PyCoro_GetAwaitableIter}: a coroutine itself, or what {@code __await__} returns (an iterator). */
    static PyObject awaitableIter(PyObject o) {
        if (isCoroutineLike(o)) {
            return o;
        }
        PyObject await = Ops.lookupSpecial(o, AWAIT);
        if (await == null) {
            throw Errors.typeError("object " + o.type().name + " can't be used in 'await' expression");
        }
        PyObject res = Abstract.call(await);
        if (isCoroutineLike(res)) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (res.type().tp_iternext == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + res.type().name + "'");
        }
        return res;
    }

    /** {@code GET_AWAITABLE}: arg 1 and 2 name {@code __aenter__} and {@code __aexit__} in the error. */
    static void getAwaitable(Frame f, int arg) {
        PyObject[] lp = f.localsplus;
        PyObject o = lp[f.sp - 1];
        PyObject iter;
        if (!isCoroutineLike(o) && Ops.lookupSpecial(o, AWAIT) == null && (arg == 1 || arg == 2)) {
            throw Errors.typeError("'async with' received an object from " + (arg == 1 ? "__aenter__" : "__aexit__")
                    + " that does not implement __await__: " + o.type().name);
        }
        iter = awaitableIter(o);
        if (iter instanceof PyGenerator && ((PyGenerator) iter).kind == PyGenerator.COROUTINE
                && ((PyGenerator) iter).yieldFrom() != null) {
            throw Errors.runtimeError("coroutine is being awaited already");
        }
        lp[f.sp - 1] = iter;
    }

    /** {@code GET_AITER}. */
    static void getAIter(Frame f) {
        PyObject[] lp = f.localsplus;
        PyObject o = lp[f.sp - 1];
        PyObject aiter = Ops.lookupSpecial(o, AITER);
        if (aiter == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = Abstract.call(aiter);
        if (it.type().lookup(ANEXT) == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        lp[f.sp - 1] = it;
    }

    /** {@code GET_ANEXT}: pushes the awaitable of the next item, the iterator staying below it. */
    static void getANext(Frame f) {
        PyObject aiter = Ops.top(f);
        if (aiter instanceof PyGenerator && ((PyGenerator) aiter).kind == PyGenerator.ASYNC_GENERATOR) {
            Ops.push(f, AsyncGenAwaitables.anext((PyGenerator) aiter));
            return;
        }
        PyObject anext = Ops.lookupSpecial(aiter, ANEXT);
        if (anext == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name);
        }
        PyObject next = Abstract.call(anext);
        PyObject awaitable;
        try {
            awaitable = awaitableIter(next);
        } catch (PyException e) {
            PyException wrapped = Errors.typeError("'async for' received an invalid object from __anext__: " + next.type().name);
            wrapped.value.cause = e.value;
            wrapped.value.context = e.value;
            wrapped.value.suppressContext = true;
            throw wrapped;
        }
        Ops.push(f, awaitable);
    }

    /** {@code BEFORE_ASYNC_WITH}: pushes the bound {@code __aexit__} and the result of {@code __aenter__()}. */
    static void beforeAsyncWith(Frame f) {
        PyObject mgr = Ops.pop(f);
        PyObject enter = Ops.lookupSpecial(mgr, AENTER);
        if (enter == null) {
            throw Errors.typeError("'" + mgr.type().name + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = Ops.lookupSpecial(mgr, AEXIT);
        if (exit == null) {
            throw Errors.typeError("'" + mgr.type().name
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Ops.push(f, exit);
        Ops.push(f, Abstract.call(enter));
    }
}
