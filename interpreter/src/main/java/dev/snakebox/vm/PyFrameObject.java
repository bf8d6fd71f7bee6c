package dev.snakebox.vm;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.Identity;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyCell;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;

/**
 * The Python view of a VM {@link Frame}; CPython's {@code PyFrameObject}
 * ({@code Objects/frameobject.c}): {@code sys._getframe()}, {@code tb_frame}, {@code gi_frame}.
 *
 * <p>Made only when asked for, at most one per frame ({@link Frame#object}), so calls cost
 * nothing for this feature. The object reads the frame itself rather than a copy: a frame that
 * has one is marked {@link Frame#captured} and so is never reused by the frame pool, and a
 * captured frame that finishes marks its caller too ({@link #keepCaller}), as CPython's
 * {@code take_ownership} makes the caller's frame object when a frame with one finishes: every
 * frame reachable through {@code f_back} stays as it was.
 */
public final class PyFrameObject extends PyObject {
    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(self.repr());
    }, t -> {
        t.getter("f_code", self -> f(self).frame.code);
        t.getSet("f_lineno", self -> {
            int line = f(self).lineno();
            return line < 0 ? PyNone.NONE : PyInt.of(line);
        }, (self, v) -> {
            // frame_setlineno: jumping is for trace functions, which Snakebox does not run
            if (v == null) {
                throw Errors.raise(dev.snakebox.objects.ExceptionTypes.AttributeError, "cannot delete attribute");
            }
            if (v.type() != PyInt.TYPE) {
                throw Errors.valueError("lineno must be an integer");
            }
            throw Errors.valueError("f_lineno can only be set in a trace function");
        });
        t.getter("f_lasti", self -> PyInt.of(2L * f(self).lasti()));
        t.getter("f_globals", self -> f(self).frame.globals);
        t.getter("f_builtins", self -> f(self).frame.builtins);
        t.getter("f_locals", self -> f(self).locals());
        t.getter("f_back", self -> f(self).back());
        t.getSet("f_trace", self -> f(self).trace, (self, v) -> f(self).trace = v == null ? PyNone.NONE : v);
        t.getSet("f_trace_lines", self -> PyBool.of(f(self).traceLines), (self, v) -> f(self).traceLines = bool(v));
        t.getSet("f_trace_opcodes", self -> PyBool.of(f(self).traceOpcodes), (self, v) -> f(self).traceOpcodes = bool(v));
        t.method("clear()", (self, a) -> {
            f(self).clear();
            return PyNone.NONE;
        });
    });

    final Frame frame;
    /** {@code f_trace}: kept for the program to read back; Snakebox has no tracing (no {@code sys.settrace}). */
    private PyObject trace = PyNone.NONE;
    private boolean traceLines = true;
    private boolean traceOpcodes;

    private PyFrameObject(Frame frame) {
        this.frame = frame;
    }

    /** {@code _PyFrame_GetFrameObject}: the frame object of {@code f}, the same one each time. */
    static PyFrameObject of(Frame f) {
        PyFrameObject o = f.object;
        if (o == null) {
            o = new PyFrameObject(f);
            f.object = o;
            f.captured = true;
        }
        return o;
    }

    /**
     * A captured frame is finishing: its caller must not be reused either, since {@code f_back}
     * of this frame's object may still lead to it. Costs nothing on the common path: callers
     * test {@link Frame#captured} first.
     */
    static void keepCaller(Frame f) {
        Frame back = f.back;
        if (back != null) {
            back.captured = true;
        }
    }

    /**
     * A generator's frame returned or raised: it forgets its caller, unless it has an object,
     * whose {@code f_back} then stays that caller (CPython's {@code take_ownership}); a suspended
     * generator's frame has no caller.
     */
    static void generatorFinished(Frame f) {
        if (f.object != null) {
            keepCaller(f);
        } else {
            f.back = null;
        }
    }

    /**
     * {@code sys._getframe(depth)}: the frame object {@code depth} calls below the running
     * frame (negative counts as 0); ValueError when the stack is not that deep.
     */
    public static PyObject getFrame(Interpreter interp, int depth) {
        Frame f = interp.current;
        while (depth > 0 && f != null) {
            f = f.back;
            depth--;
        }
        if (f == null) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return of(f);
    }

    private static PyFrameObject f(PyObject self) {
        return (PyFrameObject) self;
    }

    private static boolean bool(PyObject v) {
        if (!(v instanceof PyBool)) {
            throw Errors.typeError("attribute value type must be bool");
        }
        return v == PyBool.TRUE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int lineno() {
        return frame.code.positions(lasti())[0];
    }

    /**
     * The code unit CPython's {@code instr_ptr} points at: the running (or calling, or last)
     * instruction; for a generator not running, the one after its RETURN_GENERATOR or
     * YIELD_VALUE, where it resumes.
     */
    private int lasti() {
        PyGenerator gen = frame.generator;
        if (gen != null && (gen.state == PyGenerator.CREATED || gen.state == PyGenerator.SUSPENDED)) {
            return frame.lasti + 1;
        }
        return frame.lasti;
    }

    private PyObject back() {
        Frame b = frame.back;
        return b == null ? PyNone.NONE : of(b);
    }

    /**
     * {@code f_locals}: the namespace of a module or class body; for a function's frame a new
     * dict of its bound locals, cells and free variables (CPython 3.13 gives a write-through
     * proxy instead: see differences/frame-locals.md).
     */
    private PyObject locals() {
        return frame.locals != null ? frame.locals : snapshot(frame);
    }

    /** {@code locals()} in a function's frame: its bound variables by name, in slot order, hidden ones left out. */
    static PyDict snapshot(Frame f) {
        PyDict d = new PyDict();
        CodeInfo info = f.info;
        for (int i = 0; i < info.nlocalsplus; i++) {
            PyObject v = f.localsplus[i];
            int kind = info.kind(i);
            if (v instanceof PyCell && (kind & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
                v = ((PyCell) v).ref;
            }
            if (v != null && (kind & PyCode.CO_FAST_HIDDEN) == 0) {
                d.putStr(info.localNames[i], v);
            }
        }
        return d;
    }

    /**
     * {@code frame.clear()}: drops the local variables of a finished frame; a frame still running
     * (or a suspended generator's) cannot be cleared; a generator not started is closed (its
     * frame keeps its arguments, as CPython's does).
     */
    private void clear() {
        PyGenerator gen = frame.generator;
        if (gen != null) {
            if (gen.state == PyGenerator.RUNNING) {
                throw Errors.runtimeError("cannot clear an executing frame");
            }
            if (gen.state == PyGenerator.SUSPENDED) {
                throw Errors.runtimeError("cannot clear a suspended frame");
            }
            if (gen.state == PyGenerator.CREATED) {
                gen.close();
                return;
            }
        } else if (executing()) {
            throw Errors.runtimeError("cannot clear an executing frame");
        }
        java.util.Arrays.fill(frame.localsplus, 0, frame.localsplus.length, null);
        frame.sp = frame.info.nlocalsplus;
    }

    /** Whether the frame is on the running chain (a finished frame is not). */
    private boolean executing() {
        for (Frame f = PyGenerator.interpreter().current; f != null; f = f.back) {
            if (f == frame) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String repr() {
        int line = lineno();
        return "<frame at 0x" + Identity.hex(this) + ", file " + Abstract.repr(PyStr.of(frame.code.filename())).value()
                + ", line " + line + ", code " + frame.code.name() + ">";
    }
}
