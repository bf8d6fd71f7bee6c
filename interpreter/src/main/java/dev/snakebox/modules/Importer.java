package dev.snakebox.modules;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.vm.SyntaxErrorPrinter;
import dev.snakebox.vm.Interpreter;
import dev.snakebox.vm.LineCache;

/**
 * The import system of one run; CPython's {@code Python/import.c}
 * ({@code PyImport_ImportModuleLevelObject}, {@code resolve_name}) and the parts of
 * {@code Lib/importlib/_bootstrap.py} it calls ({@code _find_and_load}, {@code _load_unlocked},
 * {@code _handle_fromlist}), with their messages and order. Modules are found among the
 * built-in ones ({@link BuiltinModules}, as {@code BuiltinImporter} comes first on
 * {@code sys.meta_path}), then as {@code NAME/__init__.py} or {@code NAME.py} in each
 * {@code sys.path} entry ({@link PathFinder}), then as a namespace package.
 *
 * <p>One run imports at a time, so the running one is a static ({@link #current}), installed by
 * the front door beside the {@link ThreadState}.
 */
public final class Importer {
    private static Importer current;

    private static final PyStr NAME = PyStr.intern("__name__");
    private static final PyStr DOC = PyStr.intern("__doc__");
    private static final PyStr PACKAGE = PyStr.intern("__package__");
    private static final PyStr LOADER = PyStr.intern("__loader__");
    private static final PyStr SPEC = PyStr.intern("__spec__");
    private static final PyStr PATH = PyStr.intern("__path__");
    private static final PyStr FILE = PyStr.intern("__file__");
    private static final PyStr CACHED = PyStr.intern("__cached__");
    private static final PyStr BUILTINS = PyStr.intern("__builtins__");
    private static final PyStr ALL = PyStr.intern("__all__");
    private static final PyStr IMPORT = PyStr.intern("__import__");
    static final String NO_MODULE = "No module named ";

    final Interpreter interp;
    final PyDict builtins;
    final PyModule builtinsModule;
    /** {@code sys.modules}: the interpreter's dict, whatever the program binds to the name. */
    public final PyDict modules = new PyDict();
    public final PyModule sys;
    final FileSystem files;
    final LineCache lines;
    final RunOptions options;
    /** The run's warnings filters and registries ({@code _warnings}). */
    public final WarningsState warnings = new WarningsState(this);
    /** The first namespace of each Java module made so far in this run, by name ({@code m_copy}). */
    private final java.util.Map<String, PyDict> builtinsMade = new java.util.HashMap<>();
    /** The {@code __import__} the run started with: IMPORT_NAME calls it directly (CPython's fast path). */
    private final PyObject defaultImport;

    public Importer(Interpreter interp, PyDict builtins, FileSystem files, LineCache lines, RunOptions options) {
        this.interp = interp;
        this.builtins = builtins;
        this.files = files;
        this.lines = lines;
        this.options = options;
        this.defaultImport = builtins.getStr(IMPORT);
        this.builtinsModule = new PyModule("builtins", builtins);
        builtinsModule.origin = PyModule.BUILT_IN;
        dev.snakebox.objects.PyBuiltinFunction.adoptAll(builtinsModule);
        modules.putStr(PyStr.intern("builtins"), builtinsModule);
        this.sys = BuiltinModules.create("sys", this);
        modules.putStr(PyStr.intern("sys"), sys);
        builtinsMade.put("builtins", builtins);
        builtinsMade.put("sys", sys.dict.copy());
    }

    /** The import system of the running program. */
    /** The files of the run, which {@code open()} reads and writes too. */
    public FileSystem files() {
        return files;
    }

    public static Importer current() {
        if (current == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "no import system: the program is not run by Snakebox.run");
        }
        return current;
    }

    /** The import system of the running program, or null when none runs. */
    public static Importer currentOrNull() {
        return current;
    }

    /** Makes {@code importer} the running one; returns the one it replaces (to restore afterwards). */
    public static Importer install(Importer importer) {
        Importer old = current;
        current = importer;
        return old;
    }

    /**
     * What {@code print()} without {@code file} writes to: null while {@code sys.stdout} is the
     * run's own stream (or no program runs), else the object the program put there.
     */
    public static PyObject stdoutReplacement() {
        return current == null ? null : SysModule.replacedStdout(current);
    }

    /**
     * The hook to call for an uncaught exception when the program replaced {@code sys.excepthook}
     * (None included), else null: the default hook prints the traceback as the front door does.
     */
    public PyObject replacedExceptHook() {
        PyObject hook = sys.dict.getStr(PyStr.intern("excepthook"));
        return hook == sys.dict.getStr(PyStr.intern("__excepthook__")) ? null : hook == null ? PyNone.NONE : hook;
    }

    /** {@code sys.stderr} when the program replaced it (None included), else null. */
    public PyObject replacedStderr() {
        PyObject err = sys.dict.getStr(PyStr.intern("stderr"));
        if (err instanceof TextStream && ((TextStream) err).fd == TextStream.STDERR) {
            return null;
        }
        return err == null ? PyNone.NONE : err;
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    /**
     * The {@code __main__} module for a program at {@code path}: its namespace as
     * {@code pymain_run_file} and {@code _PyRun_SimpleFileObject} fill it, in sys.modules.
     */
    public PyModule mainModule(String path) {
        PyDict d = new PyDict();
        d.putStr(NAME, PyStr.of("__main__"));
        d.putStr(DOC, PyNone.NONE);
        d.putStr(PACKAGE, PyNone.NONE);
        d.putStr(LOADER, PyNone.NONE);
        d.putStr(SPEC, PyNone.NONE);
        d.putStr(PyStr.intern("__annotations__"), new PyDict());
        d.putStr(BUILTINS, builtinsModule);
        if (!(path.startsWith("<") && path.endsWith(">"))) {
            d.putStr(FILE, PyStr.of(path));
            d.putStr(CACHED, PyNone.NONE);
        }
        PyModule main = new PyModule("__main__", d);
        modules.putStr(PyStr.intern("__main__"), main);
        return main;
    }

    // ---- IMPORT_NAME and __import__ ------------------------------------------------------------

    /**
     * {@code IMPORT_NAME} ({@code _PyEval_ImportName}): {@code __import__} from the frame's
     * builtins, called directly when it is the original one.
     */
    public PyObject importName(PyDict frameBuiltins, PyDict globals, PyObject locals, PyStr name, PyObject fromlist,
            PyObject level) {
        PyObject importFunc = frameBuiltins.getStr(IMPORT);
        if (importFunc == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "__import__ not found");
        }
        PyObject loc = locals == null ? PyNone.NONE : locals;
        if (importFunc == defaultImport) {
            return importModuleLevel(name, globals, fromlist, Abstract.asCInt(level));
        }
        return Abstract.call(importFunc, name, globals, loc, fromlist, level);
    }

    /** {@code PyImport_ImportModuleLevelObject}: what {@code __import__(name, globals, locals, fromlist, level)} returns. */
    public PyObject importModuleLevel(PyObject nameObj, PyObject globals, PyObject fromlist, int level) {
        if (!(nameObj instanceof PyStr)) {
            throw Errors.typeError("module name must be a string");
        }
        String name = ((PyStr) nameObj).value();
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Errors.valueError("Empty module name");
            }
            absName = name;
        }
        // an absolute name is looked up with the caller's str (its hash is cached from the last time)
        PyObject mod = modules.getStr(level == 0 ? (PyStr) nameObj : PyStr.of(absName));
        if (mod == null || mod == PyNone.NONE) {
            mod = findAndLoad(absName);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (level == 0 || !name.isEmpty()) {
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModuleLevel(PyStr.of(name.substring(0, dot)), null, null, 0);
                }
                int cutOff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                PyObject m = modules.getStr(PyStr.of(toReturn));
                if (m == null) {
                    throw Errors.keyError(PyStr.of("'" + toReturn + "' not in sys.modules as expected"));
                }
                return m;
            }
            return mod;
        }
        PyObject path = Abstract.lookupAttr(mod, PATH);
        if (path != null) {
            return handleFromlist(mod, fromlist, false);
        }
        return mod;
    }

    /** {@code resolve_name}: the absolute name of a relative import, from the importing module's globals. */
    private String resolveName(String name, PyObject globalsObj, int level) {
        if (globalsObj == null || globalsObj == PyNone.NONE) {
            throw Errors.keyError(PyStr.of("'__name__' not in globals"));
        }
        if (!(globalsObj instanceof PyDict)) {
            throw Errors.typeError("globals must be a dict");
        }
        PyDict globals = (PyDict) globalsObj;
        PyObject packageObj = globals.getStr(PACKAGE);
        if (packageObj == PyNone.NONE) {
            packageObj = null;
        }
        String pkg;
        if (packageObj != null) {
            if (!(packageObj instanceof PyStr)) {
                throw Errors.typeError("package must be a string");
            }
            pkg = ((PyStr) packageObj).value();
        } else {
            // CPython warns (ImportWarning, ignored by default) and falls back on __name__.
            PyObject n = globals.getStr(NAME);
            if (n == null) {
                throw Errors.keyError(PyStr.of("'__name__' not in globals"));
            }
            if (!(n instanceof PyStr)) {
                throw Errors.typeError("__name__ must be a string");
            }
            pkg = ((PyStr) n).value();
            if (!globals.containsKey(PATH)) {
                int dot = pkg.lastIndexOf('.');
                if (dot < 0) {
                    throw noParent();
                }
                pkg = pkg.substring(0, dot);
            }
        }
        int lastDot = pkg.length();
        if (lastDot == 0) {
            throw noParent();
        }
        for (int up = 1; up < level; up++) {
            lastDot = pkg.lastIndexOf('.', lastDot - 1);
            if (lastDot < 0) {
                throw Errors.raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            }
        }
        String base = pkg.substring(0, lastDot);
        return name.isEmpty() ? base : base + "." + name;
    }

    private static PyException noParent() {
        return Errors.raise(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
    }

    /** {@code _handle_fromlist}: imports the submodules a from-import names that are not attributes yet. */
    private PyObject handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        for (PyObject x : Abstract.toArray(fromlist)) {
            if (!(x instanceof PyStr)) {
                String where = recursive ? Abstract.str(Abstract.getAttr(module, NAME)).value() + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + x.type().name);
            }
            String s = ((PyStr) x).value();
            if (s.equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(module, ALL);
                    if (all != null) {
                        handleFromlist(module, all, true);
                    }
                }
            } else if (Abstract.lookupAttr(module, (PyStr) x) == null) {
                String fromName = Abstract.str(Abstract.getAttr(module, NAME)).value() + "." + s;
                try {
                    importModuleLevel(PyStr.of(fromName), null, null, 0);
                } catch (PyException e) {
                    // a submodule that does not exist is left for IMPORT_FROM to report
                    if (e.value.type().isSubtypeOf(ExceptionTypes.ModuleNotFoundError) && fromName.equals(e.value.name)
                            && modules.getStr(PyStr.of(fromName)) != PyNone.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    // ---- finding and loading -------------------------------------------------------------------

    /** {@code _find_and_load}: the module named {@code name}, loading it (and its parents) when sys.modules lacks it. */
    PyObject findAndLoad(String name) {
        PyStr key = PyStr.of(name);
        PyObject module = modules.getStr(key);
        if (module == null) {
            return findAndLoadUnlocked(name);
        }
        if (module == PyNone.NONE) {
            throw importError(ExceptionTypes.ModuleNotFoundError, "import of " + name + " halted; None in sys.modules", name,
                    null);
        }
        return module;
    }

    private PyObject findAndLoadUnlocked(String name) {
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? "" : name.substring(0, dot);
        PyObject path = null;
        if (!parent.isEmpty()) {
            if (!modules.containsKey(PyStr.of(parent))) {
                importModuleLevel(PyStr.of(parent), null, null, 0);
            }
            PyObject already = modules.getStr(PyStr.of(name));
            if (already != null) {
                return already;
            }
            PyObject parentModule = modules.getStr(PyStr.of(parent));
            if (parentModule == null) {
                throw Errors.keyError(PyStr.of(parent));
            }
            path = Abstract.lookupAttr(parentModule, PATH);
            if (path == null) {
                throw importError(ExceptionTypes.ModuleNotFoundError, NO_MODULE + repr(name) + "; " + repr(parent)
                        + " is not a package", name, null);
            }
        }
        ModuleSpec spec = findSpec(name, path);
        if (spec == null) {
            throw importError(ExceptionTypes.ModuleNotFoundError, NO_MODULE + repr(name), name, null);
        }
        PyModule parentSpec = null;
        if (!parent.isEmpty() && modules.getStr(PyStr.of(parent)) instanceof PyModule) {
            parentSpec = (PyModule) modules.getStr(PyStr.of(parent));
            if (parentSpec.uninitializedSubmodules == null) {
                parentSpec.uninitializedSubmodules = new java.util.ArrayList<>();
            }
            parentSpec.uninitializedSubmodules.add(name.substring(dot + 1));
        }
        PyObject module;
        try {
            module = load(spec);
        } finally {
            if (parentSpec != null) {
                parentSpec.uninitializedSubmodules.remove(parentSpec.uninitializedSubmodules.size() - 1);
            }
        }
        if (!parent.isEmpty()) {
            PyObject parentModule = modules.getStr(PyStr.of(parent));
            if (parentModule != null) {
                Abstract.setAttr(parentModule, PyStr.of(name.substring(dot + 1)), module);
            }
        }
        return module;
    }

    /** {@code _find_spec}: a built-in module first, then the path entries. */
    private ModuleSpec findSpec(String name, PyObject path) {
        if (BuiltinModules.isBuiltin(name)) {
            return ModuleSpec.builtin(name);
        }
        PyObject entries = path;
        if (entries == null) {
            entries = sys.dict.getStr(PyStr.intern("path"));
            if (entries == null) {
                throw Errors.raise(ExceptionTypes.ImportError, "sys.path must be a list of directory names");
            }
        }
        return PathFinder.find(files, name, Abstract.toArray(entries));
    }

    /** {@code _load_unlocked}: creates the module, puts it in sys.modules, runs it; takes it out again if that fails. */
    private PyObject load(ModuleSpec spec) {
        PyStr key = PyStr.of(spec.name);
        if (spec.builtin) {
            // A Java module is made once per run; importing it again (after `del sys.modules[name]`)
            // gives a new module with a copy of its first namespace, as CPython's m_copy does.
            // A module written in Python runs again, as a frozen module does.
            PyModule m;
            PyDict first = builtinsMade.get(spec.name);
            if (first != null) {
                m = new PyModule(spec.name, first.copy());
                m.origin = PyModule.BUILT_IN;
            } else {
                m = BuiltinModules.create(spec.name, this);
                if (PyModule.BUILT_IN.equals(m.origin)) {
                    builtinsMade.put(spec.name, m.dict.copy());
                }
            }
            modules.putStr(key, m);
            return m;
        }
        PyModule module = newModule(spec);
        module.initializing = true;
        try {
            modules.putStr(key, module);
            try {
                if (spec.file != null) {
                    exec(spec.file, module);
                }
            } catch (PyException e) {
                modules.removeStr(key);
                throw e;
            }
            PyObject m = modules.removeStr(key);
            if (m == null) {
                throw Errors.keyError(key);
            }
            modules.putStr(key, m);
            return m;
        } finally {
            module.initializing = false;
        }
    }

    /** {@code module_from_spec} and {@code _init_module_attrs}: the new module's namespace, in CPython's key order. */
    private PyModule newModule(ModuleSpec spec) {
        PyDict d = new PyDict();
        d.putStr(NAME, PyStr.of(spec.name));
        d.putStr(DOC, PyNone.NONE);
        d.putStr(PACKAGE, PyNone.NONE);
        d.putStr(LOADER, PyNone.NONE);
        d.putStr(SPEC, PyNone.NONE);
        if (spec.file == null) {
            d.putStr(FILE, PyNone.NONE);
        }
        int dot = spec.name.lastIndexOf('.');
        d.putStr(PACKAGE, PyStr.of(spec.locations != null ? spec.name : dot < 0 ? "" : spec.name.substring(0, dot)));
        if (spec.locations != null) {
            PyObject[] dirs = new PyObject[spec.locations.size()];
            for (int i = 0; i < dirs.length; i++) {
                dirs[i] = PyStr.of(spec.locations.get(i));
            }
            d.putStr(PATH, PyList.wrap(dirs));
        }
        if (spec.file != null) {
            d.putStr(FILE, PyStr.of(spec.file));
            // sys.implementation.cache_tag is None: there is no compiled file
            d.putStr(CACHED, PyNone.NONE);
        }
        PyModule m = new PyModule(spec.name, d);
        if (spec.file == null) {
            m.origin = PyModule.NAMESPACE;
        }
        return m;
    }

    /** {@code SourceLoader.exec_module}: reads, compiles and runs the file in the module's namespace. */
    private void exec(String file, PyModule module) {
        String text = files.readText(file);
        if (text == null) {
            throw importError(ExceptionTypes.ImportError, "cannot read " + repr(file), module.name, file);
        }
        Source src = new Source(file, text);
        lines.put(src);
        PyCode code;
        try {
            try {
                code = Compiler.compileFile(src);
            } finally {
                warnings.compileWarnings(src);
            }
        } catch (SourceError e) {
            throw new PyException(SyntaxErrorPrinter.toException(e, src));
        }
        PyDict globals = module.dict;
        if (!globals.containsKey(BUILTINS)) {
            globals.putStr(BUILTINS, builtinsModule);
        }
        ThreadState.enterRecursive("");
        try {
            interp.runModule(code, globals, builtins);
        } finally {
            ThreadState.leaveRecursive();
        }
    }

    // ---- errors --------------------------------------------------------------------------------

    /** {@code ImportError(msg, name=name, path=path)} (or a subclass), raised. */
    static PyException importError(PyType type, String msg, String name, String path) {
        return importError(type, msg, name, path, PyNone.NONE);
    }

    /** The ImportError of {@code from m import x}, whose {@code name_from} is x. */
    static PyException importError(PyType type, String msg, String name, String path, PyObject nameFrom) {
        PyObject[] args = {PyStr.of(msg), name == null ? PyNone.NONE : PyStr.of(name), path == null ? PyNone.NONE : PyStr.of(path),
            nameFrom};
        PyObject exc = Abstract.call(type, args, 0, 1,
                PyTuple.of(PyStr.intern("name"), PyStr.intern("path"), PyStr.intern("name_from")));
        return new PyException((dev.snakebox.objects.PyBaseException) exc);
    }

    static String repr(String s) {
        return PyStr.of(s).repr();
    }
}
