package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.IntText;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.vm.TracebackPrinter;
import java.util.List;

/**
 * The {@code sys} module; CPython's {@code Python/sysmodule.c}: the program's arguments and
 * module search path, {@code sys.modules}, the standard streams, the recursion limit, the
 * exception being handled, {@code exit}, and the facts about the implementation. Where Snakebox
 * must differ ({@code implementation.name}, {@code platform}, {@code version}) it says so in
 * differences/sys-identity.md.
 */
final class SysModule {
    private SysModule() {}

    static final PyType VERSION_INFO = StructSequence.newType("sys.version_info", "major", "minor", "micro", "releaselevel",
            "serial");
    static final PyType FLAGS = StructSequence.newType("sys.flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");
    static final PyType FLOAT_INFO = StructSequence.newType("sys.float_info", "max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = StructSequence.newType("sys.int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");

    /** {@code PY_VERSION_HEX} of 3.13.2 final. */
    static final int HEXVERSION = 0x030D02F0;
    static final String VERSION = "3.13.2 (main) [Snakebox]";

    static PyModule create(Importer importer) {
        PyModule m = NativeModule.create("sys", null);
        RunOptions options = importer.options;
        TextStream stdin = new TextStream(TextStream.STDIN);
        TextStream stdout = new TextStream(TextStream.STDOUT);
        TextStream stderr = new TextStream(TextStream.STDERR);

        NativeModule.put(m, "argv", strings(options.argv));
        NativeModule.put(m, "orig_argv", strings(options.origArgv));
        NativeModule.put(m, "executable", PyStr.of(options.executable));
        NativeModule.put(m, "path", PyList.wrap(new PyObject[] {PyStr.of(options.path0)}));
        NativeModule.put(m, "modules", importer.modules);
        NativeModule.put(m, "builtin_module_names", BuiltinModules.names());
        NativeModule.put(m, "stdin", stdin);
        NativeModule.put(m, "stdout", stdout);
        NativeModule.put(m, "stderr", stderr);
        NativeModule.put(m, "__stdin__", stdin);
        NativeModule.put(m, "__stdout__", stdout);
        NativeModule.put(m, "__stderr__", stderr);

        PyObject versionInfo = StructSequence.of(VERSION_INFO, PyInt.of(3), PyInt.of(13), PyInt.of(2), PyStr.of("final"),
                PyInt.of(0));
        NativeModule.put(m, "version", PyStr.of(VERSION));
        NativeModule.put(m, "version_info", versionInfo);
        NativeModule.put(m, "hexversion", PyInt.of(HEXVERSION));
        NativeModule.put(m, "api_version", PyInt.of(1013));
        NativeModule.put(m, "implementation", new SimpleNamespace().put("name", PyStr.of("snakebox"))
                .put("cache_tag", PyNone.NONE).put("version", versionInfo).put("hexversion", PyInt.of(HEXVERSION)));
        NativeModule.put(m, "platform", PyStr.of("linux"));
        NativeModule.put(m, "byteorder", PyStr.of("little"));
        NativeModule.put(m, "maxsize", PyInt.of(Long.MAX_VALUE));
        NativeModule.put(m, "maxunicode", PyInt.of(0x10FFFF));
        NativeModule.put(m, "float_info", StructSequence.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(0x1p-52), PyInt.of(2), PyInt.of(1)));
        NativeModule.put(m, "int_info", StructSequence.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        PyInt zero = PyInt.of(0);
        NativeModule.put(m, "flags", StructSequence.of(FLAGS, zero, zero, zero, zero, PyInt.of(1), zero, zero, zero, zero, zero, zero,
                zero, zero, PyBool.FALSE, zero, zero, PyBool.FALSE, PyInt.of(4300)));
        NativeModule.put(m, "dont_write_bytecode", PyBool.TRUE);
        NativeModule.put(m, "warnoptions", strings(importer.options.warnoptions));

        NativeModule.fn(m, "exit(status=None, /)", (self, a) -> {
            PyObject[] args = a[0] == PyNone.NONE ? new PyObject[0] : new PyObject[] {a[0]};
            throw new PyException(PyBaseException.create(ExceptionTypes.SystemExit, args));
        });
        NativeModule.fn(m, "getrecursionlimit()", (self, a) -> PyInt.of(ThreadState.current().recursionLimit));
        NativeModule.fn(m, "setrecursionlimit(limit, /)", (self, a) -> {
            setRecursionLimit(importer, a[0]);
            return PyNone.NONE;
        });
        NativeModule.fn(m, "get_int_max_str_digits()", (self, a) -> PyInt.of(IntText.maxStrDigits()));
        NativeModule.fn(m, "set_int_max_str_digits(maxdigits)", (self, a) -> {
            IntText.setMaxStrDigits(Abstract.asCInt(a[0]));
            return PyNone.NONE;
        });
        NativeModule.fn(m, "_getframe(depth=0, /)",
                (self, a) -> dev.snakebox.vm.PyFrameObject.getFrame(importer.interp, Abstract.asCInt(a[0])));
        NativeModule.fn(m, "getdefaultencoding()", (self, a) -> PyStr.of("utf-8"));
        NativeModule.fn(m, "getfilesystemencoding()", (self, a) -> PyStr.of("utf-8"));
        NativeModule.fn(m, "intern(string, /)", (self, a) -> {
            if (a[0].getClass() != PyStr.class) {
                throw Errors.typeError("intern() argument must be str, not " + a[0].type().name);
            }
            return PyStr.intern(((PyStr) a[0]).value());
        });
        NativeModule.fn(m, "exc_info()", (self, a) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        NativeModule.fn(m, "exception()", (self, a) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
        NativeModule.fn(m, "displayhook(object, /)", (self, a) -> displayHook(importer, a[0]));
        NativeModule.fn(m, "excepthook(exctype, value, traceback, /)", (self, a) -> {
            if (!(a[1] instanceof PyBaseException)) {
                throw Errors.typeError("print_exception(): Exception expected for value, " + a[1].type().name + " found");
            }
            ThreadState.current().evaluator.stderr(new TracebackPrinter(importer.lines).format((PyBaseException) a[1]));
            return PyNone.NONE;
        });
        NativeModule.put(m, "__displayhook__", m.dict.getStr(PyStr.intern("displayhook")));
        NativeModule.put(m, "__excepthook__", m.dict.getStr(PyStr.intern("excepthook")));
        return m;
    }

    private static PyList strings(List<String> items) {
        PyObject[] a = new PyObject[items.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = PyStr.of(items.get(i));
        }
        return PyList.wrap(a);
    }

    /** {@code sys_setrecursionlimit_impl}: at least 1, and above the current depth. */
    private static void setRecursionLimit(Importer importer, PyObject limit) {
        if (limit instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        int newLimit = Abstract.asCInt(limit);
        if (newLimit < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = importer.interp.depth();
        if (depth >= newLimit) {
            throw Errors.recursionError("cannot set the recursion limit to " + newLimit + " at the recursion depth " + depth
                    + ": the limit is too low");
        }
        ThreadState.current().recursionLimit = newLimit;
    }

    /** {@code sys_displayhook}: prints the repr of a value that is not None and keeps it as {@code builtins._}. */
    private static PyObject displayHook(Importer importer, PyObject o) {
        PyStr underscore = PyStr.intern("_");
        if (o == PyNone.NONE) {
            return PyNone.NONE;
        }
        importer.builtins.putStr(underscore, PyNone.NONE);
        PyObject out = importer.sys.dict.getStr(PyStr.intern("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw Errors.runtimeError("lost sys.stdout");
        }
        Abstract.call(Abstract.getAttr(out, "write"), PyStr.of(Abstract.repr(o).value() + "\n"));
        importer.builtins.putStr(underscore, o);
        return PyNone.NONE;
    }

    /**
     * What {@code print()} writes to when no file is given: null while {@code sys.stdout} is the
     * run's own stream (the interpreter's buffered output is used directly), else the object the
     * program put there ({@code None} included, which prints nothing).
     */
    static PyObject replacedStdout(Importer importer) {
        PyObject out = importer.sys.dict.getStr(PyStr.intern("stdout"));
        if (out instanceof TextStream && ((TextStream) out).fd == TextStream.STDOUT) {
            return null;
        }
        return out == null ? PyNone.NONE : out;
    }
}
