package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyByteArray;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyMemoryView;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A file {@code open()} returns in binary mode: CPython's {@code _io.BufferedReader} ('rb'),
 * {@code _io.BufferedWriter} ('wb', 'ab', 'xb') and {@code _io.BufferedRandom} (with '+') over a
 * {@code _io.FileIO} ({@code Modules/_io/bufferedio.c}, {@code fileio.c}), over the run's
 * {@link FileSystem}. As {@link TextFile}, the whole content is read when the file opens and
 * stored on {@code flush()}/{@code close()}; reads, writes and {@code seek} work on that copy.
 */
public final class BinaryFile extends PyObject {
    static final PyType READER = type("_io.BufferedReader");
    static final PyType WRITER = type("_io.BufferedWriter");
    static final PyType RANDOM = type("_io.BufferedRandom");

    private static PyType type(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0, t -> {
            t.tp_repr = self -> PyStr.of("<" + self.type().name + " name=" + Abstract.repr(PyStr.of(f(self).name)).value() + ">");
            t.tp_iter = self -> f(self).checkOpen();
            t.tp_iternext = self -> {
                byte[] line = f(self).readLine(-1);
                return line.length == 0 ? null : new PyBytes(line);
            };
        }, BinaryFile::define);
    }

    private static void define(PyType t) {
        t.method("read(size=-1, /)", (self, a) -> new PyBytes(f(self).read(TextFile.size(a[0]))));
        t.method("read1(size=-1, /)", (self, a) -> new PyBytes(f(self).read(TextFile.size(a[0]))));
        t.method("readline(size=-1, /)", (self, a) -> new PyBytes(f(self).readLine(TextFile.size(a[0]))));
        t.method("readlines(hint=-1, /)", (self, a) -> {
            ArrayList<PyObject> lines = new ArrayList<>();
            byte[] line;
            while ((line = f(self).readLine(-1)).length > 0) {
                lines.add(new PyBytes(line));
            }
            return PyList.wrap(lines.toArray(new PyObject[0]));
        });
        t.method("write(buffer, /)", (self, a) -> PyInt.of(f(self).write(a[0])));
        t.method("writelines(lines, /)", (self, a) -> {
            PyObject it = Abstract.getIter(a[0]);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                f(self).write(x);
            }
            return PyNone.NONE;
        });
        t.method("seek(target, whence=0, /)", (self, a) -> PyInt.of(f(self).seek(a[0], a[1])));
        t.method("tell()", (self, a) -> PyInt.of(f(self).checkOpen().pos));
        t.method("truncate(pos=None, /)", (self, a) -> PyInt.of(f(self).truncate(a[0])));
        t.method("flush()", (self, a) -> {
            f(self).checkOpen().store();
            return PyNone.NONE;
        });
        t.method("close()", (self, a) -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.method("readable()", (self, a) -> PyBool.of(f(self).checkOpen().reading));
        t.method("writable()", (self, a) -> PyBool.of(f(self).checkOpen().writing));
        t.method("seekable()", (self, a) -> PyBool.of(f(self).checkOpen() != null));
        t.method("isatty()", (self, a) -> PyBool.of(f(self).checkOpen() == null));
        t.method("__enter__()", (self, a) -> f(self).checkOpen());
        t.method("__exit__(*args)", (self, a) -> {
            f(self).close();
            return PyNone.NONE;
        });
        t.getter("name", self -> PyStr.of(f(self).name));
        t.getter("mode", self -> PyStr.of(f(self).mode));
        t.getter("closed", self -> PyBool.of(f(self).closed));
    }

    private final FileSystem files;
    private final String name;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final boolean appending;
    private final PyType type;
    private byte[] data;
    private int size;
    private int pos;
    private boolean closed;

    private BinaryFile(FileSystem files, String name, String mode, boolean reading, boolean writing, boolean appending,
            byte[] content) {
        this.files = files;
        this.name = name;
        this.mode = mode;
        this.reading = reading;
        this.writing = writing;
        this.appending = appending;
        this.type = reading && writing ? RANDOM : reading ? READER : WRITER;
        this.data = content;
        this.size = content.length;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static BinaryFile f(PyObject o) {
        return (BinaryFile) o;
    }

    /**
     * {@code open(name, mode)} with 'b' in the mode ({@code kind} one of 'r', 'w', 'a', 'x');
     * the mode shown is FileIO's ('rb', 'rb+' for 'r+b' and 'w+b', 'ab+', 'xb+'...).
     */
    static BinaryFile open(FileSystem files, String name, char kind, boolean plus) {
        byte[] existing = files.readBytes(name);
        if (files.isDirectory(name)) {
            throw osError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", name);
        }
        switch (kind) {
            case 'r':
                if (existing == null) {
                    throw osError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", name);
                }
                return new BinaryFile(files, name, plus ? "rb+" : "rb", true, plus, false, existing);
            case 'x':
                if (existing != null) {
                    throw osError(ExceptionTypes.FileExistsError, 17, "File exists", name);
                }
                return created(files, name, plus ? "xb+" : "xb", plus, false, new byte[0]);
            case 'a': {
                BinaryFile f = created(files, name, plus ? "ab+" : "ab", plus, true, existing == null ? new byte[0] : existing);
                f.pos = f.size;
                return f;
            }
            default:
                return created(files, name, plus ? "rb+" : "wb", plus, false, new byte[0]);
        }
    }

    private static BinaryFile created(FileSystem files, String name, String mode, boolean reading, boolean appending,
            byte[] start) {
        BinaryFile f = new BinaryFile(files, name, mode, reading, true, appending, start);
        if (!files.writeBytes(name, start)) {
            throw osError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", name);
        }
        return f;
    }

    private static PyException osError(PyType type, int errno, String message, String name) {
        return new PyException(name == null ? PyBaseException.create(type, PyInt.of(errno), PyStr.of(message))
                : PyBaseException.create(type, PyInt.of(errno), PyStr.of(message), PyStr.of(name)));
    }

    private BinaryFile checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return this;
    }

    private void checkReadable() {
        if (closed) {
            throw Errors.valueError("read of closed file");
        }
        if (!reading) {
            throw Errors.raise(TextFile.UNSUPPORTED, "read");
        }
    }

    private byte[] read(int n) {
        checkReadable();
        int from = Math.min(pos, size);
        int end = n < 0 ? size : (int) Math.min((long) size, (long) from + n);
        byte[] out = Arrays.copyOfRange(data, from, Math.max(from, end));
        pos = Math.max(pos, from + out.length);
        return out;
    }

    private byte[] readLine(int limit) {
        checkReadable();
        int from = Math.min(pos, size);
        int end = from;
        while (end < size && (limit < 0 || end - from < limit)) {
            if (data[end++] == '\n') {
                break;
            }
        }
        pos = Math.max(pos, end);
        return Arrays.copyOfRange(data, from, end);
    }

    /** {@code write(b)}: the bytes at the position (the end when appending); returns how many. */
    private int write(PyObject o) {
        if (closed) {
            throw Errors.valueError("write to closed file");
        }
        if (!writing) {
            throw Errors.raise(TextFile.UNSUPPORTED, "write");
        }
        byte[] b;
        if (o instanceof PyBytes) {
            b = ((PyBytes) o).toByteArray();
        } else if (o instanceof PyByteArray) {
            b = ((PyByteArray) o).toByteArray();
        } else if (o instanceof PyMemoryView) {
            b = ((PyBytes) Abstract.call(PyBytes.TYPE, o)).toByteArray();
        } else {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
        }
        if (appending) {
            pos = size;
        }
        long end = (long) pos + b.length;
        if (end > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        if (end > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8, 2L * data.length)));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0); // a position past the end leaves zero bytes before
        }
        System.arraycopy(b, 0, data, pos, b.length);
        pos = (int) end;
        size = Math.max(size, pos);
        return b.length;
    }

    /** {@code seek(offset, whence)}: from the start, the position or the end; a negative result is EINVAL. */
    private int seek(PyObject target, PyObject whenceArg) {
        if (target instanceof dev.snakebox.objects.PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long offset = Abstract.asIndexSized(target, true);
        long whence = Abstract.asIndexSized(whenceArg, true);
        checkOpen();
        long base;
        if (whence == 0) {
            base = 0;
        } else if (whence == 1) {
            base = pos;
        } else if (whence == 2) {
            base = size;
        } else {
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        long p = base + offset;
        if (p < 0) {
            throw osError(ExceptionTypes.OSError, 22, "Invalid argument", null);
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return pos;
    }

    private int truncate(PyObject at) {
        checkOpen();
        if (!writing) {
            throw Errors.raise(TextFile.UNSUPPORTED, "truncate");
        }
        long n = at == PyNone.NONE ? pos : Abstract.asIndexSized(at, true);
        if (n < 0) {
            throw osError(ExceptionTypes.OSError, 22, "Invalid argument", null);
        }
        int newSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
        if (newSize > data.length) {
            data = Arrays.copyOf(data, newSize);
        } else if (newSize > size) {
            Arrays.fill(data, size, newSize, (byte) 0);
        }
        size = newSize;
        return newSize;
    }

    private void store() {
        if (writing) {
            files.writeBytes(name, Arrays.copyOf(data, size));
        }
    }

    private void close() {
        if (!closed) {
            store();
            closed = true;
        }
    }
}
