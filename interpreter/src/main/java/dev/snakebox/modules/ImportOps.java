package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * The import instructions' work: {@code IMPORT_FROM} ({@code _PyEval_ImportFrom}) and
 * {@code from m import *} ({@code import_all_from}), from {@code Python/ceval.c}.
 */
public final class ImportOps {
    private ImportOps() {}

    private static final PyStr NAME = PyStr.intern("__name__");
    private static final PyStr ALL = PyStr.intern("__all__");
    private static final PyStr DICT = PyStr.intern("__dict__");

    /**
     * {@code from module import name}: the attribute, else the submodule {@code module.name}
     * from sys.modules (a circular import of a package's submodule), else CPython's ImportError.
     */
    public static PyObject importFrom(PyObject module, PyStr name) {
        PyObject x = Abstract.lookupAttr(module, name);
        if (x != null) {
            return x;
        }
        PyObject pkgname = Abstract.lookupAttr(module, NAME);
        if (pkgname instanceof PyStr) {
            PyObject sub = Importer.current().modules.getStr(PyStr.of(((PyStr) pkgname).value() + "." + name.value()));
            if (sub != null) {
                return sub;
            }
        } else {
            pkgname = null;
        }
        String shown = pkgname == null ? "'<unknown module name>'" : Importer.repr(((PyStr) pkgname).value());
        String path = null;
        if (module instanceof PyModule) {
            PyObject file = ((PyModule) module).dict.getStr(PyStr.intern("__file__"));
            if (file instanceof PyStr) {
                path = ((PyStr) file).value();
            }
        }
        String msg;
        if (path == null) {
            msg = "cannot import name " + name.repr() + " from " + shown + " (unknown location)";
        } else if (module instanceof PyModule && ((PyModule) module).initializing) {
            msg = "cannot import name " + name.repr() + " from partially initialized module " + shown
                    + " (most likely due to a circular import) (" + path + ")";
        } else {
            msg = "cannot import name " + name.repr() + " from " + shown + " (" + path + ")";
        }
        throw Importer.importError(ExceptionTypes.ImportError, msg, pkgname == null ? null : ((PyStr) pkgname).value(), path,
                name);
    }

    /** {@code import_all_from}: binds the module's public names (its {@code __all__}, else the names not starting with '_'). */
    public static void importStar(PyObject locals, PyObject module) {
        if (locals == null) {
            throw Errors.systemError("no locals found during 'import *'");
        }
        boolean skipUnderscores = false;
        PyObject all = Abstract.lookupAttr(module, ALL);
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(module, DICT);
            if (dict == null) {
                throw Errors.raise(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = dict instanceof PyDict ? PyList.wrap(((PyDict) dict).keysArray())
                    : Abstract.callMethod(dict, "keys");
            all = PyList.wrap(Abstract.toArray(all));
            skipUnderscores = true;
        }
        for (int pos = 0; ; pos++) {
            PyObject name;
            try {
                name = Abstract.getItem(all, dev.snakebox.objects.PyInt.of(pos));
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.IndexError)) {
                    return;
                }
                throw e;
            }
            if (!(name instanceof PyStr)) {
                PyObject modname = Abstract.getAttr(module, NAME);
                if (!(modname instanceof PyStr)) {
                    throw Errors.typeError("module __name__ must be a string, not " + modname.type().name);
                }
                throw Errors.typeError((skipUnderscores ? "Key" : "Item") + " in " + ((PyStr) modname).value() + "."
                        + (skipUnderscores ? "__dict__" : "__all__") + " must be str, not " + name.type().name);
            }
            PyStr n = (PyStr) name;
            if (skipUnderscores && n.value().startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(module, n);
            if (locals instanceof PyDict && locals.type() == PyDict.TYPE) {
                ((PyDict) locals).put(n, value);
            } else {
                Abstract.setItem(locals, n, value);
            }
        }
    }

    /** The builtin {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public static PyObject builtinImport(PyObject[] a) {
        int level = Abstract.asCInt(a[4]);
        return Importer.current().importModuleLevel(a[0], a[1], a[3], level);
    }

}
