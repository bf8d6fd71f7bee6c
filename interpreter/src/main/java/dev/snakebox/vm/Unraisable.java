package dev.snakebox.vm;

import dev.snakebox.lexer.Source;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTraceback;
import dev.snakebox.objects.PyType;

/**
 * An exception nobody can catch, reported on stderr; CPython's {@code PyErr_WriteUnraisable} with
 * the default {@code sys.unraisablehook} ({@code Python/errors.c}, {@code write_unraisable_exc_file}).
 * That hook prints less than a traceback of an uncaught exception: "Exception ignored in:" and the
 * object whose clean-up raised, the traceback entries as {@code Python/traceback.c} prints them
 * (source lines without position markers), then the type and message, with no chained exceptions
 * and no notes. An exception without a traceback gets one entry for the frame running now.
 */
final class Unraisable {
    private Unraisable() {}

    /** Reports {@code exc}, raised while cleaning up {@code where}; {@code frame} at {@code instr} is running. */
    static void report(Interpreter interp, PyBaseException exc, PyObject where, Frame frame, int instr) {
        StringBuilder sb = new StringBuilder("Exception ignored in: ");
        try {
            sb.append(Abstract.repr(where).value());
        } catch (PyException e) {
            sb.append("<object repr() failed>");
        }
        sb.append('\n');
        PyTraceback tb = exc.traceback;
        if (tb == null && frame != null) {
            frame.captured = true; // a traceback refers to it: never reused by the frame pool
            tb = new PyTraceback(frame.code, instr, frame, null);
        }
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            LineCache lines = interp.lines();
            TracebackPrinter.forEachShown(sb, tb, (out, t) -> entry(out, t, lines));
        }
        PyType t = exc.type();
        String module = t.module();
        sb.append(module.equals("builtins") || module.equals("__main__") ? t.qualname : module + "." + t.qualname);
        sb.append(": ");
        try {
            sb.append(Abstract.str(exc).value());
        } catch (PyException e) {
            sb.append("<exception str() failed>");
        }
        sb.append('\n');
        interp.stderr(sb.toString());
    }

    /** {@code tb_print_internal}'s entry: where, then the source line without its indentation. */
    private static void entry(StringBuilder sb, PyTraceback t, LineCache lines) {
        int line = t.code.positions(t.instrIndex)[0];
        sb.append("  File \"").append(t.code.filename()).append("\", line ").append(line).append(", in ")
                .append(t.code.name()).append('\n');
        sourceLine(sb, lines.get(t.code.filename()), line);
    }

    /** {@code display_source_line}: the line without its indentation, indented by four spaces. */
    private static void sourceLine(StringBuilder sb, Source src, int line) {
        if (src == null || line < 1 || line > src.lineCount()) {
            return;
        }
        String text = TracebackPrinter.stripNewline(src.line(line));
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
        }
        sb.append("    ").append(text, i, text.length()).append('\n');
    }
}
