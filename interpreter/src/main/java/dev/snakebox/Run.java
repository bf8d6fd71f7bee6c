package dev.snakebox;

import dev.snakebox.builtins.Builtins;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.SourceWarning;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.vm.BlockingHost;
import dev.snakebox.vm.Interpreter;
import dev.snakebox.vm.LineCache;
import dev.snakebox.vm.OutputLimitExceeded;
import dev.snakebox.vm.Pause;
import dev.snakebox.vm.SyntaxErrorPrinter;
import dev.snakebox.vm.TracebackPrinter;

/**
 * One run of a program as {@code __main__}, in slices, for a host that must not block (the
 * browser's worker) or that does ({@link Snakebox#run} on the JVM): {@link #start} runs the first
 * slice, and each {@link #resume} the next, until {@link #status} is {@link #FINISHED} and
 * {@link #exitCode} is what {@code python3.13 FILE} would exit with. A slice ends when its
 * instruction budget is used up ({@link #SLICE}: resume at once, after letting the page breathe),
 * when {@code input()} waits for a line ({@link #INPUT}: resume with it, null for the end of the
 * input) or when {@code time.sleep()} waits ({@link #SLEEP}: resume after {@link #sleepMillis}).
 *
 * <p>Nothing thrown inside escapes as a Java exception: Python errors are printed as CPython
 * prints them, and any Java exception that slips through is reported as a SystemError.
 */
public final class Run {
    public static final int FINISHED = Pause.FINISHED;
    public static final int SLICE = Pause.SLICE;
    public static final int INPUT = Pause.INPUT;
    public static final int SLEEP = Pause.SLEEP;

    /** Budget units (function starts and backward jumps) of a slice, unless {@link Options#slice} says otherwise. */
    public static final int DEFAULT_SLICE = 100_000;

    /** How a run goes. */
    public static final class Options {
        /** Budget units per slice (at least 1). */
        public int slice = DEFAULT_SLICE;
        /** Characters of output (stdout and stderr together) after which the program is stopped. */
        public long outputLimit = Long.MAX_VALUE;
        /**
         * Answers {@code input()} and {@code time.sleep()} at once (the JVM), wherever they are
         * called; null: they end the slice, and are a RuntimeError where it cannot end.
         */
        public BlockingHost blocking;
    }

    private final Console console;
    private final LineCache lines = new LineCache();
    private final Interpreter interp;
    private int status = FINISHED;
    private int exitCode;

    private Run(Console console, Options options) {
        this.console = console;
        this.interp = new Interpreter(output(console));
        interp.setSlice(options.slice);
        interp.setOutputLimit(options.outputLimit);
        interp.setBlockingHost(options.blocking);
    }

    /** Compiles {@code source} ({@code path} is the file name tracebacks show) and runs its first slice. */
    public static Run start(String source, String path, Console console, Options options) {
        Run run = new Run(console, options);
        run.begin(new Source(path, source));
        return run;
    }

    private void begin(Source src) {
        lines.put(src);
        ThreadState previous = ThreadState.install(interp.threadState());
        try {
            PyCode code;
            try {
                code = compile(src);
            } finally {
                for (SourceWarning w : src.warnings()) {
                    console.stderr(w.format(src));
                }
            }
            PyDict builtins = Builtins.namespace();
            PyDict globals = new PyDict();
            globals.putStr(PyStr.intern("__name__"), PyStr.of("__main__"));
            globals.putStr(PyStr.intern("__doc__"), PyNone.NONE);
            globals.putStr(PyStr.intern("__package__"), PyNone.NONE);
            globals.putStr(PyStr.intern("__loader__"), PyNone.NONE);
            globals.putStr(PyStr.intern("__spec__"), PyNone.NONE);
            globals.putStr(PyStr.intern("__builtins__"), Builtins.module(builtins));
            globals.putStr(PyStr.intern("__file__"), PyStr.of(src.path));
            globals.putStr(PyStr.intern("__cached__"), PyNone.NONE);
            ended(interp.start(code, globals, builtins));
        } catch (SourceError e) {
            console.stderr(SyntaxErrorPrinter.format(e, src));
            finish(1);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(e);
        } finally {
            ThreadState.install(previous);
        }
    }

    /**
     * Runs the next slice. After {@link #INPUT}, {@code answer} is the line typed (without its
     * line end) or null for the end of the input (input() raises EOFError); otherwise it is
     * ignored. Returns the new {@link #status}.
     */
    public int resume(String answer) {
        if (status == FINISHED) {
            throw new IllegalStateException("the run has finished");
        }
        ThreadState previous = ThreadState.install(interp.threadState());
        try {
            ended(interp.resume(answer));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(e);
        } finally {
            ThreadState.install(previous);
        }
        return status;
    }

    /** {@link #FINISHED}, {@link #SLICE}, {@link #INPUT} or {@link #SLEEP}. */
    public int status() {
        return status;
    }

    /** While {@link #INPUT}: the prompt of the {@code input()} call (already written to stdout). */
    public String prompt() {
        return status == INPUT ? interp.prompt() : "";
    }

    /** While {@link #SLEEP}: how long to wait before resuming, in milliseconds (fractional). */
    public double sleepMillis() {
        return status == SLEEP ? interp.sleepNanos() / 1e6 : 0;
    }

    /** While {@link #SLEEP}: how long to wait before resuming, in nanoseconds. */
    public long sleepNanos() {
        return status == SLEEP ? interp.sleepNanos() : 0;
    }

    /** Once {@link #FINISHED}: the exit status {@code python3.13} would give. */
    public int exitCode() {
        return exitCode;
    }

    private void ended(int s) {
        if (s == FINISHED) {
            finish(0);
        } else {
            status = s;
        }
    }

    private void finish(int code) {
        status = FINISHED;
        exitCode = code;
    }

    /** The run ended with an exception: printed as CPython would, or as an internal error. */
    private void failed(Throwable e) {
        interp.flush();
        if (e instanceof PyException) {
            finish(uncaught(((PyException) e).value));
        } else if (e instanceof OutputLimitExceeded) {
            console.stderr(OUTPUT_LIMIT_MESSAGE);
            finish(1);
        } else {
            console.stderr(Snakebox.internalError(e));
            finish(1);
        }
    }

    /** What a host that stops a program for its output volume prints (differences/output-limit.md). */
    static final String OUTPUT_LIMIT_MESSAGE =
            "\nSnakebox stopped the program: it wrote more output than the page can show.\n";

    /**
     * An exception that ended the program: SystemExit's code becomes the exit status (printing a
     * non-int code), anything else is printed with its traceback and exits with 1 (CPython's
     * {@code handle_system_exit} and {@code PyErr_PrintEx}).
     */
    private int uncaught(PyBaseException exc) {
        try {
            if (exc.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
                PyObject code = Abstract.getAttr(exc, "code");
                if (code == PyNone.NONE) {
                    return 0;
                }
                if (code instanceof PyInt) {
                    PyInt c = (PyInt) code;
                    return c.big != null ? -1 : (int) c.value;
                }
                console.stderr(Abstract.str(code).value + "\n");
                return 1;
            }
            console.stderr(new TracebackPrinter(lines).format(exc));
        } catch (PyException e) {
            console.stderr(TracebackPrinter.exceptionOnly(e.value));
        }
        return 1;
    }

    private static PyCode compile(Source src) {
        return Snakebox.compile(src);
    }

    private static Interpreter.Output output(Console console) {
        return new Interpreter.Output() {
            @Override
            public void stdout(String s) {
                console.stdout(s);
            }

            @Override
            public void stderr(String s) {
                console.stderr(s);
            }
        };
    }
}
