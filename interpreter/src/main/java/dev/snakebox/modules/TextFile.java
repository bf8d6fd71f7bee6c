package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;

/**
 * A text file that {@code open()} returns: the part of CPython's {@code _io.TextIOWrapper}
 * ({@code Modules/_io/textio.c}) that programs use on small files, over the run's
 * {@link FileSystem}. The whole text is read when the file opens; what is written is kept and
 * stored on {@code flush()}/{@code close()} (and so at the end of a {@code with}). UTF-8 only,
 * no seeking, universal newlines on reading ("\r\n" and "\r" read as "\n").
 */
public final class TextFile extends PyObject {
    static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("<_io.TextIOWrapper name=" + Abstract.repr(PyStr.of(((TextFile) self).name)).value()
                        + " mode='" + ((TextFile) self).mode + "' encoding='UTF-8'>");
                t.tp_iter = self -> ((TextFile) self).checkOpen();
                t.tp_iternext = self -> {
                    String line = ((TextFile) self).readLine(-1);
                    return line.isEmpty() ? null : PyStr.of(line);
                };
            },
            t -> {
                t.method("read(size=-1, /)", (self, a) -> PyStr.of(((TextFile) self).read(size(a[0]))));
                t.method("readline(size=-1, /)", (self, a) -> PyStr.of(((TextFile) self).readLine(size(a[0]))));
                t.method("readlines(hint=-1, /)", (self, a) -> {
                    TextFile f = (TextFile) self;
                    ArrayList<PyObject> lines = new ArrayList<>();
                    String line;
                    while (!(line = f.readLine(-1)).isEmpty()) {
                        lines.add(PyStr.of(line));
                    }
                    return PyList.wrap(lines.toArray(new PyObject[0]));
                });
                t.method("write(text, /)", (self, a) -> PyInt.of(((TextFile) self).write(a[0])));
                t.method("writelines(lines, /)", (self, a) -> {
                    PyObject it = Abstract.getIter(a[0]);
                    PyObject x;
                    while ((x = Abstract.next(it)) != null) {
                        ((TextFile) self).write(x);
                    }
                    return PyNone.NONE;
                });
                t.method("flush()", (self, a) -> {
                    ((TextFile) self).checkOpen().store();
                    return PyNone.NONE;
                });
                t.method("close()", (self, a) -> {
                    ((TextFile) self).close();
                    return PyNone.NONE;
                });
                t.method("readable()", (self, a) -> PyBool.of(((TextFile) self).checkOpen().reading));
                t.method("writable()", (self, a) -> PyBool.of(((TextFile) self).checkOpen().writing));
                t.method("seekable()", (self, a) -> PyBool.of(((TextFile) self).checkOpen() != null));
                t.method("tell()", (self, a) -> PyInt.of(((TextFile) self).tell()));
                t.method("seek(cookie, whence=0, /)", (self, a) -> PyInt.of(((TextFile) self).seek(a[0], a[1])));
                t.method("isatty()", (self, a) -> PyBool.FALSE);
                t.method("__enter__()", (self, a) -> ((TextFile) self).checkOpen());
                t.method("__exit__(*args)", (self, a) -> {
                    ((TextFile) self).close();
                    return PyNone.NONE;
                });
                t.getter("name", self -> PyStr.of(((TextFile) self).name));
                t.getter("mode", self -> PyStr.of(((TextFile) self).mode));
                t.getter("encoding", self -> PyStr.of("UTF-8"));
                t.getter("closed", self -> PyBool.of(((TextFile) self).closed));
            });

    /** {@code io.UnsupportedOperation}, derived from OSError and ValueError. */
    static final PyType UNSUPPORTED = ExceptionTypes.secondBase(PyType.builtin("io.UnsupportedOperation", ExceptionTypes.OSError,
            ExceptionTypes.OSError.flags & ~PyType.HEAPTYPE, null, null), ExceptionTypes.ValueError);

    private final FileSystem files;
    private final String name;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final String path;
    private String text;
    private int pos;
    private final StringBuilder written = new StringBuilder();
    private boolean closed;
    /**
     * Whether the last operation read: CPython's TextIOWrapper has then read ahead to the end of a
     * small file, so a write that follows lands at the end, not at the reading position.
     */
    private boolean readAhead;

    private TextFile(FileSystem files, String name, String mode, boolean reading, boolean writing, String text) {
        this.files = files;
        this.name = name;
        this.mode = mode;
        this.reading = reading;
        this.writing = writing;
        this.path = name;
        this.text = text;
        if (writing) {
            written.append(text);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code open(file, mode)}: 'r' (the default), 'w', 'a', 'x', each with an optional 't' and
     * '+' for a text file; with 'b' a {@link BinaryFile}.
     */
    public static PyObject open(FileSystem files, PyObject file, String mode) {
        if (!(file instanceof PyStr)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name);
        }
        String name = ((PyStr) file).value();
        char kind = 0;
        boolean plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c) != i) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwax".indexOf(c) >= 0) {
                if (kind != 0) {
                    throw Errors.valueError("must have exactly one of create/read/write/append mode");
                }
                kind = c;
            } else if (c == '+') {
                plus = true;
            }
        }
        boolean binary = mode.indexOf('b') >= 0;
        if (binary && mode.indexOf('t') >= 0) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if (kind == 0) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary) {
            return BinaryFile.open(files, name, kind, plus);
        }
        String existing = files.readText(name);
        if (files.isDirectory(name)) {
            throw osError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", name);
        }
        switch (kind) {
            case 'r':
                if (existing == null) {
                    throw osError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", name);
                }
                return new TextFile(files, name, plus ? "r+" : "r", true, plus, universalNewlines(existing));
            case 'x':
                if (existing != null) {
                    throw osError(ExceptionTypes.FileExistsError, 17, "File exists", name);
                }
                return created(files, name, plus ? "x+" : "x", plus, "");
            case 'a':
                return created(files, name, plus ? "a+" : "a", plus, existing == null ? "" : existing);
            default:
                return created(files, name, plus ? "w+" : "w", plus, "");
        }
    }

    private static TextFile created(FileSystem files, String name, String mode, boolean reading, String start) {
        TextFile f = new TextFile(files, name, mode, reading, true, start);
        f.pos = start.length();
        if (!files.writeText(name, start)) {
            throw osError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", name);
        }
        return f;
    }

    private static PyException osError(PyType type, int errno, String message, String name) {
        return new PyException(PyBaseException.create(type, PyInt.of(errno), PyStr.of(message), PyStr.of(name)));
    }

    private static String universalNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A size argument ({@code _Py_convert_optional_to_ssize_t}): None or negative is -1, "all". */
    static int size(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (o.type().nb_index == null) {
            // _Py_convert_optional_to_ssize_t
            throw Errors.typeError("argument should be integer or None, not '" + o.type().name + "'");
        }
        long n = Abstract.asIndexSized(o, true);
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    private TextFile checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return this;
    }

    private void checkReadable() {
        checkOpen();
        if (!reading) {
            throw Errors.raise(UNSUPPORTED, "not readable");
        }
    }

    private String read(int size) {
        checkReadable();
        readAhead = true;
        String source = writing ? written.toString() : text;
        int end = size < 0 ? source.length() : Math.min(source.length(), pos + size);
        String s = source.substring(Math.min(pos, source.length()), Math.max(end, Math.min(pos, source.length())));
        pos = Math.max(pos, end);
        return s;
    }

    private String readLine(int size) {
        checkReadable();
        readAhead = true;
        String source = writing ? written.toString() : text;
        if (pos >= source.length()) {
            return "";
        }
        int nl = source.indexOf('\n', pos);
        int end = nl < 0 ? source.length() : nl + 1;
        if (size >= 0 && pos + size < end) {
            end = pos + size;
        }
        String s = source.substring(pos, end);
        pos = end;
        return s;
    }

    private int write(PyObject o) {
        checkOpen();
        if (!writing) {
            throw Errors.raise(UNSUPPORTED, "not writable");
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("write() argument must be str, not " + o.type().name);
        }
        String s = ((PyStr) o).value();
        if (readAhead) {
            pos = written.length();
            readAhead = false;
        }
        if (mode.charAt(0) == 'a' || pos >= written.length()) {
            written.append(s);
            pos = written.length();
        } else {
            // after a seek back: overwrite from the position
            written.replace(pos, Math.min(written.length(), pos + s.length()), s);
            pos += s.length();
        }
        return ((PyStr) o).length();
    }

    /** {@code tell()}: the byte offset of the position in the UTF-8 file (CPython's cookie, its decoder state 0). */
    private long tell() {
        checkOpen();
        String source = writing ? written.toString() : text;
        return utf8Length(source, Math.min(pos, source.length()));
    }

    private static long utf8Length(String s, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * {@code seek(cookie, whence)} ({@code _io_TextIOWrapper_seek_impl}): to a cookie {@code tell()}
     * gave, to the current position or to the end; only zero offsets from those two.
     */
    private long seek(PyObject cookieArg, PyObject whenceArg) {
        checkOpen();
        readAhead = false;
        long whence = Abstract.asIndexSized(whenceArg, true);
        String source = writing ? written.toString() : text;
        if (whence == 1 || whence == 2) {
            if (Abstract.richCompareBool(cookieArg, PyInt.of(0), Abstract.NE)) {
                throw Errors.raise(UNSUPPORTED, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
            }
            if (whence == 2) {
                pos = source.length();
            }
            return tell();
        }
        if (whence != 0) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        long cookie = Abstract.index(cookieArg).value;
        if (cookie < 0) {
            throw Errors.valueError("negative seek position " + cookie);
        }
        int i = 0;
        long n = 0;
        while (i < source.length() && n < cookie) {
            int cp = source.codePointAt(i);
            n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        pos = i;
        return cookie;
    }

    private void store() {
        if (writing) {
            files.writeText(path, written.toString());
        }
    }

    private void close() {
        if (!closed) {
            store();
            closed = true;
        }
    }
}
