package dev.snakebox;

import dev.snakebox.ast.AstDump;
import dev.snakebox.ast.ModNode;
import dev.snakebox.builtins.Builtins;
import dev.snakebox.bytecode.Disassembler;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.SourceWarning;
import dev.snakebox.modules.Importer;
import dev.snakebox.modules.MemoryFileSystem;
import dev.snakebox.modules.RunOptions;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.parser.ParseMode;
import dev.snakebox.parser.Parser;
import dev.snakebox.vm.Interpreter;
import dev.snakebox.vm.LineCache;
import dev.snakebox.vm.SyntaxErrorPrinter;
import dev.snakebox.vm.TracebackPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * The interpreter's front door, shared by the CLI and the web glue: the three things a user can
 * ask of a source text (run it, show its AST, show its bytecode), each answering like
 * {@code python3.13 FILE}, {@code python3.13 -m ast FILE} and {@code python3.13 -m dis FILE}:
 * text on the console and an exit status.
 *
 * <p>Nothing thrown inside escapes as a Java exception: Python errors are printed as CPython
 * prints them, and any Java exception that slips through is reported as a SystemError, so that
 * the user sees a Python error and the bug is visible.
 */
public final class Snakebox {
    private Snakebox() {}

    /** Runs {@code source} as {@code __main__}; {@code path} is the file name tracebacks show. */
    public static int run(String source, String path, Console console) {
        return run(source, path, new RunOptions(), console);
    }

    /**
     * Runs {@code source} as {@code __main__} from the file {@code path}, with the arguments and
     * the importable files of {@code options}; returns the exit status, as the process's
     * ({@code 0..255}).
     */
    public static int run(String source, String path, RunOptions options, Console console) {
        Source src = new Source(path, source);
        LineCache lines = new LineCache();
        lines.put(src);
        Interpreter interp = new Interpreter(output(console));
        ThreadState previous = ThreadState.install(interp.threadState());
        Importer previousImporter = null;
        boolean installed = false;
        try {
            PyCode code;
            try {
                code = compile(src);
            } finally {
                for (SourceWarning w : src.warnings()) {
                    console.stderr(w.format(src));
                }
            }
            RunOptions o = complete(options, path, source);
            Importer importer = new Importer(interp, Builtins.namespace(), o.files, lines, o);
            previousImporter = Importer.install(importer);
            installed = true;
            PyModule main = importer.mainModule(path);
            interp.runModule(code, main.dict, importer.builtinsModule().dict);
            return 0;
        } catch (SourceError e) {
            console.stderr(SyntaxErrorPrinter.format(e, src));
            return 1;
        } catch (PyException e) {
            interp.flush();
            int status = uncaught(e.value, lines, console, installed ? Importer.current() : null);
            interp.flush(); // what a replaced sys.excepthook printed
            return status & 0xFF;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            interp.flush();
            console.stderr(internalError(e));
            return 1;
        } finally {
            if (installed) {
                Importer.install(previousImporter);
            }
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
        return o;
    }

    /**
     * An exception that ended the program: SystemExit's code becomes the exit status (printing a
     * code that is not an int), anything else is printed with its traceback and exits with 1
     * (CPython's {@code _Py_HandleSystemExit} and {@code PyErr_PrintEx}).
     */
    private static int uncaught(PyBaseException exc, LineCache lines, Console console, Importer importer) {
        try {
            if (exc.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
                PyObject code = Abstract.getAttr(exc, "code");
                if (code == PyNone.NONE) {
                    return 0;
                }
                if (code instanceof PyInt) {
                    PyInt c = (PyInt) code;
                    return c.big != null || c.value != (int) c.value ? -1 : (int) c.value;
                }
                // PyFile_WriteObject(code), then PySys_WriteStderr("\n"): two writes
                stderr(importer, console, Abstract.str(code).value);
                stderr(importer, console, "\n");
                return 1;
            }
            PyObject hook = importer == null ? null : importer.replacedExceptHook();
            if (hook == PyNone.NONE) {
                stderr(importer, console, "sys.excepthook is missing\n");
            } else if (hook != null) {
                try {
                    Abstract.call(hook, exc.type(), exc, exc.traceback == null ? PyNone.NONE : exc.traceback);
                    return 1;
                } catch (PyException e) {
                    stderr(importer, console, "Error in sys.excepthook:\n" + new TracebackPrinter(lines).format(e.value)
                            + "\nOriginal exception was:\n");
                }
            }
            stderr(importer, console, new TracebackPrinter(lines).format(exc));
        } catch (PyException e) {
            console.stderr(TracebackPrinter.exceptionOnly(e.value));
        }
        // pymain_run_python: an uncaught KeyboardInterrupt ends the process by SIGINT, status 128 + 2
        return exc.type().isSubtypeOf(ExceptionTypes.KeyboardInterrupt) ? 130 : 1;
    }

    /**
     * Text for {@code sys.stderr} at the end of a run: the console's stream, or what the program
     * put in its place ({@code PyFile_WriteObject}); nothing when that is None.
     */
    private static void stderr(Importer importer, Console console, String text) {
        PyObject replaced = importer == null ? null : importer.replacedStderr();
        if (replaced == null) {
            console.stderr(text);
        } else if (replaced != PyNone.NONE) {
            Abstract.call(Abstract.getAttr(replaced, "write"), PyStr.of(text));
        }
    }

    /** Prints what {@code python3.13 -m ast [-a] path} prints. */
    public static int ast(String source, String path, boolean attributes, Console console) {
        AstOptions options = new AstOptions();
        options.includeAttributes = attributes;
        return ast(source, path, options, console);
    }

    /**
     * Prints what {@code python3.13 -m ast [-a] [-i N] [-m MODE] [--no-type-comments] path}
     * prints: {@code ast.dump(ast.parse(source, path, mode, type_comments=...),
     * include_attributes=..., indent=...)}.
     */
    public static int ast(String source, String path, AstOptions options, Console console) {
        return tool(new Source(path, source), console,
                src -> AstDump.dump(Parser.parse(src, options.mode, options.typeComments), options.includeAttributes,
                        options.indent) + "\n");
    }

    /** The options of {@code python -m ast} ({@code Lib/ast.py}'s {@code main}), with its defaults. */
    public static final class AstOptions {
        /** {@code -a}, {@code --include-attributes}: show the positions. */
        public boolean includeAttributes;
        /** {@code -i N}, {@code --indent N}: spaces per level (3; 0 or less puts each field on a line of its own). */
        public int indent = AstDump.COMMAND_LINE_INDENT;
        /** {@code -m MODE}, {@code --mode MODE}: exec, eval, single or func_type. */
        public ParseMode mode = ParseMode.EXEC;
        /** Cleared by {@code --no-type-comments}. */
        public boolean typeComments = true;
    }

    /** Prints what {@code python3.13 -m dis path} prints. */
    public static int dis(String source, String path, Console console) {
        return dis(source, path, false, false, console);
    }

    /** Prints what {@code python3.13 -m dis [-C] [-O] path} prints. */
    public static int dis(String source, String path, boolean showCaches, boolean showOffsets, Console console) {
        return tool(new Source(path, source), console,
                src -> Disassembler.disassembleModule(compile(src), showCaches, showOffsets));
    }

    /** What {@code -m ast} and {@code -m dis} make of a source text. */
    private interface Tool {
        String apply(Source src);
    }

    /**
     * Runs a tool the way {@code python -m TOOL FILE} ends: its text on stdout and status 0, or
     * the error on stderr and status 1. (CPython also prints the tool's own frames above a
     * syntax error; see differences/tool-tracebacks.md.)
     */
    private static int tool(Source src, Console console, Tool tool) {
        try {
            console.stdout(tool.apply(src));
            return 0;
        } catch (SourceError e) {
            console.stderr(SyntaxErrorPrinter.format(e, src));
            return 1;
        } catch (PyException e) {
            console.stderr(TracebackPrinter.exceptionOnly(e.value));
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            console.stderr(internalError(e));
            return 1;
        }
    }

    private static PyCode compile(Source src) {
        return Compiler.compileFile(src);
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

    /** A Java exception that escaped: an interpreter bug, shown as CPython shows SystemError. */
    private static String internalError(Throwable e) {
        StringBuilder sb = new StringBuilder("SystemError: internal error in Snakebox: ");
        sb.append(e.getClass().getName()).append(": ").append(e.getMessage()).append('\n');
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 12); i++) {
            sb.append("    at ").append(st[i]).append('\n');
        }
        return sb.toString();
    }
}
