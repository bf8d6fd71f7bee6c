package dev.snakebox.objects;

import dev.snakebox.objects.text.StrPredicates;
import dev.snakebox.objects.text.Utf16;

/**
 * The iterator of a str, one character at a time; CPython's {@code unicode_iterator}, whose type
 * is {@code str_ascii_iterator} for an ASCII string and {@code str_iterator} otherwise.
 */
final class PyStrIter extends PyObject {
    static final PyType ASCII_TYPE = type("str_ascii_iterator");
    static final PyType TYPE = type("str_iterator");

    private static PyType type(String name) {
        return PyType.builtin(name, PyType.OBJECT, 0,
                t -> {
                    t.tp_iter = self -> self;
                    t.tp_iternext = self -> ((PyStrIter) self).next();
                },
                t -> {
                    t.method("__length_hint__()", (self, a) -> PyInt.of(((PyStrIter) self).remaining()));
                    t.method("__reduce__()", (self, a) -> {
                        PyStrIter it = (PyStrIter) self;
                        if (it.done) {
                            return IterReduce.exhausted(PyStr.of(""));
                        }
                        return IterReduce.at(it.s, it.s.isNarrow() ? it.i : it.s.index().index(it.i));
                    });
                    t.method("__setstate__(state, /)", (self, a) -> {
                        PyStrIter it = (PyStrIter) self;
                        if (it.done) {
                            return PyNone.NONE;
                        }
                        int k = IterState.clip(IterState.index(a[0]), 0, it.s.length());
                        it.i = it.s.offsetOf(k);
                        return PyNone.NONE;
                    });
                });
    }

    private final PyStr s;
    private final boolean ascii;
    /** The UTF-16 offset of the next character. */
    private int i;
    /** Set once a step found no character: CPython lets go of the str then. */
    private boolean done;

    PyStrIter(PyStr s) {
        this.s = s;
        this.ascii = StrPredicates.isAscii(s.value());
    }

    @Override
    public PyType type() {
        return ascii ? ASCII_TYPE : TYPE;
    }

    private int remaining() {
        String v = s.value();
        if (i >= v.length()) {
            return 0;
        }
        return s.isNarrow() ? v.length() - i : s.length() - s.index().index(i);
    }

    private PyObject next() {
        String v = s.value();
        if (i >= v.length()) {
            done = true;
            return null;
        }
        char c = v.charAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && !s.isNarrow()) {
            int cp = Utf16.codePointAt(v, i);
            if (cp > 0xFFFF) {
                PyStr r = new PyStr(v.substring(i, i + 2));
                i += 2;
                return r;
            }
        }
        i++;
        return PyStr.ofChar(c);
    }
}
