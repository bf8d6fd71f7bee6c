package dev.snakebox;

import dev.snakebox.ast.AstDump;
import dev.snakebox.ast.ModNode;
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

    /**
     * Runs {@code source} as {@code __main__} to its end; {@code path} is the file name tracebacks
     * show. {@code input()} reads from {@link Console#readLine} and {@code time.sleep()} sleeps,
     * both blocking the thread.
     */
    public static int run(String source, String path, Console console) {
        return run(source, path, new RunOptions(), console);
    }

    /**
     * {@link #run(String, String, Console)} with the arguments and the importable files of
     * {@code options}; returns the exit status, as the process's ({@code 0..255}).
     */
    public static int run(String source, String path, RunOptions options, Console console) {
        Run.Options slices = new Run.Options();
        slices.slice = Integer.MAX_VALUE;
        slices.blocking = new JvmHost(console);
        slices.program = options;
        Run run = Run.start(source, path, console, slices);
        while (run.status() != Run.FINISHED) {
            run.resume(null); // only the end of a slice: input() and sleep() block here
        }
        return run.exitCode();
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
            String text;
            try {
                text = tool.apply(src);
            } finally {
                // the SyntaxWarnings compiling it raised, as CPython's default filters show them
                for (SourceWarning w : src.warnings()) {
                    console.stderr(w.format(src));
                }
            }
            console.stdout(text);
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

    static PyCode compile(Source src) {
        return Compiler.compileFile(src);
    }

    /** A Java exception that escaped: an interpreter bug, shown as CPython shows SystemError. */
    static String internalError(Throwable e) {
        StringBuilder sb = new StringBuilder("SystemError: internal error in Snakebox: ");
        sb.append(e.getClass().getName()).append(": ").append(e.getMessage()).append('\n');
        StackTraceElement[] st = e.getStackTrace();
        for (int i = 0; i < Math.min(st.length, 12); i++) {
            sb.append("    at ").append(st[i]).append('\n');
        }
        return sb.toString();
    }
}
