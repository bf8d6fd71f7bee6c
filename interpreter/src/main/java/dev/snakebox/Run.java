package dev.snakebox;

import dev.snakebox.builtins.Builtins;
import dev.snakebox.modules.Importer;
import dev.snakebox.modules.MemoryFileSystem;
import dev.snakebox.modules.RunOptions;
import dev.snakebox.objects.IntText;
import dev.snakebox.objects.PyModule;
import java.util.ArrayList;
import java.util.List;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
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
        /** The program's arguments, {@code sys.path[0]} and importable files; defaults where unset. */
        public RunOptions program = new RunOptions();
    }

    private final Console console;
    private final LineCache lines = new LineCache();
    private final Interpreter interp;
    private final RunOptions program;
    /** The run's import system, installed while a slice runs; null until the program compiled. */
    private Importer importer;
    private int status = FINISHED;
    private int exitCode;

    private Run(Console console, Options options) {
        this.console = console;
        this.program = options.program != null ? options.program : new RunOptions();
        this.interp = new Interpreter(output(console));
        interp.setSlice(options.slice);
        interp.setLines(lines);
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
        Importer previousImporter = Importer.install(null);
        try {
            IntText.resetMaxStrDigits();
            RunOptions o = complete(program, src.path, src.text);
            importer = new Importer(interp, Builtins.namespace(), o.files, lines, o);
            Importer.install(importer);
            if (!o.warnoptions.isEmpty()) {
                // CPython imports warnings at start-up to apply the -W options (sys.warnoptions)
                importer.importModuleLevel(PyStr.of("warnings"), null, null, 0);
            }
            PyCode code;
            try {
                code = compile(src);
            } finally {
                // through the filters: -W error makes a SyntaxWarning the SyntaxError reported
                importer.warnings.compileWarnings(src);
            }
            PyModule main = importer.mainModule(src.path);
            ended(interp.start(code, main.dict, importer.builtinsModule().dict));
        } catch (SourceError e) {
            console.stderr(SyntaxErrorPrinter.format(e, src));
            finish(1);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(e);
        } finally {
            Importer.install(previousImporter);
            ThreadState.install(previous);
        }
    }

    /** The options with their defaults filled in: argv {@code [path]}, the program's folder first on the path. */
    private static RunOptions complete(RunOptions options, String path, String source) {
        RunOptions o = new RunOptions();
        o.argv = options.argv != null ? options.argv : List.of(path);
        List<String> orig = new ArrayList<>();
        orig.add("snakebox");
        orig.addAll(o.argv);
        o.origArgv = options.origArgv != null ? options.origArgv : orig;
        o.path0 = options.path0 != null ? options.path0 : RunOptions.folderOf(path);
        o.files = options.files != null ? options.files : new MemoryFileSystem().put(path, source);
        o.executable = options.executable;
        o.warnoptions = options.warnoptions;
        return o;
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
        Importer previousImporter = Importer.install(importer);
        try {
            ended(interp.resume(answer));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(e);
        } finally {
            Importer.install(previousImporter);
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
     * code that is not an int), anything else goes to a replaced {@code sys.excepthook} or is
     * printed with its traceback, and exits with 1 (CPython's {@code _Py_HandleSystemExit} and
     * {@code PyErr_PrintEx}). The status is the process's, {@code 0..255}.
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
                    return (c.big != null || c.value != (int) c.value ? -1 : (int) c.value) & 0xFF;
                }
                // PyFile_WriteObject(code), then PySys_WriteStderr("\n"): two writes
                stderr(Abstract.str(code).value());
                stderr("\n");
                return 1;
            }
            PyObject hook = importer == null ? null : importer.replacedExceptHook();
            if (hook == PyNone.NONE) {
                stderr("sys.excepthook is missing\n");
            } else if (hook != null) {
                try {
                    Abstract.call(hook, exc.type(), exc, exc.traceback == null ? PyNone.NONE : exc.traceback);
                    interp.flush(); // what the hook printed
                    return 1;
                } catch (PyException e) {
                    stderr("Error in sys.excepthook:\n" + new TracebackPrinter(lines).format(e.value)
                            + "\nOriginal exception was:\n");
                }
            }
            stderr(new TracebackPrinter(lines).format(exc));
        } catch (PyException e) {
            console.stderr(TracebackPrinter.exceptionOnly(e.value));
        }
        interp.flush();
        // pymain_run_python: an uncaught KeyboardInterrupt ends the process by SIGINT, status 128 + 2
        return exc.type().isSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    /**
     * Text for {@code sys.stderr} at the end of a run: the console's stream, or what the program
     * put in its place ({@code PyFile_WriteObject}); nothing when that is None.
     */
    private void stderr(String text) {
        PyObject replaced = importer == null ? null : importer.replacedStderr();
        if (replaced == null) {
            console.stderr(text);
        } else if (replaced != PyNone.NONE) {
            Abstract.call(Abstract.getAttr(replaced, "write"), PyStr.of(text));
        }
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
