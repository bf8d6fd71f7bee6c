package dev.snakebox.objects;

/**
 * ImportError's construction and attributes: CPython's {@code ImportError_init} (the keyword-only
 * {@code name}, {@code path} and {@code name_from}; {@code msg} is the one positional argument),
 * {@code ImportError_str}, {@code ImportError_getstate} and {@code ImportError_reduce}
 * ({@code Objects/exceptions.c}). {@code name} lives in {@link PyBaseException#name}, as
 * NameError's does.
 */
final class ImportErrorAttrs {
    private ImportErrorAttrs() {}

    private static final int MSG = 0;
    private static final int PATH = 1;
    private static final int NAME_FROM = 2;

    private static final Signature IMPORT = Signature.parse("ImportError(*args, name=None, path=None, name_from=None)");

    private static PyObject[] fields(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        if (e.importFields == null) {
            e.importFields = new PyObject[3];
        }
        return e.importFields;
    }

    private static PyObject get(PyObject self, int k) {
        PyObject[] f = ((PyBaseException) self).importFields;
        return f == null ? null : f[k];
    }

    static void init(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = IMPORT.bind(args, start, nargs, kwnames);
        PyBaseException exc = (PyBaseException) self;
        exc.args = (PyTuple) a[0];
        exc.name = a[1] instanceof PyStr ? ((PyStr) a[1]).value() : null;
        PyObject[] f = fields(self);
        f[PATH] = a[2] == PyNone.NONE ? null : a[2];
        f[NAME_FROM] = a[3] == PyNone.NONE ? null : a[3];
        f[MSG] = exc.args.size() == 1 ? exc.args.get(0) : null;
    }

    static void define(PyType t) {
        t.member("name", self -> {
            String n = ((PyBaseException) self).name;
            return n == null ? PyNone.NONE : PyStr.of(n);
        }, (self, v) -> ((PyBaseException) self).name = v instanceof PyStr ? ((PyStr) v).value() : null);
        String[] members = {"msg", "path", "name_from"};
        for (int i = 0; i < members.length; i++) {
            int k = i;
            t.member(members[i], self -> {
                PyObject v = get(self, k);
                return v == null ? PyNone.NONE : v;
            }, (self, v) -> fields(self)[k] = v);
        }
        t.method("__reduce__()", (self, a) -> {
            PyObject state = state((PyBaseException) self);
            PyBaseException e = (PyBaseException) self;
            return state == PyNone.NONE ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, state);
        });
    }

    /** {@code ImportError_getstate}: the dict with the set attributes added, or None. */
    private static PyObject state(PyBaseException e) {
        PyObject path = get(e, PATH);
        PyObject nameFrom = get(e, NAME_FROM);
        PyDict d = e.dictOrNull();
        if (e.name == null && path == null && nameFrom == null) {
            // an empty dict stands for none: the dict here is made on first use, CPython's maybe earlier
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }
        PyDict state = new PyDict();
        if (d != null) {
            state.putAll(d);
        }
        if (e.name != null) {
            state.putStr(PyStr.intern("name"), PyStr.of(e.name));
        }
        if (path != null) {
            state.putStr(PyStr.intern("path"), path);
        }
        if (nameFrom != null) {
            state.putStr(PyStr.intern("name_from"), nameFrom);
        }
        return state;
    }

    /** {@code ImportError_str}: {@code msg} when it is exactly a str. */
    static PyObject str(PyObject self) {
        PyObject msg = get(self, MSG);
        if (msg != null && msg.type() == PyStr.TYPE) {
            return msg;
        }
        return ExceptionTypes.BaseException.tp_str.apply(self);
    }
}
