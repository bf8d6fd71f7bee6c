package dev.snakebox.vm;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;

/**
 * SyntaxErrors: the exception object a {@link SourceError} of the lexer, parser or compiler
 * becomes (as CPython's {@code _PyPegen_raise_error} and {@code _PyErr_RaiseSyntaxError} make
 * it), and how such an exception is printed: file and line, the stripped source line, the caret
 * run, then {@code Type: message}; {@code TracebackException._format_syntax_error} in
 * {@code Lib/traceback.py}, which reads the exception's attributes.
 */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    /** {@code err_programtext} reads at most this many bytes of the line ({@code fgets} into 1000). */
    static final int PROGRAM_TEXT_BYTES = 999;

    /** What {@code python3.13 FILE} prints for an error compiling FILE. */
    public static String format(SourceError e, Source src) {
        return formatException(toException(e, src));
    }

    /**
     * The exception CPython raises for {@code e} in {@code src}: {@code (msg, (filename, lineno,
     * offset, text, end_lineno, end_offset))}, or just {@code (msg,)} without a location. The
     * text is the source line; for an error the compiler finds after parsing, it is read back
     * from the file ({@code PyErr_ProgramTextObject}), so there is none for {@code <string>}.
     */
    public static PyBaseException toException(SourceError e, Source src) {
        return toException(e, src, true);
    }

    /**
     * {@link #toException(SourceError, Source)} where {@code fileReadable} says whether the
     * source is a file that can be read back (not so for a string given to {@code compile()}).
     */
    public static PyBaseException toException(SourceError e, Source src, boolean fileReadable) {
        PyType type = e.type.equals("IndentationError") ? ExceptionTypes.IndentationError
                : e.type.equals("TabError") ? ExceptionTypes.TabError : ExceptionTypes.SyntaxError;
        if (!e.hasLocation()) {
            return PyBaseException.create(type, PyStr.of(e.msg));
        }
        String text = e.lineno >= 1 && e.lineno <= src.lineCount() ? src.line(e.lineno) : null;
        if (e.textFromFile) {
            // The compiler raises SyntaxError(msg) and then sets the location as attributes
            // (PyErr_RangedSyntaxLocationObject), the text read back from the file.
            PyBaseException exc = PyBaseException.create(type, PyStr.of(e.msg));
            String fileText = text == null || !fileReadable ? null : programText(text, src.path);
            set(exc, "filename", PyStr.of(src.path));
            set(exc, "lineno", PyInt.of(e.lineno));
            set(exc, "offset", PyInt.of(e.offset));
            set(exc, "text", fileText == null ? PyNone.NONE : PyStr.of(fileText));
            set(exc, "end_lineno", PyInt.of(e.endLineno));
            set(exc, "end_offset", PyInt.of(e.endOffset));
            return exc;
        }
        PyTuple info = PyTuple.of(PyStr.of(src.path), PyInt.of(e.lineno), PyInt.of(e.offset),
                text == null ? PyNone.NONE : PyStr.of(text), PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        return PyBaseException.create(type, PyStr.of(e.msg), info);
    }

    private static void set(PyBaseException exc, String name, PyObject value) {
        Abstract.setAttr(exc, PyStr.intern(name), value);
    }

    /** {@code _format_syntax_error} of a SyntaxError (or subclass) instance, type name included. */
    public static String formatException(PyBaseException exc) {
        PyType t = exc.type();
        String module = t.module();
        String stype = module.equals("__main__") || module.equals("builtins") ? t.qualname : module + "." + t.qualname;
        return formatException(exc, stype);
    }

    /** {@code _format_syntax_error} with the type shown as {@code stype}. */
    static String formatException(PyBaseException exc, String stype) {
        PyObject filename = attr(exc, "filename");
        PyObject lineno = attr(exc, "lineno");
        PyObject endLineno = attr(exc, "end_lineno");
        PyObject textObj = attr(exc, "text");
        PyObject offsetObj = attr(exc, "offset");
        PyObject endOffsetObj = attr(exc, "end_offset");
        PyObject msgObj = attr(exc, "msg");
        StringBuilder sb = new StringBuilder();
        String filenameSuffix = "";
        if (lineno != PyNone.NONE) {
            String file = filename != PyNone.NONE && Abstract.isTrue(filename) ? Abstract.str(filename).value() : "<string>";
            sb.append("  File \"").append(file).append("\", line ").append(Abstract.str(lineno).value()).append('\n');
        } else if (filename != PyNone.NONE) {
            filenameSuffix = " (" + Abstract.str(filename).value() + ")";
        }
        if (textObj instanceof PyStr) {
            String text = ((PyStr) textObj).value();
            String rtext = text;
            while (rtext.endsWith("\n")) {
                rtext = rtext.substring(0, rtext.length() - 1);
            }
            int b = 0;
            while (b < rtext.length() && (rtext.charAt(b) == ' ' || rtext.charAt(b) == '\n' || rtext.charAt(b) == '\f')) {
                b++;
            }
            String ltext = rtext.substring(b);
            // Python's len() counts code points
            int rlen = rtext.codePointCount(0, rtext.length());
            int spaces = rlen - ltext.codePointCount(0, ltext.length());
            int tlen = text.codePointCount(0, text.length());
            if (offsetObj == PyNone.NONE) {
                sb.append("    ").append(ltext).append('\n');
            } else if (offsetObj instanceof PyInt) {
                long offset = ((PyInt) offsetObj).value;
                long endOffset;
                // traceback.py keeps lineno and end_lineno as their str() for this test
                if (Abstract.str(lineno).value().equals(endLineno == PyNone.NONE ? null : Abstract.str(endLineno).value())) {
                    endOffset = endOffsetObj instanceof PyInt && ((PyInt) endOffsetObj).value != 0
                            ? ((PyInt) endOffsetObj).value : offset;
                } else {
                    endOffset = rlen + 1;
                }
                if (tlen > 0 && offset > tlen) {
                    offset = rlen + 1;
                }
                if (tlen > 0 && endOffset > tlen) {
                    endOffset = rlen + 1;
                }
                if (offset >= endOffset || endOffset < 0) {
                    endOffset = offset + 1;
                }
                long colno = offset - 1 - spaces;
                long endColno = endOffset - 1 - spaces;
                sb.append("    ").append(ltext).append('\n');
                if (colno >= 0) {
                    int[] cps = ltext.codePoints().toArray();
                    sb.append("    ");
                    for (int i = 0; i < colno && i < cps.length; i++) {
                        int c = cps[i];
                        sb.appendCodePoint(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (long i = colno; i < endColno; i++) {
                        sb.append('^');
                    }
                    sb.append('\n');
                }
            }
        }
        String msg = msgObj == PyNone.NONE || !Abstract.isTrue(msgObj) ? "<no detail available>" : Abstract.str(msgObj).value();
        sb.append(stype).append(": ").append(msg).append(filenameSuffix).append('\n');
        return sb.toString();
    }

    private static PyObject attr(PyBaseException exc, String name) {
        return Abstract.getAttr(exc, name);
    }

    /**
     * The line as {@code PyErr_ProgramTextObject} reads it back from the file: none where there
     * is no file ({@code <string>} for {@code -c}, {@code <stdin>}), else its first 999 UTF-8
     * bytes, a character cut in two becoming U+FFFD as the "replace" decoding makes it.
     */
    static String programText(String line, String path) {
        if (path.startsWith("<") && path.endsWith(">")) {
            return null;
        }
        int bytes = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > PROGRAM_TEXT_BYTES) {
                return line.substring(0, i) + (bytes < PROGRAM_TEXT_BYTES ? "\uFFFD" : "");
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return line;
    }
}
