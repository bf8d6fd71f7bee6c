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

    /** {@code TB_RECURSIVE_CUTOFF}. */
    private static final int RECURSIVE_CUTOFF = 3;

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
            entries(sb, tb, interp.lines());
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

    /** {@code tb_print_internal}: one entry per frame, runs of the same line collapsed. */
    private static void entries(StringBuilder sb, PyTraceback tb, LineCache lines) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.code.filename();
            int line = t.code.positions(t.instrIndex)[0];
            String name = t.code.name();
            if (lastFile == null || !file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                repeated(sb, count);
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
                sourceLine(sb, lines.get(file), line);
            }
        }
        repeated(sb, count);
    }

    private static void repeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
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
