package dev.snakebox.vm;

import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.Identity;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;

/**
 * A generator, coroutine or async generator: a suspended frame and its state; CPython's
 * {@code PyGenObject}, {@code PyCoroObject} and {@code PyAsyncGenObject}
 * ({@code Objects/genobject.c}: {@code gen_send_ex2}, {@code _gen_throw}, {@code gen_close},
 * {@code _PyGen_yf}).
 *
 * <p>The frame is resumed by the same loop that runs everything else: inline when Python code
 * drives it ({@code FOR_ITER}, {@code SEND}), or by a nested run of the loop when Java code does
 * ({@code send}, {@code next()}, {@code list(g)}): {@link #sendEx}. The generator keeps its own
 * "exception being handled" while suspended ({@code gi_exc_state}), pushed over the caller's
 * while it runs.
 */
public final class PyGenerator extends PyObject implements dev.snakebox.objects.StopValue {
    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int COMPLETED = 3;

    static final int GENERATOR = 0;
    static final int COROUTINE = 1;
    static final int ASYNC_GENERATOR = 2;

    final int kind;
    /** The frame; kept after completion (tracebacks may show it), but never resumed again. */
    final Frame frame;
    int state = CREATED;
    /**
     * Whether only a for loop's stack slot refers to this generator (it iterates over a generator
     * made just before, {@code for x in gen():}): when the loop drops it early, CPython's
     * reference count reaches zero and the generator is closed then; see {@link #dropped}.
     */
    boolean loopOwned;
    /** Suspended by the YIELD_VALUE of a {@code yield from} or {@code await} ({@code FRAME_SUSPENDED_YIELD_FROM}). */
    boolean inYieldFrom;
    PyObject name;
    PyObject qualname;
    /** The generator's own exception being handled ({@code gi_exc_state.exc_value}), or null. */
    PyBaseException ownHandled;
    /** The caller's exception being handled, saved while the generator runs. */
    PyBaseException outerHandled;
    /** Set by {@link #sendEx}: the last run returned (rather than yielded). */
    boolean returned;
    /** Async generators: {@code ag_running_async}, and whether {@code aclose()}/{@code athrow()} finished it. */
    boolean runningAsync;
    boolean closed;
    boolean hooksInited;

    private PyGenerator(Frame frame, int kind) {
        this.frame = frame;
        this.kind = kind;
        if (frame.function != null) {
            this.name = frame.function.name;
            this.qualname = frame.function.qualname;
        } else {
            this.name = PyStr.of(frame.code.name());
            this.qualname = PyStr.of(frame.code.qualname());
        }
    }

    /** {@code RETURN_GENERATOR}: the object that owns {@code f} from now on. */
    static PyGenerator create(Frame f) {
        int flags = f.code.flags;
        int kind = (flags & CodeFlags.CO_COROUTINE) != 0 ? COROUTINE
                : (flags & CodeFlags.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR : GENERATOR;
        PyGenerator g = new PyGenerator(f, kind);
        f.generator = g;
        f.captured = true;
        return g;
    }

    @Override
    public PyType type() {
        return kind == COROUTINE ? GeneratorTypes.COROUTINE : kind == ASYNC_GENERATOR ? GeneratorTypes.ASYNC_GENERATOR
                : GeneratorTypes.GENERATOR;
    }

    String kindName() {
        return kind == COROUTINE ? "coroutine" : kind == ASYNC_GENERATOR ? "async generator" : "generator";
    }

    @Override
    public String repr() {
        String what = kind == COROUTINE ? "coroutine" : kind == ASYNC_GENERATOR ? "async_generator" : "generator";
        return "<" + what + " object " + Abstract.str(qualname).value() + " at 0x" + Identity.hex(this) + ">";
    }

    /** Whether this is a generator made from a code with {@code CO_ITERABLE_COROUTINE} ({@code types.coroutine}). */
    boolean iterableCoroutine() {
        return (frame.code.flags & CodeFlags.CO_ITERABLE_COROUTINE) != 0;
    }

    /** {@code _PyGen_yf}: the iterator a {@code yield from}/{@code await} delegates to, or null. */
    PyObject yieldFrom() {
        if (state == SUSPENDED && inYieldFrom) {
            return frame.localsplus[frame.sp - 1];
        }
        return null;
    }

    // ---- running: the exception state and the frame's bookkeeping --------------------------------

    /** The generator starts running: its own handled exception goes over the caller's. */
    void start(ThreadState ts) {
        state = RUNNING;
        outerHandled = ts.handled;
        if (ownHandled != null) {
            ts.handled = ownHandled;
        }
    }

    /** YIELD_VALUE: suspended, the caller's handled exception back. */
    void suspend(ThreadState ts, boolean yieldFrom) {
        state = SUSPENDED;
        inYieldFrom = yieldFrom;
        ts.handled = outerHandled;
        outerHandled = null;
    }

    /** The frame returned or raised: finished for good. */
    void finish(ThreadState ts) {
        state = COMPLETED;
        inYieldFrom = false;
        ownHandled = null;
        ts.handled = outerHandled;
        outerHandled = null;
    }

    /** PUSH_EXC_INFO in the generator's frame: the value saved is the generator's own ({@code exc_info->exc_value}). */
    PyObject pushHandled(ThreadState ts, PyBaseException exc) {
        PyObject prev = ownHandled == null ? PyNone.NONE : ownHandled;
        ownHandled = exc;
        ts.handled = exc;
        return prev;
    }

    /** POP_EXCEPT in the generator's frame: the generator's own value back; the caller's shows through when none. */
    void popHandled(ThreadState ts, PyObject saved) {
        ownHandled = saved == PyNone.NONE ? null : (PyBaseException) saved;
        ts.handled = ownHandled != null ? ownHandled : outerHandled;
    }

    /**
     * The frame to go on in when the loop resumes this generator with {@code value} (FOR_ITER,
     * SEND), or null when it cannot be resumed inline (the generic path then raises the error).
     */
    Frame inlineFrame(Interpreter interp, PyObject value) {
        if (kind == ASYNC_GENERATOR || state == RUNNING || state == COMPLETED || state == CREATED && value != PyNone.NONE) {
            return null;
        }
        if (interp.depth >= interp.ts.recursionLimit) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        Frame f = frame;
        f.localsplus[f.sp++] = value;
        f.entry = false;
        start(interp.ts);
        return f;
    }

    // ---- running from Java --------------------------------------------------------------------

    /**
     * {@code gen_send_ex2}: runs the frame with {@code arg} sent in, or with {@code exc} raised at
     * the point where it is suspended; returns what it yielded ({@link #returned} false) or
     * returned ({@link #returned} true). Exceptions propagate.
     */
    PyObject sendEx(PyObject arg, PyBaseException exc, boolean closing) {
        returned = false;
        if (state == CREATED && arg != null && arg != PyNone.NONE && exc == null) {
            throw Errors.typeError("can't send non-None value to a just-started " + kindName());
        }
        if (state == RUNNING) {
            throw Errors.valueError(kindName() + " already executing");
        }
        if (state == COMPLETED) {
            if (kind == COROUTINE && !closing) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (exc != null) {
                throw new PyException(exc);
            }
            returned = true;
            return PyNone.NONE;
        }
        Interpreter interp = interpreter();
        ThreadState ts = interp.ts;
        if (interp.depth >= ts.recursionLimit) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        ThreadState.enterRecursive("");
        try {
            Frame f = frame;
            f.localsplus[f.sp++] = arg == null ? PyNone.NONE : arg;
            start(ts);
            if (exc != null) {
                Ops.setContext(ts, exc);
            }
            PyObject r = interp.resume(f, exc);
            returned = state == COMPLETED;
            return r;
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    /**
     * {@code INTRINSIC_STOPITERATION_ERROR} (PEP 479): a StopIteration (or, in an async
     * generator, StopAsyncIteration) leaving the generator's body becomes a RuntimeError caused
     * by it; anything else passes unchanged.
     */
    static PyObject stopIterationError(Frame f, PyObject v) {
        PyBaseException exc = (PyBaseException) v;
        int flags = f.code.flags;
        String msg = null;
        if (exc.type().isSubtypeOf(ExceptionTypes.StopIteration)) {
            msg = (flags & CodeFlags.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                    : (flags & CodeFlags.CO_COROUTINE) != 0 ? "coroutine raised StopIteration" : "generator raised StopIteration";
        } else if ((flags & CodeFlags.CO_ASYNC_GENERATOR) != 0 && exc.type().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return exc;
        }
        PyBaseException error = PyBaseException.create(ExceptionTypes.RuntimeError, PyStr.of(msg));
        error.cause = exc;
        error.suppressContext = true;
        error.context = exc;
        return error;
    }

    static Interpreter interpreter() {
        return (Interpreter) ThreadState.current().evaluator;
    }

    /** {@code gen_send_ex}: as {@link #sendEx}, a return becoming StopIteration (StopAsyncIteration for async generators). */
    PyObject send(PyObject arg) {
        PyObject r = sendEx(arg, null, false);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    PyException stopIteration(PyObject value) {
        if (kind == ASYNC_GENERATOR) {
            return new PyException(PyBaseException.create(ExceptionTypes.StopAsyncIteration));
        }
        return stopIterationOf(value);
    }

    /** {@code _PyGen_SetStopIterationValue}: StopIteration() for None, StopIteration(value) otherwise. */
    static PyException stopIterationOf(PyObject value) {
        if (value == PyNone.NONE) {
            return new PyException(PyBaseException.create(ExceptionTypes.StopIteration));
        }
        return new PyException(PyBaseException.create(ExceptionTypes.StopIteration, value));
    }

    /** The value of the return {@link #next} just reported as exhaustion (None after that). */
    private PyObject lastReturn;

    /** {@code tp_iternext}: the next value, or null once the generator has returned. */
    PyObject next() {
        PyObject r = sendEx(null, null, false);
        if (returned) {
            lastReturn = r;
            return null;
        }
        return r;
    }

    @Override
    public PyException stopIteration() {
        PyObject v = lastReturn == null ? PyNone.NONE : lastReturn;
        lastReturn = null;
        return stopIterationOf(v);
    }

    /**
     * {@code _gen_throw}: raises {@code exc} where the generator is suspended, first in the
     * iterator it delegates to, if any. Returns the next value yielded; a return becomes
     * StopIteration.
     */
    PyObject throwInto(boolean closeOnGenExit, PyBaseException exc) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            PyObject ret;
            if (exc.type().isSubtypeOf(ExceptionTypes.GeneratorExit) && closeOnGenExit) {
                PyBaseException err = null;
                state = RUNNING;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    err = e.value;
                } finally {
                    state = SUSPENDED;
                }
                return sendRaising(err != null ? err : exc);
            }
            state = RUNNING;
            try {
                if (yf instanceof PyGenerator && ((PyGenerator) yf).kind != ASYNC_GENERATOR) {
                    ret = ((PyGenerator) yf).throwInto(closeOnGenExit, exc);
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, PyStr.intern("throw"));
                    if (meth == null) {
                        state = SUSPENDED;
                        return sendRaising(exc);
                    }
                    ret = Abstract.call(meth, exc);
                }
            } catch (PyException e) {
                state = SUSPENDED;
                return sendRaising(e.value);
            }
            state = SUSPENDED;
            return ret;
        }
        return sendRaising(exc);
    }

    /** {@code gen_send_ex(gen, None, 1, 0)}: raises {@code exc} in the frame; a return becomes StopIteration. */
    private PyObject sendRaising(PyBaseException exc) {
        PyObject r = sendEx(PyNone.NONE, exc, false);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    /** {@code gen_close_iter}: closes a delegate: a generator's close, or the object's {@code close()} if it has one. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator && ((PyGenerator) yf).kind != ASYNC_GENERATOR) {
            ((PyGenerator) yf).close();
            return;
        }
        PyObject meth = Abstract.lookupAttr(yf, PyStr.intern("close"));
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    /** {@code gen_close}: GeneratorExit raised where the generator is suspended; its return value, or None. */
    PyObject close() {
        if (state == CREATED) {
            state = COMPLETED;
            return PyNone.NONE;
        }
        if (state == COMPLETED) {
            return PyNone.NONE;
        }
        PyObject yf = yieldFrom();
        PyBaseException err = null;
        if (yf != null) {
            int saved = state;
            state = RUNNING;
            try {
                closeIter(yf);
            } catch (PyException e) {
                err = e.value;
            } finally {
                state = saved;
            }
        }
        if (err == null) {
            err = PyBaseException.create(ExceptionTypes.GeneratorExit);
        }
        PyObject r;
        try {
            r = sendEx(PyNone.NONE, err, true);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.GeneratorExit)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (returned) {
            return r;
        }
        throw Errors.runtimeError(kindName() + " ignored GeneratorExit");
    }

    /**
     * {@code _PyGen_Finalize} called directly, as {@code __del__}: a generator not yet finished is
     * closed (also one never started), and what its clean-up raises is reported, not raised. A
     * coroutine never started is left alone; CPython warns there that it was never awaited.
     */
    void finalizeNow() {
        if (state == COMPLETED || kind == COROUTINE && state == CREATED) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            Interpreter interp = (Interpreter) dev.snakebox.objects.ThreadState.current().evaluator;
            Frame running = interp.current;
            Unraisable.report(interp, e.value, this, running, running == null ? 0 : running.lasti);
        }
    }

    /**
     * The loop that owned this generator dropped it ({@code _PyGen_Finalize}): a suspended
     * generator is closed, and what its clean-up raises is reported, not raised.
     */
    void dropped(Interpreter interp, Frame running, int instr) {
        loopOwned = false;
        if (kind != GENERATOR || state != SUSPENDED) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            Unraisable.report(interp, e.value, this, running, instr);
        }
    }
}
