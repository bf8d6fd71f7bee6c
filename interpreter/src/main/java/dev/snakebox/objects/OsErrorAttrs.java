package dev.snakebox.objects;

/**
 * OSError's construction and attributes: CPython's {@code OSError_new}, {@code OSError_init},
 * {@code oserror_parse_args}, {@code oserror_init}, {@code oserror_use_init},
 * {@code OSError_str}, {@code OSError_reduce}, the {@code errno}, {@code strerror},
 * {@code filename}, {@code filename2} members and BlockingIOError's {@code characters_written}
 * ({@code Objects/exceptions.c}). {@code OSError(errno, ...)} picks the subclass its errno
 * names (Linux's numbers, the ones this interpreter's file errors use).
 */
final class OsErrorAttrs {
    private OsErrorAttrs() {}

    static final int ERRNO = 0;
    static final int STRERROR = 1;
    static final int FILENAME = 2;
    static final int FILENAME2 = 3;
    /** BlockingIOError's {@code characters_written}; null when unset (CPython's -1). */
    static final int WRITTEN = 4;

    private static final String[] MEMBERS = {"errno", "strerror", "filename", "filename2"};

    /** OSError's tp_init, inherited by every subclass. */
    static final Slots.Init INIT = (self, args, start, nargs, kwnames) -> {
        if (!useInit(self.type())) {
            return;
        }
        noKeywords(self.type(), kwnames);
        PyBaseException e = (PyBaseException) self;
        e.args = PyTuple.of(args, start, nargs);
        parse(e);
    };

    /** OSError's tp_new, inherited by every subclass. */
    static final Slots.New NEW = OsErrorAttrs::create;

    private static PyObject[] fields(PyBaseException e) {
        if (e.osFields == null) {
            e.osFields = new PyObject[5];
        }
        return e.osFields;
    }

    /** {@code oserror_use_init}: a class defining its own {@code __init__} gets its arguments parsed there. */
    private static boolean useInit(PyType type) {
        return type.tp_init != INIT && type.tp_new == NEW;
    }

    private static void noKeywords(PyType type, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError(type.name + "() takes no keyword arguments");
        }
    }

    private static PyObject create(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (useInit(type)) {
            return new PyBaseException(type);
        }
        noKeywords(type, kwnames);
        if (type == ExceptionTypes.OSError && nargs >= 2 && args[start] instanceof PyInt) {
            PyType mapped = ((PyInt) args[start]).big == null
                    && Math.abs(((PyInt) args[start]).value) < 100000 ? subclassFor((int) ((PyInt) args[start]).value) : null;
            if (mapped != null) {
                type = mapped;
            }
        }
        return new PyBaseException(type, PyTuple.of(args, start, nargs).toArray());
    }

    /** {@code errnomap}: the subclass for an errno, Linux's numbers. */
    static PyType subclassFor(int errno) {
        switch (errno) {
            case 11: case 114: case 115:
                return ExceptionTypes.BlockingIOError;
            case 10:
                return ExceptionTypes.ChildProcessError;
            case 32: case 108:
                return ExceptionTypes.BrokenPipeError;
            case 103:
                return ExceptionTypes.ConnectionAbortedError;
            case 111:
                return ExceptionTypes.ConnectionRefusedError;
            case 104:
                return ExceptionTypes.ConnectionResetError;
            case 17:
                return ExceptionTypes.FileExistsError;
            case 2:
                return ExceptionTypes.FileNotFoundError;
            case 21:
                return ExceptionTypes.IsADirectoryError;
            case 20:
                return ExceptionTypes.NotADirectoryError;
            case 4:
                return ExceptionTypes.InterruptedError;
            case 1: case 13:
                return ExceptionTypes.PermissionError;
            case 3:
                return ExceptionTypes.ProcessLookupError;
            case 110:
                return ExceptionTypes.TimeoutError;
            default:
                return null;
        }
    }

    /**
     * {@code oserror_parse_args} and {@code oserror_init}: two to five arguments are
     * (errno, strerror, filename, winerror, filename2); a filename takes the extra arguments out
     * of {@code args}, except BlockingIOError's number, which is {@code characters_written}.
     */
    static void parse(PyBaseException e) {
        PyObject[] f = fields(e);
        java.util.Arrays.fill(f, null);
        PyTuple a = e.args;
        int n = a.size();
        if (n < 2 || n > 5) {
            return;
        }
        f[ERRNO] = a.get(0);
        f[STRERROR] = a.get(1);
        PyObject filename = n >= 3 ? a.get(2) : null;
        PyObject filename2 = n >= 5 ? a.get(4) : null;
        if (filename == null || filename == PyNone.NONE) {
            return;
        }
        if (e.type() == ExceptionTypes.BlockingIOError && isNumber(filename)) {
            f[WRITTEN] = PyInt.of(ssize(filename));
            return;
        }
        f[FILENAME] = filename;
        if (filename2 != null && filename2 != PyNone.NONE) {
            f[FILENAME2] = filename2;
        }
        e.args = PyTuple.of(a.get(0), a.get(1));
    }

    /** {@code PyNumber_AsSsize_t(o, PyExc_ValueError)}. */
    private static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.raise(ExceptionTypes.ValueError, "cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null;
    }

    private static PyObject get(PyBaseException e, int k) {
        return e.osFields == null ? null : e.osFields[k];
    }

    /** The members (None when unset) and {@code characters_written}. */
    static void define(PyType t) {
        for (int i = 0; i < MEMBERS.length; i++) {
            int k = i;
            t.member(MEMBERS[i], self -> {
                PyObject v = get((PyBaseException) self, k);
                return v == null ? PyNone.NONE : v;
            }, (self, v) -> fields((PyBaseException) self)[k] = v);
        }
        t.getSet("characters_written", self -> {
            PyObject v = get((PyBaseException) self, WRITTEN);
            if (v == null) {
                throw Errors.raise(ExceptionTypes.AttributeError, "characters_written");
            }
            return v;
        }, (self, v) -> {
            PyObject[] f = fields((PyBaseException) self);
            if (v == null) {
                if (f[WRITTEN] == null) {
                    throw Errors.raise(ExceptionTypes.AttributeError, "characters_written");
                }
                f[WRITTEN] = null;
            } else {
                f[WRITTEN] = PyInt.of(ssize(v));
            }
        });
        t.method("__reduce__()", (self, a) -> reduce((PyBaseException) self));
    }

    /** {@code OSError_str}. */
    static PyObject str(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyObject errno = get(e, ERRNO);
        PyObject strerror = get(e, STRERROR);
        PyObject filename = get(e, FILENAME);
        PyObject filename2 = get(e, FILENAME2);
        if (filename != null) {
            String s = "[Errno " + Abstract.str(orNone(errno)).value() + "] " + Abstract.str(orNone(strerror)).value()
                    + ": " + Abstract.repr(filename).value();
            if (filename2 != null) {
                s += " -> " + Abstract.repr(filename2).value();
            }
            return PyStr.of(s);
        }
        if (errno != null && strerror != null) {
            return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
        }
        return ExceptionTypes.BaseException.tp_str.apply(self);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code OSError_reduce}: the filename (and filename2) back in the arguments, the dict as state. */
    private static PyObject reduce(PyBaseException e) {
        PyTuple args = e.args;
        PyObject filename = get(e, FILENAME);
        if (args.size() == 2 && filename != null) {
            PyObject filename2 = get(e, FILENAME2);
            args = filename2 != null
                    ? PyTuple.of(args.get(0), args.get(1), filename, PyNone.NONE, filename2)
                    : PyTuple.of(args.get(0), args.get(1), filename);
        }
        PyDict d = e.dictOrNull();
        return d != null && d.size() > 0 ? PyTuple.of(e.type(), args, d) : PyTuple.of(e.type(), args);
    }
}
