package dev.snakebox.objects;

import dev.snakebox.objects.text.CodePointIndex;
import dev.snakebox.objects.text.StrCase;
import dev.snakebox.objects.text.StrEncode;
import dev.snakebox.objects.text.StrErrors;
import dev.snakebox.objects.text.StrJoin;
import dev.snakebox.objects.text.StrMaketrans;
import dev.snakebox.objects.text.StrPad;
import dev.snakebox.objects.text.StrPredicates;
import dev.snakebox.objects.text.StrReplace;
import dev.snakebox.objects.text.StrSearch;
import dev.snakebox.objects.text.StrSplit;
import dev.snakebox.objects.text.StrStrip;
import dev.snakebox.objects.text.StrTranslate;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code str}: CPython's {@code unicode_methods} (Objects/unicodeobject.c and its
 * Argument Clinic file), with CPython's argument conversions and messages here and the work done
 * by the text library ({@code objects.text}) and the formatting library ({@code objects.format}).
 */
final class StrMethods {
    private StrMethods() {}

    private static String v(PyObject o) {
        return ((PyStr) o).value();
    }

    /** The result {@code r} of a method of {@code self}: self itself when unchanged and exactly a str. */
    private static PyStr result(PyObject self, String r) {
        if (r == v(self) && self.getClass() == PyStr.class) {
            return (PyStr) self;
        }
        return PyStr.of(r);
    }

    /** The result of a case mapping: always a new object, as CPython's {@code case_operation} makes one. */
    private static PyStr fresh(String r) {
        return r.isEmpty() ? PyStr.EMPTY : new PyStr(r);
    }

    /** A str argument of a clinic method: "f() argument N must be str, not T". */
    private static String strArg(PyObject o, String method, int pos) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + "() argument " + pos + " must be str, not " + BadArgument.given(o));
        }
        return v(o);
    }

    /** A str argument converted by {@code PyArg_Parse}'s "U": "must be str, not T". */
    private static String bareStrArg(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("must be str, not " + o.type().name);
        }
        return v(o);
    }

    /** A slice-index argument ({@code _PyEval_SliceIndex}); null or None gives {@code dflt}. */
    private static int sliceArg(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        long i = PySlice.sliceIndex(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i));
    }

    /** A Py_ssize_t argument of a clinic method ({@code _PyNumber_Index}, then {@code PyLong_AsSsize_t}). */
    private static long sizeArg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    static void define(PyType t) {
        // case mapping
        t.method("capitalize()", (self, a) -> fresh(StrCase.capitalize(v(self))));
        t.method("casefold()", (self, a) -> fresh(StrCase.casefold(v(self))));
        t.method("lower()", (self, a) -> fresh(StrCase.lower(v(self))));
        t.method("upper()", (self, a) -> fresh(StrCase.upper(v(self))));
        t.method("swapcase()", (self, a) -> fresh(StrCase.swapcase(v(self))));
        t.method("title()", (self, a) -> fresh(StrCase.title(v(self))));

        // predicates
        t.method("isalnum()", (self, a) -> PyBool.of(StrPredicates.isAlnum(v(self))));
        t.method("isalpha()", (self, a) -> PyBool.of(StrPredicates.isAlpha(v(self))));
        t.method("isascii()", (self, a) -> PyBool.of(StrPredicates.isAscii(v(self))));
        t.method("isdecimal()", (self, a) -> PyBool.of(StrPredicates.isDecimal(v(self))));
        t.method("isdigit()", (self, a) -> PyBool.of(StrPredicates.isDigit(v(self))));
        t.method("isidentifier()", (self, a) -> PyBool.of(StrPredicates.isIdentifier(v(self))));
        t.method("islower()", (self, a) -> PyBool.of(StrPredicates.isLower(v(self))));
        t.method("isnumeric()", (self, a) -> PyBool.of(StrPredicates.isNumeric(v(self))));
        t.method("isprintable()", (self, a) -> PyBool.of(StrPredicates.isPrintable(v(self))));
        t.method("isspace()", (self, a) -> PyBool.of(StrPredicates.isSpace(v(self))));
        t.method("istitle()", (self, a) -> PyBool.of(StrPredicates.isTitle(v(self))));
        t.method("isupper()", (self, a) -> PyBool.of(StrPredicates.isUpper(v(self))));

        // padding
        t.method("center(width, fillchar=' ', /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return result(self, StrPad.center(s.value(), s.index(), sizeArg(a[0]), fillChar(a[1])));
        });
        t.method("ljust(width, fillchar=' ', /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return result(self, StrPad.ljust(s.value(), s.index(), sizeArg(a[0]), fillChar(a[1])));
        });
        t.method("rjust(width, fillchar=' ', /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return result(self, StrPad.rjust(s.value(), s.index(), sizeArg(a[0]), fillChar(a[1])));
        });
        t.method("zfill(width, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return result(self, StrPad.zfill(s.value(), s.index(), sizeArg(a[0])));
        });
        t.method("expandtabs(tabsize=8)", (self, a) -> result(self, StrPad.expandtabs(v(self), Abstract.asCInt(a[0]))));

        // searching
        t.method("find(sub, start=?, end=?, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return PyInt.of(StrSearch.find(s.value(), s.index(), strArg(a[0], "find", 1), start(a[1]), end(a[2])));
        });
        t.method("rfind(sub, start=?, end=?, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return PyInt.of(StrSearch.rfind(s.value(), s.index(), strArg(a[0], "rfind", 1), start(a[1]), end(a[2])));
        });
        t.method("index(sub, start=?, end=?, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return PyInt.of(StrSearch.index(s.value(), s.index(), strArg(a[0], "index", 1), start(a[1]), end(a[2])));
        });
        t.method("rindex(sub, start=?, end=?, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return PyInt.of(StrSearch.rindex(s.value(), s.index(), strArg(a[0], "rindex", 1), start(a[1]), end(a[2])));
        });
        t.method("count(sub, start=?, end=?, /)", (self, a) -> {
            PyStr s = (PyStr) self;
            return PyInt.of(StrSearch.count(s.value(), s.index(), strArg(a[0], "count", 1), start(a[1]), end(a[2])));
        });
        t.method("startswith(prefix, start=?, end=?, /)", (self, a) -> PyBool.of(affix((PyStr) self, a, false)));
        t.method("endswith(suffix, start=?, end=?, /)", (self, a) -> PyBool.of(affix((PyStr) self, a, true)));

        // splitting, joining, stripping, replacing
        t.method("split(sep=None, maxsplit=-1)", (self, a) ->
                list(self, StrSplit.split(v(self), sepArg(a[0]), sizeArg(a[1]))));
        t.method("rsplit(sep=None, maxsplit=-1)", (self, a) ->
                list(self, StrSplit.rsplit(v(self), sepArg(a[0]), sizeArg(a[1]))));
        t.method("splitlines(keepends=False)", (self, a) -> list(self, StrSplit.splitlines(v(self), Abstract.isTrue(a[0]))));
        t.method("partition(sep, /)", (self, a) -> {
            String[] p = StrSplit.partition(v(self), bareStrArg(a[0]));
            return PyTuple.of(p[1].isEmpty() ? self : PyStr.of(p[0]), PyStr.of(p[1]), PyStr.of(p[2]));
        });
        t.method("rpartition(sep, /)", (self, a) -> {
            String[] p = StrSplit.rpartition(v(self), bareStrArg(a[0]));
            return PyTuple.of(PyStr.of(p[0]), PyStr.of(p[1]), p[1].isEmpty() ? self : PyStr.of(p[2]));
        });
        t.method("join(iterable, /)", (self, a) -> join((PyStr) self, a[0]));
        t.method("strip(chars=None, /)", (self, a) -> result(self, StrStrip.strip(v(self), charsArg(a[0], "strip"))));
        t.method("lstrip(chars=None, /)", (self, a) -> result(self, StrStrip.lstrip(v(self), charsArg(a[0], "lstrip"))));
        t.method("rstrip(chars=None, /)", (self, a) -> result(self, StrStrip.rstrip(v(self), charsArg(a[0], "rstrip"))));
        t.method("replace(old, new, /, count=-1)", (self, a) -> result(self,
                StrReplace.replace(v(self), strArg(a[0], "replace", 1), strArg(a[1], "replace", 2), sizeArg(a[2]))));
        t.method("removeprefix(prefix, /)", (self, a) ->
                result(self, StrReplace.removePrefix(v(self), affixArg(a[0], "removeprefix"))));
        t.method("removesuffix(suffix, /)", (self, a) ->
                result(self, StrReplace.removeSuffix(v(self), affixArg(a[0], "removesuffix"))));

        // translation and encoding
        t.method("translate(table, /)", (self, a) -> result(self, translate(v(self), a[0])));
        // a static method whose function is bound to the type, as METH_STATIC makes it
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction(t, Signature.parse("maketrans(x, y=?, z=?, /)"),
                (self, a) -> maketrans(a[0], a[1], a[2]), t)));
        t.method("encode(encoding='utf-8', errors='strict')", (self, a) ->
                new PyBytes(StrEncode.encode(v(self), encodeArg(a[0], "encoding"), encodeArg(a[1], "errors"))));

        // formatting
        t.method("format(*args, **kwargs)", (self, a) -> {
            PyDict kwargs = (PyDict) a[1];
            return Formatting.format((PyStr) self, ((PyTuple) a[0]).toArray(), kwargs.size() == 0 ? null : kwargs);
        });
        t.method("format_map(mapping, /)", (self, a) -> Formatting.formatMap((PyStr) self, a[0]));
        t.method("__format__(format_spec, /)", (self, a) -> Formatting.formatStr((PyStr) self, Formatting.spec(a[0])));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(PyStr.of(v(self))));
        t.method("__sizeof__()", (self, a) -> PyInt.of(StrSizeof.sizeof((PyStr) self)));
    }

    private static int start(PyObject o) {
        return sliceArg(o, StrSearch.NO_START);
    }

    private static int end(PyObject o) {
        return sliceArg(o, StrSearch.NO_END);
    }


    private static int fillChar(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw StrErrors.fillCharType(o.type().name);
        }
        return StrPad.fillChar(v(o));
    }

    private static String sepArg(PyObject o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("must be str or None, not " + o.type().name);
        }
        return v(o);
    }

    private static String charsArg(PyObject o, String method) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + " arg must be None or str");
        }
        return v(o);
    }

    private static String affixArg(PyObject o, String method) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + "() argument must be str, not " + BadArgument.given(o));
        }
        return v(o);
    }

    private static String encodeArg(PyObject o, String name) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("encode() argument '" + name + "' must be str, not " + BadArgument.given(o));
        }
        return v(o);
    }

    /** The pieces of {@code self} as a list; a piece that is all of self is self when it is exactly a str (as split.h). */
    private static PyList list(PyObject self, List<String> items) {
        String whole = v(self);
        boolean exact = self.getClass() == PyStr.class;
        PyObject[] out = new PyObject[items.size()];
        for (int i = 0; i < out.length; i++) {
            String item = items.get(i);
            out[i] = exact && item.length() == whole.length() ? self : PyStr.of(item);
        }
        return PyList.of(out);
    }

    /** {@code startswith}/{@code endswith}: a str or a tuple of str, tried in order. */
    private static boolean affix(PyStr self, PyObject[] a, boolean atEnd) {
        String method = atEnd ? "endswith" : "startswith";
        int start = start(a[1]);
        int end = end(a[2]);
        CodePointIndex ix = self.index();
        PyObject what = a[0];
        if (what instanceof PyTuple) {
            PyTuple t = (PyTuple) what;
            for (int i = 0; i < t.size(); i++) {
                PyObject item = t.get(i);
                if (!(item instanceof PyStr)) {
                    throw StrErrors.affixTupleItemType(method, item.type().name);
                }
                if (atEnd ? StrSearch.endsWith(self.value(), ix, v(item), start, end)
                        : StrSearch.startsWith(self.value(), ix, v(item), start, end)) {
                    return true;
                }
            }
            return false;
        }
        if (!(what instanceof PyStr)) {
            throw StrErrors.affixArgType(method, what.type().name);
        }
        return atEnd ? StrSearch.endsWith(self.value(), ix, v(what), start, end)
                : StrSearch.startsWith(self.value(), ix, v(what), start, end);
    }

    /** {@code PyUnicode_Join}: the items of any iterable, each a str. */
    private static PyObject join(PyStr sep, PyObject iterable) {
        if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
            throw Errors.typeError("can only join an iterable");
        }
        PyObject[] items = Abstract.toArray(iterable);
        if (items.length == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        List<String> texts = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw StrErrors.joinItemType(i, items[i].type().name);
            }
            texts.add(v(items[i]));
        }
        return PyStr.of(StrJoin.join(sep.value(), texts));
    }

    /** {@code str.translate(table)}: {@code table[ord(c)]} for each character, LookupError meaning "keep it". */
    private static String translate(String s, PyObject table) {
        return StrTranslate.translate(s, cp -> {
            try {
                return Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(ExceptionTypes.LookupError)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** {@code str.maketrans(x[, y[, z]])}: the dict of code points that translate takes. */
    private static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict)) {
                throw StrErrors.maketransOneArgument();
            }
            PyDict d = (PyDict) x;
            for (PyObject key : d.keysArray()) {
                PyObject value = d.get(key);
                if (key instanceof PyStr) {
                    out.put(PyInt.of(StrMaketrans.keyOf(v(key))), value);
                } else if (key instanceof PyInt) {
                    out.put(key, value);
                } else {
                    throw StrErrors.maketransKeyType();
                }
            }
            return out;
        }
        String ys = strArg(y, "maketrans", 2);
        String zs = z == null ? null : strArg(z, "maketrans", 3);
        if (!(x instanceof PyStr)) {
            throw StrErrors.maketransFirstArgument();
        }
        int[] pairs = StrMaketrans.fromStrings(v(x), ys, zs);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(PyInt.of(pairs[i]), pairs[i + 1] == StrMaketrans.NONE ? PyNone.NONE : PyInt.of(pairs[i + 1]));
        }
        return out;
    }
}
