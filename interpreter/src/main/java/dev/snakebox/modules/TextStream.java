package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;

/**
 * {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: text files over the run's
 * console; the part of CPython's {@code _io.TextIOWrapper} ({@code Modules/_io/textio.c}) that
 * programs use on the standard streams: {@code write} (returning the number of characters),
 * {@code writelines}, {@code flush}, {@code isatty} and the descriptive attributes, as CPython
 * sets them up for a pipe. Reading is not offered here (input() is its own builtin).
 */
final class TextStream extends PyObject {
    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;

    static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyType.OBJECT, 0,
            t -> t.tp_repr = self -> PyStr.of("<_io.TextIOWrapper name='" + ((TextStream) self).name() + "' mode='"
                    + ((TextStream) self).mode() + "' encoding='utf-8'>"),
            t -> {
                t.method("write(s, /)", (self, a) -> ((TextStream) self).write(a[0]));
                t.method("writelines(lines, /)", (self, a) -> {
                    TextStream s = (TextStream) self;
                    PyObject it = Abstract.getIter(a[0]);
                    PyObject line;
                    while ((line = Abstract.next(it)) != null) {
                        s.write(line);
                    }
                    return PyNone.NONE;
                });
                t.method("flush()", (self, a) -> {
                    if (((TextStream) self).fd != STDIN) {
                        ThreadState.current().evaluator.flush();
                    }
                    return PyNone.NONE;
                });
                t.method("isatty()", (self, a) -> PyBool.FALSE);
                t.method("fileno()", (self, a) -> PyInt.of(((TextStream) self).fd));
                t.method("readable()", (self, a) -> PyBool.of(((TextStream) self).fd == STDIN));
                t.method("writable()", (self, a) -> PyBool.of(((TextStream) self).fd != STDIN));
                t.method("seekable()", (self, a) -> PyBool.FALSE);
                t.getter("name", self -> PyStr.of(((TextStream) self).name()));
                t.getter("mode", self -> PyStr.of(((TextStream) self).mode()));
                t.getter("encoding", self -> PyStr.of("utf-8"));
                t.getter("errors", self -> PyStr.of(((TextStream) self).fd == STDERR ? "backslashreplace" : "strict"));
                // CPython makes stderr line-buffered always, stdout only on a terminal
                t.getter("line_buffering", self -> PyBool.of(((TextStream) self).fd == STDERR));
                t.getter("closed", self -> PyBool.FALSE);
                t.getter("newlines", self -> PyNone.NONE);
            });

    static {
        TYPE.qualname = "TextIOWrapper";
    }

    final int fd;

    TextStream(int fd) {
        this.fd = fd;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private String name() {
        return fd == STDIN ? "<stdin>" : fd == STDOUT ? "<stdout>" : "<stderr>";
    }

    private String mode() {
        return fd == STDIN ? "r" : "w";
    }

    /** {@code TextIOWrapper.write}: the text goes to the console's stream; returns its length in characters. */
    private PyObject write(PyObject s) {
        if (!(s instanceof PyStr)) {
            throw Errors.typeError("write() argument must be str, not " + s.type().name);
        }
        if (fd == STDIN) {
            throw Errors.raise(dev.snakebox.objects.ExceptionTypes.OSError, "not writable");
        }
        String text = ((PyStr) s).value();
        ThreadState.Evaluator ev = ThreadState.current().evaluator;
        if (fd == STDOUT) {
            ev.stdout(text);
        } else {
            ev.stderr(text);
        }
        return PyInt.of(text.codePointCount(0, text.length()));
    }
}
