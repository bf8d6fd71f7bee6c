package dev.snakebox.modules;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;

/**
 * A compile error of an imported file as the Python exception import raises: SyntaxError (or
 * IndentationError, TabError) with CPython's {@code (msg, (filename, lineno, offset, text,
 * end_lineno, end_offset))} arguments; {@code PyErr_SyntaxLocationObject} in {@code Python/errors.c}.
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static PyException toException(SourceError e, Source src) {
        PyType type = e.type.equals("TabError") ? ExceptionTypes.TabError
                : e.type.equals("IndentationError") ? ExceptionTypes.IndentationError : ExceptionTypes.SyntaxError;
        PyObject msg = PyStr.of(e.msg);
        if (!e.hasLocation()) {
            return new PyException(PyBaseException.create(type, msg));
        }
        PyObject text = e.lineno >= 1 && e.lineno <= src.lineCount() ? PyStr.of(src.line(e.lineno)) : PyNone.NONE;
        PyTuple info = PyTuple.of(PyStr.of(src.path), PyInt.of(e.lineno), PyInt.of(e.offset), text, PyInt.of(e.endLineno),
                PyInt.of(e.endOffset));
        return new PyException(PyBaseException.create(type, msg, info));
    }
}
