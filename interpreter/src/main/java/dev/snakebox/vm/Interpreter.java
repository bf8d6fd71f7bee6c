package dev.snakebox.vm;

import static dev.snakebox.bytecode.Opcodes.*;

import dev.snakebox.bytecode.BinaryOps;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.GenericAttr;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyCell;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyMethod;
import dev.snakebox.objects.PyMethodDescr;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.ProgramHost;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTraceback;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;

/**
 * The evaluation loop; CPython's {@code Python/ceval.c} and {@code Python/bytecodes.c}. Executes
 * CPython 3.13 bytecode exactly as the compiler emits it, CACHE units included.
 *
 * <p>Stackless: a call of a Python function pushes a {@link Frame} and goes on in it, and a
 * return pops back to the caller, all in one Java frame of {@link #execute}; Java code calling
 * back into Python ({@link #callFunction}) runs a nested {@link #execute} to completion. The
 * common instructions are inline in the loop; the others are methods of {@link Ops}, called
 * with the stack pointer saved in the frame (the loop method must stay small enough for the
 * JIT to compile it).
 *
 * <p>A run goes in slices ({@link #start}, {@link #resume}): at function starts ({@code RESUME})
 * and backward jumps, where CPython checks its eval breaker, an instruction budget is counted
 * down; when it runs out in the outermost loop, the loop saves its state in the frame and returns
 * to the host with a {@link Pause} status. Requests of {@code input()} and {@code time.sleep()}
 * end a slice the same way (see {@link Pause}). A nested loop (Java code calling into Python)
 * cannot return to the host: there the budget just starts again.
 *
 * <p>Exceptions raised while an instruction runs are Java {@link PyException}s: the loop records
 * a traceback entry for the frame, looks up its exception table and either jumps to the handler
 * or pops the frame and goes on in the caller, as CPython's {@code exception_unwind} does.
 */
public final class Interpreter implements ThreadState.Evaluator, ProgramHost {
    /** Inline cache units after each instruction, by opcode, read once from the opcode table. */
    private static final int[] CACHES = new int[256];

    static {
        for (int op = 0; op < 256; op++) {
            CACHES[op] = Opcodes.cacheEntries(op);
        }
    }

    /** Where a run's text goes. */
    public interface Output {
        void stdout(String s);

        void stderr(String s);
    }

    /** Standard output is sent in pieces of at least this many characters (and at the end). */
    private static final int FLUSH_THRESHOLD = 8192;

    private final Output out;
    private final StringBuilder stdout = new StringBuilder();
    final ThreadState ts;
    /** The innermost frame being run, for tracebacks, {@code super()} and {@code type(name, bases, ns)}. */
    Frame current;
    /** Python frames on the stack, against {@link ThreadState#recursionLimit}. */
    int depth;
    private final Attrs attrs = new Attrs();
    /** Budget units (function starts and backward jumps) per slice. */
    private int slice = Integer.MAX_VALUE;
    /** Budget units left in this slice (a nested loop that uses them up starts again: it cannot pause). */
    private int budget;
    /** Nested loops running (Java code calling back into Python): a slice ends only in the outermost. */
    private int nested;
    /** The request of {@code input()} or {@code time.sleep()} on its way up the Java stack, or that ended the slice. */
    private Pause pause;
    /** Answers input() and time.sleep() at once, blocking (the JVM); null: they pause the run (the browser). */
    private BlockingHost blocking;
    /** How the last slice ended ({@link Pause#FINISHED}, {@link Pause#SLICE}...). */
    private int status = Pause.FINISHED;
    /** The instruction a RERAISE with a saved lasti restores as its frame's (CPython's {@code frame->instr_ptr}), or -1. */
    private int reraiseLasti = -1;
    /** The callable of the last CALL_FUNCTION_EX (which pops it before calling), to tell its pause requests. */
    private PyObject calledEx;
    /** What the module's code returned, once the run has finished. */
    private PyObject result;
    /** Characters the program may still write (stdout and stderr) before it is stopped. */
    private long outputLeft = Long.MAX_VALUE;
    /** What {@link #execute} returns when the slice ended (the frames hold where to go on). */
    private static final PyObject SLICE_END = new PyObject() {
        @Override
        public PyType type() {
            return PyNone.TYPE;
        }
    };

    /**
     * The generator a Python frame's call has just pushed ({@code RETURN_GENERATOR}), the frame
     * and where it goes on: if that instruction is a GET_ITER of it, a for loop is its only owner.
     */
    private PyObject freshGenerator;
    private Frame freshFrame;
    private int freshPc;

    /** The source lines tracebacks show; the run replaces it with the one that knows its files. */
    private LineCache lines = new LineCache();

    public LineCache lines() {
        return lines;
    }

    public void setLines(LineCache lines) {
        this.lines = lines;
    }

    public Interpreter(Output out) {
        this.out = out;
        this.ts = new ThreadState(this);
    }

    public ThreadState threadState() {
        return ts;
    }

    /** Python frames on the stack now ({@code sys.setrecursionlimit} compares against it). */
    public int depth() {
        return depth;
    }

    // ---- output --------------------------------------------------------------------------------

    @Override
    public void stdout(String text) {
        if ((outputLeft -= text.length()) < 0) {
            stdout.append(text, 0, text.length() + (int) outputLeft);
            overLimit();
        }
        stdout.append(text);
        if (stdout.length() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    @Override
    public void stderr(String text) {
        flush();
        if ((outputLeft -= text.length()) < 0) {
            out.stderr(text.substring(0, text.length() + (int) outputLeft));
            overLimit();
        }
        out.stderr(text);
    }

    /** Bounds what the program may write (stdout and stderr together), in characters; past it, {@link OutputLimitExceeded}. */
    public void setOutputLimit(long chars) {
        outputLeft = chars;
    }

    private void overLimit() {
        outputLeft = 0;
        flush();
        throw new OutputLimitExceeded();
    }

    @Override
    public void flush() {
        if (stdout.length() > 0) {
            String s = stdout.toString();
            stdout.setLength(0);
            out.stdout(s);
        }
    }

    // ---- entry points --------------------------------------------------------------------------

    /**
     * Runs a module's code object with the given namespaces to its end on a nested loop, as
     * importing it does from inside the running program: like any call from Java code, it cannot
     * end the run's slice, so {@code input()} and {@code time.sleep()} at the module's top level
     * block on the JVM and are the "cannot pause" RuntimeError in the browser.
     */
    public PyObject runModule(PyCode code, PyDict globals, PyDict builtins) {
        return enter(new Frame(code, CodeInfo.of(code), globals, builtins, globals, null));
    }

    /** Budget units (function starts and backward jumps) per slice of {@link #start}/{@link #resume}; at least 1. */
    public void setSlice(int units) {
        slice = Math.max(1, units);
    }

    /**
     * The host that answers {@code input()} and {@code time.sleep()} at once, blocking (the JVM);
     * null (the browser): they end the slice, or are RuntimeErrors where the run cannot pause.
     */
    public void setBlockingHost(BlockingHost host) {
        blocking = host;
    }

    /**
     * Starts running a module's code object as the run's outermost frame, for one slice; returns
     * how the slice ended ({@link Pause}). A Python exception that ends the program is thrown.
     */
    public int start(PyCode code, PyDict globals, PyDict builtins) {
        Frame f = new Frame(code, CodeInfo.of(code), globals, builtins, globals, null);
        push(f);
        return runSlice(f, null, null);
    }

    /**
     * Runs the next slice after one that ended with {@link Pause#SLICE}, {@link Pause#INPUT}
     * ({@code answer} is the line, null for the end of input: EOFError) or {@link Pause#SLEEP}.
     */
    public int resume(String answer) {
        int was = status;
        Frame f = current;
        if (was == Pause.FINISHED || f == null) {
            throw new IllegalStateException("the run has finished");
        }
        if (was == Pause.INPUT) {
            if (answer == null) {
                return runSlice(f, null, Errors.raise(ExceptionTypes.EOFError, "EOF when reading a line"));
            }
            return runSlice(f, PyStr.of(answer), null);
        }
        return runSlice(f, was == Pause.SLEEP ? PyNone.NONE : null, null);
    }

    /** How the last slice ended ({@link Pause#FINISHED}, {@link Pause#SLICE}, {@link Pause#INPUT}, {@link Pause#SLEEP}). */
    public int status() {
        return status;
    }

    /** The prompt of the {@code input()} call waiting for its line. */
    public String prompt() {
        return status == Pause.INPUT ? pause.prompt : "";
    }

    /** How long the {@code time.sleep()} call waiting wants to sleep. */
    public long sleepNanos() {
        return status == Pause.SLEEP ? pause.nanos : 0;
    }

    /** Runs from {@code f} (the innermost frame) until the slice ends: the answer of a request pushed or its error raised first. */
    private int runSlice(Frame f, PyObject answer, PyException error) {
        ThreadState old = ThreadState.install(ts);
        status = Pause.FINISHED;
        try {
            pause = null;
            budget = slice;
            if (answer != null) {
                f.localsplus[f.sp++] = answer;
            }
            if (error != null) {
                f = unwind(f, error.value, error, f.lasti, false);
                current = f;
            }
            PyObject r = execute(f, null);
            if (r == SLICE_END) {
                status = pause == null ? Pause.SLICE : pause.kind;
                return status;
            }
            result = r;
            return Pause.FINISHED;
        } finally {
            flush();
            ThreadState.install(old);
        }
    }

    /** Makes {@code f} the innermost frame, called from Java code (returning from it returns from the loop). */
    private void push(Frame f) {
        if (depth >= ts.recursionLimit) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        f.entry = true;
        f.back = current;
        depth++;
        current = f;
    }

    /** Runs {@code f} to completion on a nested loop (Java code calling into Python). */
    private PyObject enter(Frame f) {
        push(f);
        nested++;
        try {
            return execute(f, null);
        } finally {
            nested--;
        }
    }

    /**
     * Runs a generator's frame from Java code until it yields, returns or raises
     * ({@code gen_send_ex2}'s {@code _PyEval_EvalFrame}); {@code throwing}, when not null, is
     * raised at the instruction where the frame is suspended. A nested loop: it cannot pause.
     */
    PyObject resume(Frame f, PyBaseException throwing) {
        f.entry = true;
        f.back = current;
        depth++;
        current = f;
        nested++;
        try {
            return execute(f, throwing);
        } finally {
            nested--;
        }
    }

    // ---- requests to the host --------------------------------------------------------------------

    @Override
    public String readLine(PyObject caller, String prompt) {
        if (blocking != null) {
            return blocking.readLine();
        }
        throw request(new Pause(Pause.INPUT, caller, prompt, 0, Errors.runtimeError(Pause.cannotPause("input()"))));
    }

    @Override
    public void sleep(PyObject caller, long nanos) {
        if (blocking != null) {
            blocking.sleep(nanos);
            return;
        }
        throw request(new Pause(Pause.SLEEP, caller, "", nanos, Errors.runtimeError(Pause.cannotPause("time.sleep()"))));
    }

    /** Sends a request up the Java stack: only the outermost loop can turn it into a pause. */
    private PyException request(Pause p) {
        flush();
        if (nested == 0) {
            pause = p;
        }
        return p.carrier;
    }

    /**
     * The outermost loop caught {@code e} while running the instruction at {@code start}: when it
     * is the carrier of the request made by the callable this instruction calls, the call's
     * stack items are popped and the frame saved to go on after it (true: end the slice).
     */
    private boolean pauseAt(Frame f, PyException e, int start, int pc, int sp) {
        Pause p = pause;
        if (p.carrier != e || nested != 0) {
            pause = null;
            return false;
        }
        char[] code = f.code.code;
        int i = start;
        int unit = code[i++];
        int op = unit & 0xFF;
        int arg = unit >>> 8;
        while (op == EXTENDED_ARG) {
            unit = code[i++];
            op = unit & 0xFF;
            arg = arg << 8 | unit >>> 8;
        }
        PyObject[] lp = f.localsplus;
        int base;
        PyObject callable = null;
        if (op == CALL) {
            base = sp - arg - 2;
        } else if (op == CALL_KW) {
            base = sp - arg - 3;
        } else if (op == CALL_FUNCTION_EX) {
            base = sp - 3 - (arg & 1);
            callable = calledEx;
        } else {
            base = -1;
        }
        if (base >= f.info.nlocalsplus && callable == null) {
            callable = lp[base];
        }
        if (base < f.info.nlocalsplus || callable != p.caller) {
            pause = null;
            return false;
        }
        for (int j = base; j < sp; j++) {
            lp[j] = null;
        }
        f.sp = base;
        f.pc = pc;
        f.lasti = start;
        return true;
    }

    @Override
    public PyObject callFunction(PyFunction fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        Frame f = Calls.frameFor(fn, args, start, nargs, kwnames);
        ThreadState.enterRecursive("");
        try {
            return enter(f);
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    @Override
    public PyObject runClassBody(PyFunction fn, PyObject ns) {
        CodeInfo info = CodeInfo.of(fn.code);
        Frame f = new Frame(fn.code, info, fn.globals, fn.builtins, ns, fn);
        ThreadState.enterRecursive("");
        try {
            return enter(f);
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    @Override
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals, PyObject[] closure) {
        PyDict builtins = builtinsOf(globals, current);
        PyFunction fn = new PyFunction(code, globals, builtins);
        fn.closure = closure;
        Frame f = new Frame(code, CodeInfo.of(code), globals, builtins, locals, fn);
        ThreadState.enterRecursive("");
        try {
            return enter(f);
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    /**
     * {@code _PyEval_BuiltinsFromGlobals}: the namespace of {@code globals['__builtins__']} (a
     * module or a dict), else the running frame's builtins.
     */
    private static PyDict builtinsOf(PyDict globals, Frame current) {
        PyObject b = globals.getStr(PyStr.intern("__builtins__"));
        if (b instanceof dev.snakebox.objects.PyModule) {
            return ((dev.snakebox.objects.PyModule) b).dict;
        }
        if (b instanceof PyDict) {
            return (PyDict) b;
        }
        return current != null ? current.builtins : new PyDict();
    }

    @Override
    public PyDict currentBuiltins() {
        return current == null ? null : current.builtins;
    }

    @Override
    public int currentCodeFlags() {
        return current == null ? 0 : current.code.flags;
    }

    @Override
    public PyDict currentGlobals() {
        return current == null ? null : current.globals;
    }

    @Override
    public PyObject[] zeroArgSuper() {
        return Ops.zeroArgSuper(current);
    }

    @Override
    public PyObject currentLocals() {
        Frame f = current;
        if (f == null) {
            return new PyDict();
        }
        if (f.locals != null) {
            return f.locals;
        }
        return PyFrameObject.snapshot(f);
    }

    // ---- the loop ------------------------------------------------------------------------------

    private PyObject execute(Frame f, PyBaseException throwing) {
        char[] code = f.code.code;
        PyObject[] consts = f.code.consts;
        PyObject[] lp = f.localsplus;
        CodeInfo info = f.info;
        int sp = f.sp;
        int pc = f.pc;
        int start = pc;
        boolean reraise = false;
        Frame callee = null;
        // The static fields the loop reads on every instruction or branch, read once: TeaVM checks
        // that a class is initialised at each read of its static field inside a loop (a call in
        // JS, an indirect call in wasm), and these checks cost as much as the instructions.
        int[] caches = CACHES;
        PyObject pyTrue = PyBool.TRUE;
        PyObject pyFalse = PyBool.FALSE;
        PyObject none = PyNone.NONE;
        if (throwing != null) {
            // gen.throw(): raised at the YIELD_VALUE where the frame waits, with this frame's traceback entry
            start = f.lasti;
            addTraceback(throwing, f, start);
            reraise = true;
        }
        while (true) {
            try {
                if (throwing != null) {
                    PyException thrown = new PyException(throwing);
                    throwing = null;
                    throw thrown;
                }
                while (true) {
                    start = pc;
                    int unit = code[pc++];
                    int op = unit & 0xFF;
                    int arg = unit >>> 8;
                    while (op == EXTENDED_ARG) {
                        unit = code[pc++];
                        op = unit & 0xFF;
                        arg = arg << 8 | unit >>> 8;
                    }
                    // Jumps count from the end of the instruction's inline caches, as in CPython.
                    pc += caches[op];
                    switch (op) {
                        case NOP:
                            break;
                        case RESUME:
                            if (--budget < 0) {
                                if (nested == 0) {
                                    return endSlice(f, sp, pc);
                                }
                                budget = slice;
                            }
                            break;
                        case LOAD_FAST:
                            lp[sp++] = lp[arg];
                            break;
                        case LOAD_FAST_CHECK: {
                            PyObject v = lp[arg];
                            if (v == null) {
                                throw Errors.unboundLocal(info.localNames[arg].value());
                            }
                            lp[sp++] = v;
                            break;
                        }
                        case LOAD_FAST_LOAD_FAST:
                            lp[sp++] = lp[arg >> 4];
                            lp[sp++] = lp[arg & 15];
                            break;
                        case LOAD_FAST_AND_CLEAR:
                            lp[sp++] = lp[arg];
                            lp[arg] = null;
                            break;
                        case STORE_FAST:
                            lp[arg] = lp[--sp];
                            break;
                        case STORE_FAST_LOAD_FAST:
                            lp[arg >> 4] = lp[sp - 1];
                            lp[sp - 1] = lp[arg & 15];
                            break;
                        case STORE_FAST_STORE_FAST:
                            lp[arg >> 4] = lp[sp - 1];
                            lp[arg & 15] = lp[sp - 2];
                            --sp;
                            --sp;
                            break;
                        case LOAD_CONST:
                            lp[sp++] = consts[arg];
                            break;
                        case POP_TOP:
                            if (lp[--sp] instanceof PyGenerator && ((PyGenerator) lp[sp]).loopOwned) {
                                // the for loop's own generator left by break or return: CPython frees it here
                                f.sp = sp;
                                f.pc = pc;
                                ((PyGenerator) lp[sp]).dropped(this, f, start);
                            }
                            break;
                        case PUSH_NULL:
                            lp[sp++] = null;
                            break;
                        case COPY:
                            lp[sp] = lp[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            PyObject t = lp[sp - 1];
                            lp[sp - 1] = lp[sp - arg];
                            lp[sp - arg] = t;
                            break;
                        }
                        case LOAD_GLOBAL: {
                            PyObject v = Globals.load(f, info, start, arg >> 1);
                            lp[sp++] = v;
                            if ((arg & 1) != 0) {
                                lp[sp++] = null;
                            }
                            break;
                        }
                        case LOAD_NAME:
                            lp[sp++] = f.locals == f.globals ? Globals.loadModuleName(f, info, start, info.names[arg])
                                    : Globals.loadName(f, info.names[arg]);
                            break;
                        case STORE_NAME: {
                            PyObject v = lp[--sp];
                            PyObject locals = f.locals;
                            if (locals instanceof PyDict && locals.type() == PyDict.TYPE) {
                                Globals.storeDictName((PyDict) locals, info, start, info.names[arg], v);
                            } else {
                                Globals.storeName(f, info.names[arg], v);
                            }
                            break;
                        }
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) lp[arg]).ref;
                            if (v == null) {
                                throw Ops.unboundDeref(info, arg);
                            }
                            lp[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            ((PyCell) lp[arg]).ref = lp[--sp];
                            break;
                        case MAKE_CELL:
                            lp[arg] = new PyCell(lp[arg]);
                            break;
                        case COPY_FREE_VARS: {
                            PyObject[] closure = f.function.closure;
                            System.arraycopy(closure, 0, lp, info.nlocalsplus - arg, arg);
                            break;
                        }
                        case LOAD_ATTR: {
                            // a property or __getattr__ may ask for this frame's line (f_lineno, warnings)
                            f.lasti = start;
                            PyObject owner = lp[sp - 1];
                            PyStr name = info.names[arg >> 1];
                            if ((arg & 1) != 0) {
                                PyObject v = attrs.loadMethod(info, start, owner, name);
                                lp[sp - 1] = v;
                                lp[sp++] = attrs.method ? owner : null;
                            } else {
                                lp[sp - 1] = attrs.getAttr(info, start, owner, name);
                            }
                            break;
                        }
                        case STORE_ATTR: {
                            f.lasti = start; // a setter may ask for this frame's line (f_lineno, warnings)
                            PyObject owner = lp[sp - 1];
                            PyObject v = lp[sp - 2];
                            --sp;
                            --sp;
                            attrs.setAttr(info, start, owner, info.names[arg], v);
                            break;
                        }
                        case BINARY_OP: {
                            PyObject b = lp[--sp];
                            PyObject a = lp[sp - 1];
                            PyObject r = null;
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                r = IntFast.binary(arg, (PyInt) a, (PyInt) b);
                            } else {
                                r = FloatFast.binary(arg, a, b);
                            }
                            if (r == null) {
                                f.lasti = start; // where a warning (__index__) is issued from
                                r = Abstract.binaryOp(arg, a, b);
                            }
                            lp[sp - 1] = r;
                            break;
                        }
                        case COMPARE_OP: {
                            PyObject b = lp[--sp];
                            PyObject a = lp[sp - 1];
                            PyObject r;
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null
                                    && ((PyInt) b).big == null) {
                                r = PyBool.of(IntFast.compare(arg >> 5, ((PyInt) a).value, ((PyInt) b).value));
                            } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                                r = PyBool.of(FloatFast.compare(arg >> 5, ((PyFloat) a).value, ((PyFloat) b).value));
                            } else {
                                f.lasti = start; // where a warning (bool(NotImplemented)) is issued from
                                r = Abstract.richCompare(a, b, arg >> 5);
                                if ((arg & 16) != 0 && !(r instanceof PyBool)) {
                                    r = PyBool.of(Abstract.isTrue(r));
                                }
                            }
                            lp[sp - 1] = r;
                            break;
                        }
                        case TO_BOOL: {
                            PyObject v = lp[sp - 1];
                            if (!(v instanceof PyBool)) {
                                f.lasti = start; // where a warning (bool(NotImplemented)) is issued from
                                lp[sp - 1] = PyBool.of(Abstract.isTrue(v));
                            }
                            break;
                        }
                        case UNARY_NOT:
                            lp[sp - 1] = lp[sp - 1] == pyTrue ? pyFalse : pyTrue;
                            break;
                        case POP_JUMP_IF_FALSE:
                            if (lp[--sp] == pyFalse) {
                                pc += arg;
                            }
                            break;
                        case POP_JUMP_IF_TRUE:
                            if (lp[--sp] == pyTrue) {
                                pc += arg;
                            }
                            break;
                        case POP_JUMP_IF_NONE:
                            if (lp[--sp] == none) {
                                pc += arg;
                            }
                            break;
                        case POP_JUMP_IF_NOT_NONE:
                            if (lp[--sp] != none) {
                                pc += arg;
                            }
                            break;
                        case JUMP_FORWARD:
                            pc += arg;
                            break;
                        case JUMP_BACKWARD:
                            pc -= arg;
                            if (--budget < 0) {
                                if (nested == 0) {
                                    return endSlice(f, sp, pc);
                                }
                                budget = slice;
                            }
                            break;
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc -= arg;
                            break;
                        case GET_ITER:
                            f.lasti = start; // the line a warning from __iter__ names (stacklevel)
                            if (lp[sp - 1] == freshGenerator && f == freshFrame && start == freshPc) {
                                // iterating over the generator the call just before made: only this loop refers to it
                                ((PyGenerator) freshGenerator).loopOwned = true;
                                freshGenerator = null;
                            }
                            lp[sp - 1] = Abstract.getIter(lp[sp - 1]);
                            break;
                        case FOR_ITER: {
                            if (lp[sp - 1] instanceof PyGenerator) {
                                Frame gf = ((PyGenerator) lp[sp - 1]).inlineFrame(this, none);
                                if (gf != null) {
                                    // FOR_ITER_GEN: a return goes on at END_FOR with the value pushed
                                    f.genReturnPc = pc + arg;
                                    callee = gf;
                                    break;
                                }
                            }
                            f.lasti = start; // the line a warning from __next__ names (stacklevel)
                            PyObject next = Abstract.next(lp[sp - 1]);
                            if (next == null) {
                                // exhausted: pop the iterator and skip END_FOR and POP_TOP
                                --sp;
                                pc += arg + 2;
                            } else {
                                lp[sp++] = next;
                            }
                            break;
                        }
                        case END_FOR:
                            --sp;
                            break;
                        case UNPACK_SEQUENCE: {
                            // UNPACK_SEQUENCE_TUPLE / _LIST: an exact tuple or list of the right length,
                            // here rather than in Ops (nested targets in a for loop unpack per iteration)
                            PyObject seq = lp[sp - 1];
                            if (seq instanceof PyTuple && seq.type() == PyTuple.TYPE && ((PyTuple) seq).size() == arg) {
                                PyTuple t = (PyTuple) seq;
                                --sp;
                                for (int i = arg - 1; i >= 0; i--) {
                                    lp[sp++] = t.get(i);
                                }
                                break;
                            }
                            if (seq instanceof PyList && seq.type() == PyList.TYPE && ((PyList) seq).size() == arg) {
                                PyList l = (PyList) seq;
                                --sp;
                                for (int i = arg - 1; i >= 0; i--) {
                                    lp[sp++] = l.get(i);
                                }
                                break;
                            }
                            f.sp = sp;
                            f.pc = pc;
                            f.lasti = start;
                            Ops.execute(this, f, op, arg);
                            sp = f.sp;
                            pc = f.pc;
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = lp[--sp];
                            PyObject container = lp[sp - 1];
                            if (container instanceof PyList && key.getClass() == PyInt.class && container.type() == PyList.TYPE) {
                                PyList l = (PyList) container;
                                PyInt k = (PyInt) key;
                                long i = k.value < 0 ? k.value + l.size() : k.value;
                                if (k.big == null && i >= 0 && i < l.size()) {
                                    lp[sp - 1] = l.get((int) i);
                                    break;
                                }
                            }
                            f.lasti = start; // where a warning (__index__) is issued from
                            lp[sp - 1] = Abstract.getItem(container, key);
                            break;
                        }
                        case STORE_SUBSCR: {
                            PyObject key = lp[sp - 1];
                            PyObject container = lp[sp - 2];
                            PyObject v = lp[sp - 3];
                            --sp;
                            --sp;
                            --sp;
                            if (container instanceof PyList && key.getClass() == PyInt.class && container.type() == PyList.TYPE) {
                                // STORE_SUBSCR_LIST_INT
                                PyList l = (PyList) container;
                                PyInt k = (PyInt) key;
                                long i = k.value < 0 ? k.value + l.size() : k.value;
                                if (k.big == null && i >= 0 && i < l.size()) {
                                    l.set((int) i, v);
                                    break;
                                }
                            }
                            f.lasti = start; // where a warning (__index__) is issued from
                            Abstract.setItem(container, key, v);
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = lp[--sp];
                            ((PyList) lp[sp - arg]).append(v);
                            break;
                        }
                        case BUILD_TUPLE: {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            for (int i = 0; i < arg; i++) {
                                items[i] = lp[sp + i];
                                lp[sp + i] = null;
                            }
                            lp[sp++] = PyTuple.wrap(items);
                            break;
                        }
                        case BUILD_LIST: {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            for (int i = 0; i < arg; i++) {
                                items[i] = lp[sp + i];
                                lp[sp + i] = null;
                            }
                            lp[sp++] = PyList.wrap(items);
                            break;
                        }
                        case CALL: {
                            // CALL_PY_EXACT_ARGS: a Python function with positional parameters only, called with as many
                            int base = sp - arg - 2;
                            PyObject fn = lp[base];
                            if (fn instanceof PyFunction) {
                                CodeInfo ci = CodeInfo.of(((PyFunction) fn).code);
                                int first = lp[base + 1] == null ? base + 2 : base + 1;
                                if (ci.exactArgs == sp - first) {
                                    PyFunction pf = (PyFunction) fn;
                                    Frame nf = ci.frame(pf.globals, pf.builtins, null, pf);
                                    System.arraycopy(lp, first, nf.localsplus, 0, sp - first);
                                    sp = base;
                                    callee = nf;
                                    break;
                                }
                            }
                            f.sp = sp;
                            f.lasti = start;
                            callee = Calls.call(f, arg, false);
                            sp = f.sp;
                            break;
                        }
                        case CALL_KW:
                            f.sp = sp;
                            f.lasti = start;
                            callee = Calls.call(f, arg, true);
                            sp = f.sp;
                            break;
                        case CALL_FUNCTION_EX:
                            f.sp = sp;
                            f.lasti = start;
                            calledEx = lp[sp - 3 - (arg & 1)];
                            callee = Ops.callFunctionEx(f, arg);
                            sp = f.sp;
                            break;
                        case RETURN_VALUE:
                        case RETURN_CONST: {
                            PyObject r;
                            if (op == RETURN_CONST) {
                                r = consts[arg];
                            } else {
                                r = lp[--sp];
                            }
                            if (f.initSelf != null) {
                                r = Calls.initResult(f, r);
                            }
                            f.lasti = start; // f_lineno of a finished frame is its return's line
                            Frame caller = f.back;
                            depth--;
                            current = caller;
                            PyGenerator gen = f.generator;
                            if (gen != null) {
                                gen.finish(ts);
                                PyFrameObject.generatorFinished(f);
                            }
                            if (f.entry) {
                                f.sp = sp;
                                if (f.captured) {
                                    PyFrameObject.keepCaller(f);
                                }
                                return r;
                            }
                            if (gen == null) {
                                info.release(f);
                            }
                            f = caller;
                            code = f.code.code;
                            consts = f.code.consts;
                            lp = f.localsplus;
                            info = f.info;
                            sp = f.sp;
                            pc = gen == null ? f.pc : f.genReturnPc;
                            lp[sp++] = r;
                            break;
                        }
                        case RETURN_GENERATOR:
                        case YIELD_VALUE: {
                            PyObject r;
                            f.pc = pc;
                            f.lasti = start;
                            if (op == YIELD_VALUE) {
                                r = lp[--sp];
                                f.generator.suspend(ts, arg == 1);
                            } else {
                                r = PyGenerator.create(f);
                                if (f.initSelf != null) {
                                    r = Calls.initResult(f, r);
                                }
                            }
                            f.sp = sp;
                            Frame caller = f.back;
                            f.back = null;
                            depth--;
                            current = caller;
                            if (f.entry) {
                                f.entry = false;
                                return r;
                            }
                            f = caller;
                            code = f.code.code;
                            consts = f.code.consts;
                            lp = f.localsplus;
                            info = f.info;
                            sp = f.sp;
                            pc = f.pc;
                            lp[sp++] = r;
                            if (op == RETURN_GENERATOR) {
                                freshGenerator = r;
                                freshFrame = f;
                                freshPc = pc;
                            }
                            break;
                        }
                        case SEND: {
                            if (lp[sp - 2] instanceof PyGenerator) {
                                Frame gf = ((PyGenerator) lp[sp - 2]).inlineFrame(this, lp[sp - 1]);
                                if (gf != null) {
                                    // SEND_GEN: a return goes on at END_SEND with the value pushed
                                    lp[--sp] = null;
                                    f.genReturnPc = pc + arg;
                                    callee = gf;
                                    break;
                                }
                            }
                            f.sp = sp;
                            f.pc = pc;
                            f.lasti = start;
                            Awaits.send(f, arg);
                            sp = f.sp;
                            pc = f.pc;
                            break;
                        }
                        case CLEANUP_THROW:
                        case END_ASYNC_FOR: {
                            f.sp = sp;
                            PyBaseException again = op == CLEANUP_THROW ? Awaits.cleanupThrow(f) : Awaits.endAsyncFor(f);
                            sp = f.sp;
                            if (again != null) {
                                reraise = true;
                                throw new PyException(again);
                            }
                            break;
                        }
                        case RERAISE: {
                            PyObject exc = lp[--sp];
                            if (arg != 0 && lp[sp - arg] instanceof PyInt) {
                                // the frame's line is that of the instruction first raising (f_lineno)
                                reraiseLasti = (int) ((PyInt) lp[sp - arg]).value;
                            }
                            // CPython sets the frame's instruction from the saved lasti (arg != 0),
                            // but looks the handler up from this instruction, as here.
                            reraise = true;
                            throw new PyException((PyBaseException) exc);
                        }
                        case RAISE_VARARGS:
                            f.sp = sp;
                            f.lasti = start;
                            if (arg == 0) {
                                PyBaseException exc = ts.handled;
                                if (exc == null) {
                                    throw Errors.runtimeError("No active exception to reraise");
                                }
                                reraise = true;
                                throw new PyException(exc);
                            }
                            {
                                PyBaseException raised = Ops.raise(this, f, arg);
                                if (pause != null || !LocalRaise.handled(f, start)) {
                                    throw new PyException(raised);
                                }
                                // a handler in this loop takes it: unwind without a Java throwable,
                                // whose mere construction makes a JS Error (with its stack) in TeaVM's JS
                                f = unwind(f, raised, null, start, false);
                                current = f;
                                code = f.code.code;
                                consts = f.code.consts;
                                lp = f.localsplus;
                                info = f.info;
                                sp = f.sp;
                                pc = f.pc;
                                break;
                            }
                        case PUSH_EXC_INFO: {
                            PyObject exc = lp[sp - 1];
                            if (f.generator != null) {
                                lp[sp - 1] = f.generator.pushHandled(ts, (PyBaseException) exc);
                                lp[sp++] = exc;
                                break;
                            }
                            PyBaseException prev = ts.handled;
                            lp[sp - 1] = prev == null ? none : prev;
                            lp[sp++] = exc;
                            ts.handled = (PyBaseException) exc;
                            break;
                        }
                        case POP_EXCEPT: {
                            PyObject v = lp[--sp];
                            if (f.generator != null) {
                                f.generator.popHandled(ts, v);
                                break;
                            }
                            ts.handled = v == none ? null : (PyBaseException) v;
                            break;
                        }
                        case CHECK_EXC_MATCH: {
                            PyObject type = lp[sp - 1];
                            lp[sp - 1] = PyBool.of(Ops.excMatches(lp[sp - 2], type));
                            break;
                        }
                        default:
                            f.sp = sp;
                            f.pc = pc;
                            f.lasti = start;
                            Ops.execute(this, f, op, arg);
                            sp = f.sp;
                            pc = f.pc;
                            break;
                    }
                    if (callee != null) {
                        // a Python-to-Python call: go on in the callee's frame
                        if (depth >= ts.recursionLimit) {
                            callee = null;
                            throw Errors.recursionError("maximum recursion depth exceeded");
                        }
                        f.sp = sp;
                        f.pc = pc;
                        f.lasti = start;
                        callee.back = f;
                        depth++;
                        f = callee;
                        callee = null;
                        current = f;
                        code = f.code.code;
                        consts = f.code.consts;
                        lp = f.localsplus;
                        info = f.info;
                        sp = f.sp;
                        pc = f.pc;
                    }
                }
            } catch (PyException | OutOfMemoryError thrown) {
                // an allocation the program asked for failed and did not happen, so the memory is
                // there again: the program gets CPython's MemoryError, which it may catch
                PyException e = thrown instanceof PyException ? (PyException) thrown : Errors.memoryError();
                if (pause != null && pauseAt(f, e, start, pc, sp)) {
                    return SLICE_END;
                }
                f = unwind(f, e.value, e, start, reraise);
                reraise = false;
                current = f;
                code = f.code.code;
                consts = f.code.consts;
                lp = f.localsplus;
                info = f.info;
                sp = f.sp;
                pc = f.pc;
            }
        }
    }

    /** The slice's budget is used up: the frame keeps where to go on. */
    private static PyObject endSlice(Frame f, int sp, int pc) {
        f.sp = sp;
        f.pc = pc;
        return SLICE_END;
    }

    /**
     * {@code exception_unwind}: records the frame in the traceback (unless the instruction
     * re-raised), finds the handler of the innermost frame that has one (popping the others, each
     * adding its entry) and returns that frame with its stack cut and the exception pushed;
     * rethrows when the exception leaves the loop's entry frame.
     */
    private Frame unwind(Frame f, PyBaseException exc, PyException thrown, int start, boolean reraise) {
        f.lasti = reraiseLasti >= 0 ? reraiseLasti : start;
        reraiseLasti = -1;
        if (!reraise) {
            if (exc.traceback == null) {
                Ops.setContext(ts, exc);
            }
            addTraceback(exc, f, start);
        }
        while (true) {
            CodeInfo info = f.info;
            PyObject[] lp = f.localsplus;
            int h = info.handlerFor(start);
            if (h >= 0) {
                int sp = info.nlocalsplus + info.excDepth[h];
                dropLoopGenerators(lp, sp, f, start);
                for (int i = sp; i < lp.length; i++) {
                    lp[i] = null;
                }
                if (info.excLasti[h]) {
                    lp[sp++] = PyInt.of(f.lasti);
                }
                lp[sp++] = exc;
                f.sp = sp;
                f.pc = info.excTarget[h];
                return f;
            }
            // no handler: this frame is done
            dropLoopGenerators(lp, info.nlocalsplus, f, start);
            for (int i = info.nlocalsplus; i < lp.length; i++) {
                lp[i] = null;
            }
            Frame caller = f.back;
            depth--;
            current = caller;
            if (f.generator != null) {
                f.generator.finish(ts);
                PyFrameObject.generatorFinished(f);
                f.sp = info.nlocalsplus;
            }
            if (f.entry) {
                f.sp = info.nlocalsplus;
                if (f.captured) {
                    PyFrameObject.keepCaller(f);
                }
                throw thrown != null ? thrown : new PyException(exc);
            }
            f = caller;
            start = f.lasti;
            addTraceback(exc, f, start);
        }
    }

    /**
     * The value stack from {@code from} up is being discarded by an exception: a for loop's own
     * generator there dies with it, and CPython closes it at this moment (its {@code finally}
     * runs before the handler). Slots above the stack top hold only finished generators.
     */
    private void dropLoopGenerators(PyObject[] lp, int from, Frame f, int start) {
        for (int i = from; i < lp.length; i++) {
            if (lp[i] instanceof PyGenerator && ((PyGenerator) lp[i]).loopOwned) {
                ((PyGenerator) lp[i]).dropped(this, f, start);
            }
        }
    }

    /** {@code PyTraceBack_Here}: a new head for the exception's traceback, for this frame. */
    static void addTraceback(PyBaseException exc, Frame f, int lasti) {
        f.captured = true;
        exc.traceback = new PyTraceback(f.code, lasti, f, exc.traceback);
    }

    /** The binary operator numbers, re-exported for the helpers. */
    static final int NB_INPLACE_ADD = BinaryOps.NB_INPLACE_ADD;

    /** Keeps {@link ExceptionTypes} and {@link GenericAttr} initialised before the first run needs them. */
    static {
        ExceptionTypes.all();
        GenericAttr.GET.getClass();
    }
}
