package dev.snakebox.vm;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/**
 * The last lines of a traceback ending in a SyntaxError that carries its location (a module
 * that failed to compile on import): file and line, the source line and carets, then the
 * message, as {@code TracebackException._format_syntax_error} prints them.
 */
final class LocatedSyntaxError {
    private LocatedSyntaxError() {}

    /** The text, or null when {@code exc} is not a SyntaxError with {@code (msg, (file, line, offset, text, end_line, end_offset))}. */
    static String format(PyBaseException exc, LineCache lines) {
        if (!exc.type().isSubtypeOf(ExceptionTypes.SyntaxError) || exc.args.size() != 2
                || !(exc.args.get(0) instanceof PyStr) || !(exc.args.get(1) instanceof PyTuple)) {
            return null;
        }
        PyTuple info = (PyTuple) exc.args.get(1);
        if (info.size() != 6 || !(info.get(0) instanceof PyStr)) {
            return null;
        }
        for (int i : new int[] {1, 2, 4, 5}) {
            PyObject v = info.get(i);
            if (!(v instanceof PyInt) || ((PyInt) v).big != null) {
                return null;
            }
        }
        Source src = lines.get(((PyStr) info.get(0)).value);
        if (src == null) {
            return null;
        }
        SourceError e = new SourceError(exc.type().qualname, ((PyStr) exc.args.get(0)).value, num(info, 1), num(info, 2),
                num(info, 4), num(info, 5));
        return SyntaxErrorPrinter.format(e, src);
    }

    private static int num(PyTuple t, int i) {
        return (int) ((PyInt) t.get(i)).value;
    }
}
