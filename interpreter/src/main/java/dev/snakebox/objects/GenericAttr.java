package dev.snakebox.objects;

/**
 * {@code object.__getattribute__} and {@code object.__setattr__}: data descriptors of the type,
 * then the instance dict, then other descriptors and class attributes; CPython's
 * {@code PyObject_GenericGetAttr} and {@code PyObject_GenericSetAttr} ({@code Objects/object.c}).
 */
public final class GenericAttr {
    private GenericAttr() {}

    public static final Slots.GetAttr GET = GenericAttr::getAttr;
    public static final Slots.SetAttr SET = GenericAttr::setAttr;

    /** The attribute, or null when there is none. */
    public static PyObject getAttr(PyObject obj, PyStr name) {
        PyType type = obj.type();
        return resolve(obj, type, type.lookup(name), name);
    }

    /**
     * The attribute given what the type's MRO holds under its name ({@code descr}, or null):
     * a data descriptor first, then the instance dict, then a non-data descriptor or the plain
     * class attribute; null when there is none. The VM's attribute cache calls this with the
     * descriptor it remembered.
     */
    public static PyObject resolve(PyObject obj, PyType type, PyObject descr, PyStr name) {
        Slots.DescrGet f = null;
        if (descr != null) {
            PyType dt = descr.type();
            f = dt.tp_descr_get;
            if (f != null && dt.tp_descr_set != null) {
                return f.get(descr, obj, type);
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict != null) {
            PyObject v = dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        if (f != null) {
            return f.get(descr, obj, type);
        }
        return descr;
    }

    public static void setAttr(PyObject obj, PyStr name, PyObject value) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type().tp_descr_set;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict == null) {
            if (descr == null) {
                throw Errors.attributeError(obj, name.value(), "'" + type.name + "' object has no attribute '" + name.value()
                        + "' and no __dict__ for setting new attributes");
            }
            throw Errors.attributeError(obj, name.value(), "'" + type.name + "' object attribute '" + name.value() + "' is read-only");
        }
        if (value == null) {
            if (dict.removeStr(name) == null) {
                throw Errors.noAttribute(obj, name.value());
            }
        } else {
            dict.putStr(name, value);
        }
    }
}
