package dev.snakebox.vm;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyObject;

/**
 * An executing code object; CPython's {@code _PyInterpreterFrame}
 * ({@code Include/internal/pycore_frame.h}). One array holds the local variables, the cells and
 * free variables, then the value stack ({@code localsplus}); frames live on the heap and link to
 * their caller, so Python-to-Python calls need no Java stack (the loop is stackless).
 */
final class Frame implements dev.snakebox.objects.PyTraceback.FrameView {
    final PyCode code;
    final CodeInfo info;
    /** Locals, cells, free variables, then the value stack from {@link CodeInfo#nlocalsplus}. */
    final PyObject[] localsplus;
    /** The next free stack slot (an index into {@link #localsplus}). */
    int sp;
    /** The code unit to execute next. */
    int pc;
    /** The code unit of the instruction running (or that made the call this frame waits on). */
    int lasti;
    /** The caller; null for the first frame of a run. */
    Frame back;
    PyDict globals;
    PyDict builtins;
    /** The namespace of module and class bodies ({@code LOAD_NAME}), null in functions. */
    PyObject locals;
    /** The function being run, null for module code. */
    PyFunction function;
    /** Set when Java code called into this frame: returning from it returns from the loop. */
    boolean entry;
    /**
     * For a frame running {@code __init__} on a new instance without a Java frame (the
     * specialised {@code CALL} of a class): the instance, which the call returns.
     */
    PyObject initSelf;
    /**
     * Set once something may still look at this frame after it returns (a traceback entry):
     * such a frame is not reused for another call.
     */
    boolean captured;
    /** The generator, coroutine or async generator that owns this frame; null for a plain call. */
    PyGenerator generator;
    /**
     * Where this frame goes on when a generator it resumed in the loop (FOR_ITER, SEND) returns
     * instead of yielding: CPython's {@code return_offset}, as an absolute code unit.
     */
    int genReturnPc;
    /** Its Python view, once something asked for it ({@code sys._getframe}, {@code tb_frame}...); null until then. */
    PyFrameObject object;

    Frame(PyCode code, CodeInfo info, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.info = info;
        this.localsplus = new PyObject[info.nlocalsplus + Math.max(1, code.stacksize)];
        this.sp = info.nlocalsplus;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    @Override
    public PyObject frameObject() {
        return PyFrameObject.of(this);
    }

    @Override
    public java.util.List<String> names() {
        return Ops.frameNames(this);
    }

    @Override
    public PyObject local(String name) {
        if (locals != null) {
            return Globals.lookupMapping(locals, dev.snakebox.objects.PyStr.intern(name));
        }
        for (int i = 0; i < info.nlocalsplus; i++) {
            if (info.localNames[i].value().equals(name)) {
                PyObject v = localsplus[i];
                if (v instanceof dev.snakebox.objects.PyCell && (info.kind(i) & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) {
                    v = ((dev.snakebox.objects.PyCell) v).ref;
                }
                return v;
            }
        }
        return null;
    }
}
