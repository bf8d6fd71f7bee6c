package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * Name lookups: {@code LOAD_GLOBAL} with its inline cache (the position of the name in the
 * globals or builtins dict, trusted while both dicts' key versions hold, as CPython's
 * {@code LOAD_GLOBAL_MODULE}/{@code LOAD_GLOBAL_BUILTIN} trust {@code dk_version}), and
 * {@code LOAD_NAME}/{@code STORE_NAME} over a frame's locals mapping.
 */
final class Globals {
    private Globals() {}

    /** A LOAD_GLOBAL site's cache. */
    static final class Cache {
        int globalsVersion;
        int builtinsVersion;
        /** Position in globals, or -1 when the name is a builtin. */
        int globalsIndex;
        int builtinsIndex;
    }

    static PyObject load(Frame f, CodeInfo info, int site, int namei) {
        return load(f, info, site, info.names[namei]);
    }

    /** {@code LOAD_NAME} in module code, where the locals are the globals: the LOAD_GLOBAL lookup and cache. */
    static PyObject loadModuleName(Frame f, CodeInfo info, int site, PyStr name) {
        return load(f, info, site, name);
    }

    /** A STORE_NAME site's cache: the dict's keys version and the position of the name in it. */
    static final class StoreCache {
        PyDict dict;
        int version;
        int index;
    }

    /** {@code STORE_NAME} into a plain dict, through the site's cache when the name is already there. */
    static void storeDictName(PyDict d, CodeInfo info, int site, PyStr name, PyObject v) {
        Object c = info.caches[site];
        if (c instanceof StoreCache) {
            StoreCache k = (StoreCache) c;
            if (k.dict == d && k.version == d.keysVersion) {
                d.setValueAt(k.index, v);
                return;
            }
        }
        d.putStr(name, v);
        StoreCache k = c instanceof StoreCache ? (StoreCache) c : new StoreCache();
        k.dict = d;
        k.version = d.keysVersion;
        k.index = d.indexOfStr(name);
        info.caches[site] = k;
    }

    private static PyObject load(Frame f, CodeInfo info, int site, PyStr name) {
        PyDict g = f.globals;
        PyDict b = f.builtins;
        Object c = info.caches[site];
        if (c instanceof Cache) {
            Cache k = (Cache) c;
            if (k.globalsVersion == g.keysVersion) {
                if (k.globalsIndex >= 0) {
                    return g.valueAt(k.globalsIndex);
                }
                if (k.builtinsVersion == b.keysVersion) {
                    return b.valueAt(k.builtinsIndex);
                }
            }
        }
        Cache k = c instanceof Cache ? (Cache) c : new Cache();
        int gi = g.indexOfStr(name);
        if (gi >= 0) {
            k.globalsVersion = g.keysVersion;
            k.globalsIndex = gi;
            info.caches[site] = k;
            return g.valueAt(gi);
        }
        int bi = b.indexOfStr(name);
        if (bi < 0) {
            throw Errors.nameError(name.value());
        }
        k.globalsVersion = g.keysVersion;
        k.globalsIndex = -1;
        k.builtinsVersion = b.keysVersion;
        k.builtinsIndex = bi;
        info.caches[site] = k;
        return b.valueAt(bi);
    }

    /** A name in a mapping that may not be a dict: the value, or null when missing. */
    static PyObject lookupMapping(PyObject mapping, PyStr name) {
        if (mapping instanceof PyDict && mapping.type() == PyDict.TYPE) {
            return ((PyDict) mapping).getStr(name);
        }
        try {
            return Abstract.getItem(mapping, name);
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code LOAD_NAME}: locals, globals, builtins. */
    static PyObject loadName(Frame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw Errors.systemError("no locals when loading " + name.repr());
        }
        PyObject v = lookupMapping(locals, name);
        if (v != null) {
            return v;
        }
        v = f.globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = f.builtins.getStr(name);
        if (v != null) {
            return v;
        }
        throw Errors.nameError(name.value());
    }

    static void storeName(Frame f, PyStr name, PyObject v) {
        if (f.locals == null) {
            throw Errors.systemError("no locals found when storing " + name.repr());
        }
        Abstract.setItem(f.locals, name, v);
    }
}
