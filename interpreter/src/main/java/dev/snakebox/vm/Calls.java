package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyMethod;
import dev.snakebox.objects.PyMethodDescr;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyHandingOff;
import dev.snakebox.objects.PyInstance;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;

/**
 * Frames for calls of Python functions ({@code _PyEvalFramePushAndInit}), and the
 * stackless instantiation of a class whose {@code __init__} is a Python function (CPython's
 * {@code CALL_ALLOC_AND_ENTER_INIT}): the instance is made, and {@code __init__} runs as a frame
 * of the loop whose return value is checked and replaced by the instance.
 */
final class Calls {
    private Calls() {}

    /**
     * {@code CALL}/{@code CALL_KW}: the callable, self or NULL and the arguments are on the
     * stack (then the keyword names for CALL_KW). A Python function (or a class whose
     * {@code __init__} is one) gets a frame, returned for the loop to enter, with the caller's
     * stack already cut; anything else is called here and its result pushed (null returned).
     */
    static Frame call(Frame f, int arg, boolean kw) {
        PyObject[] lp = f.localsplus;
        int sp = f.sp;
        PyTuple kwnames = null;
        if (kw) {
            kwnames = (PyTuple) lp[--sp];
            lp[sp] = null;
        }
        int base = sp - arg - 2;
        PyObject callable = lp[base];
        int argStart = base + 2;
        int nargs = arg;
        if (lp[base + 1] != null) {
            argStart--;
            nargs++;
        } else if (callable instanceof PyMethod) {
            PyMethod m = (PyMethod) callable;
            callable = m.func;
            lp[base] = callable;
            lp[base + 1] = m.self;
            argStart--;
            nargs++;
        }
        if (kwnames != null) {
            nargs -= kwnames.size();
        }
        Frame callee = null;
        if (callable instanceof PyFunction) {
            callee = frameFor((PyFunction) callable, lp, argStart, nargs, kwnames);
        } else if (callable instanceof PyType && argStart == base + 2) {
            callee = initFrame((PyType) callable, lp, base + 1, nargs, kwnames);
        } else if (callable instanceof PyHandingOff) {
            // a built-in that runs this call as a Python function (help(): its input() may pause)
            PyFunction fn = ((PyHandingOff) callable).handOff(nargs, kwnames);
            if (fn != null) {
                callee = frameFor(fn, lp, argStart, nargs, kwnames);
            }
        }
        if (callee != null) {
            for (int i = base; i < sp; i++) {
                lp[i] = null;
            }
            f.sp = base;
            return callee;
        }
        f.sp = sp;
        PyObject r;
        if (callable instanceof PyMethodDescr && nargs > 0) {
            r = ((PyMethodDescr) callable).callWithSelf(lp[argStart], lp, argStart + 1, nargs - 1, kwnames);
        } else if (callable instanceof PyBuiltinFunction) {
            r = ((PyBuiltinFunction) callable).call(lp, argStart, nargs, kwnames);
        } else {
            r = Abstract.call(callable, lp, argStart, nargs, kwnames);
        }
        for (int i = base + 1; i < sp; i++) {
            lp[i] = null;
        }
        lp[base] = r;
        f.sp = base + 1;
        return null;
    }

    static Frame frameFor(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        CodeInfo info = CodeInfo.of(fn.code);
        Frame f = info.frame(fn.globals, fn.builtins, null, fn);
        try {
            ArgBinder.bind(fn, info, f.localsplus, args, start, nargs, kwnames);
        } catch (dev.snakebox.objects.PyException e) {
            info.release(f);
            throw e;
        }
        return f;
    }

    /**
     * A frame running {@code cls.__init__} on a new instance, when {@code cls} makes plain
     * instances and its {@code __init__} is a Python function; null otherwise (the call then goes
     * through {@code type.__call__}). {@code lp[selfSlot]} is free and takes the instance; the
     * arguments follow it.
     */
    static Frame initFrame(PyType cls, PyObject[] lp, int selfSlot, int nargs, PyTuple kwnames) {
        if (!cls.isHeapType() || cls.type() != PyType.TYPE || !cls.newIsObjectNew()) {
            return null;
        }
        PyObject init = cls.initFunction();
        if (!(init instanceof PyFunction)) {
            return null;
        }
        PyInstance self = new PyInstance(cls);
        lp[selfSlot] = self;
        Frame f = frameFor((PyFunction) init, lp, selfSlot, nargs + 1, kwnames);
        f.initSelf = self;
        return f;
    }

    /** {@code EXIT_INIT_CHECK}: {@code __init__} must return None; the call's value is the instance. */
    static PyObject initResult(Frame f, PyObject r) {
        if (r != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
        return f.initSelf;
    }
}
