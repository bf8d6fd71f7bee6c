package dev.snakebox.objects;

/**
 * What the runtime needs of the interpreter that is running: calling Python functions from Java
 * code (a sort key, {@code __eq__}, {@code __init__}), the exception being handled, the standard
 * streams and the recursion bounds; CPython's {@code PyThreadState} ({@code Include/cpython/pystate.h}).
 *
 * <p>One interpreter runs at a time (the browser is single-threaded, and the CLI runs one
 * program), so the running one is a static: {@link #current}. The VM installs itself when a run
 * starts.
 */
public final class ThreadState {
    /** How a Python function is run from Java code: a nested evaluation loop, to completion. */
    public interface Evaluator {
        PyObject callFunction(PyFunction f, PyObject[] args, int start, int nargs, PyTuple kwnames);

        /** Text written to {@code sys.stdout}. */
        void stdout(String text);

        /** Text written to {@code sys.stderr}. */
        void stderr(String text);

        /** Sends buffered standard output on its way ({@code flush=True}). */
        void flush();

        /** The globals of the Python frame running now ({@code PyEval_GetGlobals}), or null. */
        PyDict currentGlobals();

        /**
         * The class and instance of a zero-argument {@code super()} called in the running frame:
         * its {@code __class__} cell and first argument ({@code super_init_without_args}).
         */
        PyObject[] zeroArgSuper();

        /** The locals of the running frame as a mapping ({@code locals()}); a new dict for a function's frame. */
        PyObject currentLocals();

        /** Runs a class body with {@code ns} as its locals ({@code __build_class__}); returns its {@code __classcell__} or None. */
        PyObject runClassBody(PyFunction body, PyObject ns);

        /**
         * Runs a code object with these namespaces to completion ({@code exec}, {@code eval}:
         * {@code PyEval_EvalCode}); {@code closure} holds the cells of its free variables, or is
         * null. The builtins are those of {@code globals['__builtins__']}, else the running frame's.
         */
        PyObject runCode(dev.snakebox.bytecode.PyCode code, PyDict globals, PyObject locals, PyObject[] closure);

        /** The builtins namespace of the running frame ({@code PyEval_GetBuiltins}). */
        PyDict currentBuiltins();

        /** {@code co_flags} of the running frame's code, for the future features compile() inherits; 0 outside one. */
        int currentCodeFlags();
    }

    /**
     * How deep Java code may nest calls back into Python (each level costs Java stack, which
     * cannot be caught overflowing in wasm-gc): past it, RecursionError, as CPython's C recursion
     * limit does. Python-to-Python calls do not count here: they are stackless.
     */
    public static final int MAX_NATIVE_DEPTH = 250;

    private static ThreadState current = new ThreadState(null);

    public final Evaluator evaluator;
    /** {@code exc_info}: the exception being handled by an {@code except} block, or null. */
    public PyBaseException handled;
    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit = 1000;
    /** Nesting of Java code that calls back into Python or recurses over nested objects. */
    public int nativeDepth;
    /** Objects whose repr is being built ({@code Py_ReprEnter}), to print {@code [...]} for cycles. */
    final java.util.ArrayList<PyObject> reprStack = new java.util.ArrayList<>();

    public ThreadState(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public static ThreadState current() {
        return current;
    }

    /** Makes {@code ts} the running state; returns the one it replaces (to restore afterwards). */
    public static ThreadState install(ThreadState ts) {
        ThreadState old = current;
        current = ts;
        return old;
    }

    /** {@code _Py_EnterRecursiveCall}: one level of native recursion, or RecursionError. */
    public static void enterRecursive(String where) {
        ThreadState ts = current;
        if (++ts.nativeDepth > MAX_NATIVE_DEPTH) {
            ts.nativeDepth--;
            throw Errors.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    public static void leaveRecursive() {
        current.nativeDepth--;
    }

    /** {@code Py_ReprEnter}: false when {@code o}'s repr is already being built (a cycle). */
    static boolean reprEnter(PyObject o) {
        java.util.ArrayList<PyObject> s = current.reprStack;
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.get(i) == o) {
                return false;
            }
        }
        s.add(o);
        return true;
    }

    static void reprLeave(PyObject o) {
        java.util.ArrayList<PyObject> s = current.reprStack;
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.get(i) == o) {
                s.remove(i);
                return;
            }
        }
    }
}
