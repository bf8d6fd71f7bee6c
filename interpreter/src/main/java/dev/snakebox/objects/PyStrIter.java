package dev.snakebox.objects;

/** The iterator of a str, one character at a time; CPython's {@code unicode_iterator}. */
final class PyStrIter extends PyObject {
    static final PyType TYPE = PyType.builtin("str_ascii_iterator", PyType.OBJECT, 0,
            t -> {
                t.tp_iter = self -> self;
                t.tp_iternext = self -> ((PyStrIter) self).next();
            },
            t -> t.method("__length_hint__()", (self, a) -> {
                PyStrIter it = (PyStrIter) self;
                return PyInt.of(it.s.value.codePointCount(Math.min(it.i, it.s.value.length()), it.s.value.length()));
            }));

    private final PyStr s;
    private int i;

    PyStrIter(PyStr s) {
        this.s = s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        String v = s.value;
        if (i >= v.length()) {
            return null;
        }
        char c = v.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
            PyStr r = new PyStr(v.substring(i, i + 2));
            i += 2;
            return r;
        }
        i++;
        return PyStr.ofChar(c);
    }
}
