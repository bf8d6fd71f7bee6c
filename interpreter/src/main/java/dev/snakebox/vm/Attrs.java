package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.GenericAttr;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.Slots;

/**
 * {@code LOAD_ATTR}: attribute reads and method loads ({@code _PyObject_GetMethod}), with an
 * inline cache per instruction of the type (and its version) last seen and what the MRO lookup
 * found, so a repeated {@code obj.method()} costs one dict probe of the instance, as CPython's
 * specialised {@code LOAD_ATTR_METHOD_WITH_VALUES} does.
 */
final class Attrs {
    /** Whether the last {@link #loadMethod} found a method to call with the object as first argument. */
    boolean method;

    /** A LOAD_ATTR site's cache: the type, its version, and the MRO lookup's result (maybe null). */
    static final class Cache {
        PyType type;
        int version;
        PyObject descr;
    }

    /** {@code _PyType_Lookup}, through the site's cache. */
    private static PyObject lookup(CodeInfo info, int site, PyType type, PyStr name) {
        Object c = info.caches[site];
        if (c instanceof Cache) {
            Cache k = (Cache) c;
            if (k.type == type && k.version == type.version) {
                return k.descr;
            }
        }
        PyObject descr = type.lookup(name);
        Cache k = c instanceof Cache ? (Cache) c : new Cache();
        k.type = type;
        k.version = type.version;
        k.descr = descr;
        info.caches[site] = k;
        return descr;
    }

    /**
     * {@code obj.name} for a call: the unbound method when the type's attribute is a method
     * descriptor not shadowed by the instance ({@link #method} set), else the attribute.
     */
    PyObject loadMethod(CodeInfo info, int site, PyObject obj, PyStr name) {
        PyType type = obj.type();
        method = false;
        if (type.tp_getattro != GenericAttr.GET) {
            return getAttr(info, site, obj, name);
        }
        PyObject descr = lookup(info, site, type, name);
        Slots.DescrGet f = null;
        boolean methodLike = false;
        if (descr != null) {
            PyType dt = descr.type();
            if ((dt.flags & PyType.METHOD_DESCRIPTOR) != 0) {
                methodLike = true;
            } else {
                f = dt.tp_descr_get;
                if (f != null && dt.tp_descr_set != null) {
                    return f.get(descr, obj, type);
                }
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict != null) {
            PyObject v = dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (methodLike) {
            method = true;
            return descr;
        }
        if (f != null) {
            return f.get(descr, obj, type);
        }
        if (descr != null) {
            return descr;
        }
        throw Errors.noAttribute(obj, name.value());
    }

    /** {@code obj.name = value} ({@code STORE_ATTR}): a data descriptor of the type, else the instance dict. */
    void setAttr(CodeInfo info, int site, PyObject obj, PyStr name, PyObject value) {
        PyType type = obj.type();
        if (type.tp_setattro != GenericAttr.SET) {
            Abstract.setAttr(obj, name, value);
            return;
        }
        PyObject descr = lookup(info, site, type, name);
        if (descr != null) {
            Slots.DescrSet f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict == null) {
            GenericAttr.setAttr(obj, name, value);
            return;
        }
        dict.putStr(name, value);
    }

    /** {@code obj.name}. */
    PyObject getAttr(CodeInfo info, int site, PyObject obj, PyStr name) {
        PyType type = obj.type();
        if (type.tp_getattro != GenericAttr.GET) {
            return Abstract.getAttr(obj, name);
        }
        PyObject v = GenericAttr.resolve(obj, type, lookup(info, site, type, name), name);
        if (v != null) {
            return v;
        }
        throw Errors.noAttribute(obj, name.value());
    }
}
