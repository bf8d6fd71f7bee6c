package dev.snakebox.modules;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceWarning;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBool;
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
import dev.snakebox.objects.Warnings;
import dev.snakebox.vm.WarningSite;

/**
 * The warnings machinery of one run: the filters, the once-registry and the default action,
 * and how a warning is filtered, recorded and shown; CPython's {@code Python/_warnings.c}
 * ({@code WarningsState}, {@code warn_explicit}, {@code get_filter}, {@code already_warned},
 * {@code setup_context}, {@code call_show_warning}). Once the program has imported
 * {@code warnings}, that module's {@code filters}, {@code defaultaction},
 * {@code onceregistry}, {@code _showwarnmsg} and {@code WarningMessage} are the ones used, as
 * in CPython, so that a program may replace them.
 */
public final class WarningsState {
    static {
        Warnings.install((category, message, stacklevel) -> {
            Importer importer = Importer.currentOrNull();
            if (importer != null) {
                importer.warnings.warn(category, PyStr.of(message), stacklevel, null, null);
            }
        });
    }

    private static final PyStr VERSION = PyStr.intern("version");
    private static final PyStr REGISTRY = PyStr.intern("__warningregistry__");
    private static final PyStr NAME = PyStr.intern("__name__");
    private static final String[] ACTIONS = {"error", "ignore", "always", "default", "module", "once"};

    private final Importer importer;
    /** {@code _warnings.filters}: the list of (action, message, category, module, lineno). */
    PyObject filters;
    /** {@code _warnings._onceregistry}. */
    PyObject onceRegistry = new PyDict();
    /** {@code _warnings._defaultaction}. */
    PyObject defaultAction = PyStr.of("default");
    /** Bumped when the filters change, which empties every {@code __warningregistry__} on its next use. */
    long filtersVersion;

    WarningsState(Importer importer) {
        this.importer = importer;
        this.filters = defaultFilters();
    }

    /** {@code init_filters}: CPython 3.13's default filters of a release build. */
    static PyList defaultFilters() {
        return PyList.of(
                filter("default", ExceptionTypes.DeprecationWarning, PyStr.of("__main__")),
                filter("ignore", ExceptionTypes.DeprecationWarning, PyNone.NONE),
                filter("ignore", ExceptionTypes.PendingDeprecationWarning, PyNone.NONE),
                filter("ignore", ExceptionTypes.ImportWarning, PyNone.NONE),
                filter("ignore", ExceptionTypes.ResourceWarning, PyNone.NONE));
    }

    private static PyTuple filter(String action, PyType category, PyObject module) {
        return PyTuple.of(PyStr.of(action), PyNone.NONE, category, module, PyInt.of(0));
    }

    /** {@code _filters_mutated}. */
    void filtersMutated() {
        filtersVersion++;
    }

    // ---- warn ----------------------------------------------------------------------------------

    /** {@code get_category}: the category of a warning given as text or as a Warning instance. */
    static PyObject category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, ExceptionTypes.Warning)) {
            return message.type();
        }
        if (category == null || category == PyNone.NONE) {
            return ExceptionTypes.UserWarning;
        }
        boolean ok;
        try {
            ok = Abstract.isSubclass(category, ExceptionTypes.Warning);
        } catch (PyException e) {
            ok = false;
        }
        if (!ok) {
            throw Errors.typeError("category must be a Warning subclass, not '" + category.type().name + "'");
        }
        return category;
    }

    /** {@code do_warn}: issues a warning from the frame {@code stacklevel} levels up. */
    public void warn(PyObject category, PyObject message, int stacklevel, PyObject source, PyTuple skipPrefixes) {
        WarningSite site = WarningSite.find(stacklevel, skipPrefixes);
        PyDict globals = site.globals != null ? site.globals : importer.sys.dict;
        PyObject registry = globals.getStr(REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.putStr(REGISTRY, registry);
        }
        PyObject module = globals.getStr(NAME);
        if (module == null || !(module == PyNone.NONE || module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        warnExplicit(category, message, PyStr.of(site.filename), site.lineno, module, registry, null, source);
    }

    /**
     * Issues the SyntaxWarnings compiling {@code src} produced, in order, through the filters
     * ({@code PyErr_WarnExplicitObject} with no module or registry: shown each time unless
     * filtered). A warning a filter turns into an error is thrown as the SyntaxError CPython
     * raises in its place.
     */
    public void compileWarnings(Source src) {
        for (SourceWarning w : src.warnings()) {
            try {
                warnExplicit(ExceptionTypes.SyntaxWarning, PyStr.of(w.message), PyStr.of(src.path), w.lineno, null, null,
                        null, null);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.SyntaxWarning)) {
                    throw w.toError();
                }
                throw e;
            }
        }
    }

    /**
     * {@link #compileWarnings} through the running program's machinery, or, with none (a
     * compile outside a run), each warning written with {@code write} as CPython's default
     * filters show it.
     */
    public static void compileWarnings(Source src, java.util.function.Consumer<String> write) {
        Importer importer = Importer.currentOrNull();
        if (importer != null) {
            importer.warnings.compileWarnings(src);
            return;
        }
        for (SourceWarning w : src.warnings()) {
            write.accept(w.format(src));
        }
    }

    /** {@code normalize_module}: the module name a file stands for, for filters that name modules. */
    static PyStr moduleOfFile(PyObject filename) {
        String f = Abstract.str(filename).value();
        if (f.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        return PyStr.of(f.endsWith(".py") ? f.substring(0, f.length() - 3) : f);
    }

    /**
     * {@code warn_explicit}: filters the warning, records it in {@code registry} (a dict, None or
     * null) and shows it; throws the warning when the filter's action is "error".
     */
    public void warnExplicit(PyObject category, PyObject message, PyObject filename, int lineno, PyObject module,
            PyObject registry, PyObject sourceline, PyObject source) {
        if (module == null) {
            module = moduleOfFile(filename);
        }
        PyObject text;
        if (Abstract.isInstance(message, ExceptionTypes.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject linenoObj = PyInt.of(lineno);
        PyTuple key = PyTuple.of(text, category, linenoObj);
        boolean haveRegistry = registry != null && registry != PyNone.NONE;
        if (haveRegistry && alreadyWarned(registry, key, false)) {
            return;
        }
        PyObject[] item = new PyObject[1];
        String action = filterAction(category, text, lineno, module, item);
        if (action.equals("error")) {
            if (message instanceof PyBaseException) {
                throw new PyException((PyBaseException) message);
            }
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        if (action.equals("ignore")) {
            return;
        }
        boolean warned = false;
        if (!action.equals("always")) {
            if (haveRegistry) {
                Abstract.setItem(registry, key, PyBool.TRUE);
            }
            if (action.equals("once")) {
                PyObject once = haveRegistry ? registry : null;
                if (once == null) {
                    once = onceRegistry();
                }
                warned = alreadyWarned(once, PyTuple.of(text, category), true);
            } else if (action.equals("module")) {
                if (haveRegistry) {
                    warned = alreadyWarned(registry, PyTuple.of(text, category), true);
                }
            } else if (!action.equals("default")) {
                throw Errors.raise(ExceptionTypes.RuntimeError, "Unrecognized action ("
                        + Abstract.repr(PyStr.of(action)).value() + ") in warnings.filters:\n "
                        + Abstract.repr(item[0]).value());
            }
        }
        if (!warned) {
            show(category, text, message, filename, lineno, linenoObj, sourceline, source);
        }
    }

    /**
     * {@code already_warned}: whether {@code key} is recorded in {@code registry}, emptying it
     * first when the filters changed since it was last used; records it when {@code set}.
     */
    private boolean alreadyWarned(PyObject registry, PyObject key, boolean set) {
        if (!(registry instanceof PyDict)) {
            throw Errors.typeError("'registry' must be a dict or None");
        }
        PyDict reg = (PyDict) registry;
        PyObject version = reg.getStr(VERSION);
        if (version == null || version.getClass() != PyInt.class || ((PyInt) version).big != null
                || ((PyInt) version).value != filtersVersion) {
            reg.clear();
            reg.putStr(VERSION, PyInt.of(filtersVersion));
        } else {
            PyObject already = reg.get(key);
            if (already != null && Abstract.isTrue(already)) {
                return true;
            }
        }
        if (set) {
            reg.put(key, PyBool.TRUE);
        }
        return false;
    }

    // ---- filters -------------------------------------------------------------------------------

    /** The {@code warnings} module once the program imported it, else null ({@code get_warnings_attr}). */
    private PyObject warningsAttr(String name) {
        PyObject m = importer.modules.getStr(PyStr.intern("warnings"));
        if (!(m instanceof PyModule)) {
            return null;
        }
        return Abstract.lookupAttr(m, PyStr.intern(name));
    }

    private PyObject currentFilters() {
        PyObject f = warningsAttr("filters");
        if (f != null) {
            filters = f;
        }
        return filters;
    }

    private PyObject onceRegistry() {
        PyObject r = warningsAttr("onceregistry");
        if (r != null) {
            onceRegistry = r;
        }
        if (!(onceRegistry instanceof PyDict)) {
            throw Errors.typeError("_warnings.onceregistry must be a dict, not '" + onceRegistry.type().name + "'");
        }
        return onceRegistry;
    }

    private String defaultAction() {
        PyObject a = warningsAttr("defaultaction");
        if (a != null) {
            defaultAction = a;
        }
        if (!(defaultAction instanceof PyStr)) {
            throw Errors.typeError("_warnings.defaultaction must be a string, not '" + defaultAction.type().name + "'");
        }
        return ((PyStr) defaultAction).value();
    }

    /** {@code get_filter}: the action of the first filter that matches, else the default action. */
    private String filterAction(PyObject category, PyObject text, int lineno, PyObject module, PyObject[] item) {
        PyObject fs = currentFilters();
        if (!(fs instanceof PyList)) {
            throw Errors.valueError("_warnings.filters must be a list");
        }
        PyList list = (PyList) fs;
        for (int i = 0; i < list.size(); i++) {
            PyObject it = list.get(i);
            if (!(it instanceof PyTuple) || ((PyTuple) it).size() != 5) {
                throw Errors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
            }
            PyTuple t = (PyTuple) it;
            PyObject action = t.get(0);
            if (!(action instanceof PyStr)) {
                throw Errors.typeError("action must be a string, not '" + action.type().name + "'");
            }
            boolean goodMsg = matches(t.get(1), text);
            boolean goodMod = matches(t.get(3), module);
            boolean isSubclass = Abstract.isSubclass(category, t.get(2));
            long ln = Abstract.asIndexSized(t.get(4), true);
            if (goodMsg && isSubclass && goodMod && (ln == 0 || lineno == ln)) {
                item[0] = t;
                return ((PyStr) action).value();
            }
        }
        item[0] = PyNone.NONE;
        return defaultAction();
    }

    /** {@code check_matched}: None matches all, an exact str must be equal, else a pattern's {@code match}. */
    private static boolean matches(PyObject filter, PyObject arg) {
        if (filter == PyNone.NONE) {
            return true;
        }
        if (filter.getClass() == PyStr.class && filter.type() == PyStr.TYPE) {
            return arg instanceof PyStr && ((PyStr) filter).value().equals(((PyStr) arg).value());
        }
        return Abstract.isTrue(Abstract.callMethod(filter, "match", arg));
    }

    /** Whether {@code action} is one of the six actions {@code filterwarnings} accepts. */
    static boolean isAction(String action) {
        for (String a : ACTIONS) {
            if (a.equals(action)) {
                return true;
            }
        }
        return false;
    }

    // ---- show ----------------------------------------------------------------------------------

    /**
     * {@code call_show_warning}: through {@code warnings._showwarnmsg} once the program imported
     * {@code warnings} (which honours a replaced {@code showwarning}), else written directly.
     */
    private void show(PyObject category, PyObject text, PyObject message, PyObject filename, int lineno,
            PyObject linenoObj, PyObject sourceline, PyObject source) {
        PyObject showFn = warningsAttr("_showwarnmsg");
        if (showFn == null) {
            writeStderr(format(category, text, filename, lineno, sourceline));
            return;
        }
        if (showFn.type().tp_call == null) {
            throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
        }
        PyObject cls = warningsAttr("WarningMessage");
        if (cls == null) {
            throw Errors.raise(ExceptionTypes.RuntimeError, "unable to get warnings.WarningMessage");
        }
        PyObject msg = Abstract.call(cls, message, category, filename, linenoObj, PyNone.NONE, PyNone.NONE,
                source == null ? PyNone.NONE : source);
        Abstract.call(showFn, msg);
    }

    /** {@code formatwarning}'s text: {@code FILE:LINE: Category: message}, then the source line if known. */
    String format(PyObject category, PyObject text, PyObject filename, int lineno, PyObject sourceline) {
        String file = Abstract.str(filename).value();
        String line = sourceline instanceof PyStr ? ((PyStr) sourceline).value() : getline(file, lineno);
        return SourceWarning.formatWarning(file, lineno, Abstract.str(Abstract.getAttr(category, "__name__")).value(),
                Abstract.str(text).value(), line);
    }

    /** {@code linecache.getline}: line {@code lineno} of a file the run knows, or "". */
    String getline(String filename, int lineno) {
        Source src = importer.lines.get(filename);
        if (src == null && !filename.startsWith("<")) {
            String text = importer.files.readText(filename);
            if (text != null) {
                src = new Source(filename, text);
            }
        }
        if (src == null || lineno < 1) {
            return "";
        }
        return src.line(lineno);
    }

    /** Writes to {@code sys.stderr}: the run's stream, or what the program put there. */
    void writeStderr(String text) {
        PyObject err = importer.replacedStderr();
        if (err == null) {
            importer.interp.stderr(text);
        } else if (err != PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of(text));
        }
    }
}
