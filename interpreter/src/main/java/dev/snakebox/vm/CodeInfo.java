package dev.snakebox.vm;

import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.PyStr;

/**
 * What the VM derives once from a code object: its names as interned str objects, its exception
 * table decoded into arrays, the kinds of its local slots, and the inline caches of its
 * instructions (CPython keeps these in the CACHE code units; here a parallel array indexed by
 * instruction). Kept in {@link PyCode#vmData}.
 */
final class CodeInfo {
    final PyCode code;
    final PyStr[] names;
    final PyStr[] localNames;
    final int nlocalsplus;
    final int argcount;
    final int posonly;
    final int kwonly;
    final boolean varargs;
    final boolean varkw;
    final boolean generator;
    /**
     * The number of arguments a call may bind by copying them as they are (positional
     * parameters only, no defaults needed, no *args, **kwargs or keyword-only ones), or -1.
     * Generator functions qualify: their frame runs to RETURN_GENERATOR like any call's, and
     * the generator marks it captured so the pool never takes it back.
     */
    final int exactArgs;
    /** Exception table: handled ranges [start, end), handler, depth, push-lasti, innermost first as CPython lists them. */
    final int[] excStart;
    final int[] excEnd;
    final int[] excTarget;
    final int[] excDepth;
    final boolean[] excLasti;
    /** Inline caches by code unit (LOAD_GLOBAL, LOAD_ATTR); null until an instruction fills its slot. */
    final Object[] caches;
    /**
     * Frames of finished calls of this code, kept for the next calls (CPython allocates frames
     * on a per-thread data stack for the same reason: a call should not cost an allocation).
     */
    private final Frame[] pool = new Frame[POOL_SIZE];
    private int pooled;
    private static final int POOL_SIZE = 4;

    private CodeInfo(PyCode code) {
        this.code = code;
        names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.intern(code.names[i]);
        }
        localNames = new PyStr[code.localsplusnames.length];
        for (int i = 0; i < localNames.length; i++) {
            localNames[i] = PyStr.intern(code.localsplusnames[i]);
        }
        nlocalsplus = localNames.length;
        argcount = code.argcount;
        posonly = code.posonlyargcount;
        kwonly = code.kwonlyargcount;
        varargs = (code.flags & CodeFlags.CO_VARARGS) != 0;
        varkw = (code.flags & CodeFlags.CO_VARKEYWORDS) != 0;
        generator = (code.flags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) != 0;
        exactArgs = !varargs && !varkw && kwonly == 0 ? argcount : -1;
        java.util.List<dev.snakebox.bytecode.ExceptionTable.Entry> entries =
                dev.snakebox.bytecode.ExceptionTable.parse(code.exceptiontable);
        int n = entries.size();
        excStart = new int[n];
        excEnd = new int[n];
        excTarget = new int[n];
        excDepth = new int[n];
        excLasti = new boolean[n];
        for (int i = 0; i < n; i++) {
            dev.snakebox.bytecode.ExceptionTable.Entry e = entries.get(i);
            excStart[i] = e.start;
            excEnd[i] = e.end;
            excTarget[i] = e.target;
            excDepth[i] = e.depth;
            excLasti[i] = e.lasti;
        }
        caches = new Object[code.code.length];
    }

    static CodeInfo of(PyCode code) {
        Object d = code.vmData;
        if (d instanceof CodeInfo) {
            return (CodeInfo) d;
        }
        CodeInfo info = new CodeInfo(code);
        code.vmData = info;
        return info;
    }

    /** A frame for a new call of this code: a finished one reused (locals cleared), or a new one. */
    Frame frame(dev.snakebox.objects.PyDict globals, dev.snakebox.objects.PyDict builtins, dev.snakebox.objects.PyObject locals,
            dev.snakebox.objects.PyFunction function) {
        if (pooled > 0) {
            Frame f = pool[--pooled];
            pool[pooled] = null;
            java.util.Arrays.fill(f.localsplus, 0, nlocalsplus, null);
            f.globals = globals;
            f.builtins = builtins;
            f.locals = locals;
            f.function = function;
            f.sp = nlocalsplus;
            f.pc = 0;
            f.entry = false;
            f.initSelf = null;
            f.back = null;
            return f;
        }
        return new Frame(code, this, globals, builtins, locals, function);
    }

    /**
     * Keeps a finished frame for reuse, unless something may still look at it: a frame that a
     * traceback, a generator or a frame object holds must be marked {@link Frame#captured}.
     */
    void release(Frame f) {
        if (f.captured) {
            PyFrameObject.keepCaller(f);
        } else if (pooled < POOL_SIZE) {
            pool[pooled++] = f;
        }
    }

    /** {@code get_exception_handler}: the index of the entry covering code unit {@code unit}, or -1. */
    int handlerFor(int unit) {
        for (int i = 0; i < excStart.length; i++) {
            if (excStart[i] <= unit && unit < excEnd[i]) {
                return i;
            }
        }
        return -1;
    }

    byte kind(int i) {
        return code.localspluskinds[i];
    }
}
