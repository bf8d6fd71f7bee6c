package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import dev.snakebox.objects.text.CodePointIndex;
import dev.snakebox.objects.text.StrCompare;
import dev.snakebox.objects.text.StrDecode;
import dev.snakebox.objects.text.StrErrors;
import dev.snakebox.objects.text.StrIndexing;
import dev.snakebox.objects.text.StrJoin;
import dev.snakebox.objects.text.StrSearch;

/**
 * The slots and the constructor of {@code str}; CPython's {@code PyUnicode_Type}
 * ({@code Objects/unicodeobject.c}: {@code unicode_repr}, {@code unicode_subscript},
 * {@code PyUnicode_Concat}, {@code unicode_mod}, {@code unicode_new_impl}). The methods are in
 * {@link StrMethods}; both work through the text and formatting libraries.
 */
final class StrType {
    private StrType() {}

    static String v(PyObject o) {
        return ((PyStr) o).value();
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(StrRepr.repr(v(self)));
        t.tp_str = self -> self.getClass() == PyStr.class ? self : PyStr.of(v(self));
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = StrType::compare;
        t.sq_length = self -> ((PyStr) self).length();
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw Errors.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
            }
            // PyUnicode_Concat hands back an exact str operand when the other one is empty
            if (((PyStr) b).utf16Length() == 0 && a.getClass() == PyStr.class) {
                return a;
            }
            if (((PyStr) a).utf16Length() == 0 && b.getClass() == PyStr.class) {
                return b;
            }
            return PyStr.concat((PyStr) a, (PyStr) b);
        };
        t.sq_repeat = (a, n) -> repeat((PyStr) a, ((PyInt) n).value);
        t.sq_contains = (self, item) -> {
            if (!(item instanceof PyStr)) {
                throw StrErrors.containsOperandType(item.type().name);
            }
            return StrSearch.contains(v(self), v(item));
        };
        t.mp_subscript = StrType::getItem;
        t.tp_iter = self -> new PyStrIter((PyStr) self);
        // unicode_mod: only a str on the left formats; int % str is the int's business
        t.nb[NB_REMAINDER] = (a, b) -> a instanceof PyStr ? Formatting.percent((PyStr) a, b) : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_new = StrType::newStr;
    }

    /** {@code unicode_richcompare}: equality by content, order by code point. */
    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof PyStr)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op == Abstract.EQ || op == Abstract.NE) {
            return PyBool.of(v(a).equals(v(b)) == (op == Abstract.EQ));
        }
        return PyBool.of(Abstract.outcome(StrCompare.compare(v(a), v(b)), op));
    }

    static PyStr repeat(PyStr s, long n) {
        if (n == 1 && s.getClass() == PyStr.class) {
            return s;
        }
        return PyStr.of(StrJoin.repeat(s.value(), s.index(), n));
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice) {
            CodePointIndex ix = s.index();
            long[] r = ((PySlice) key).indices(ix.length(s.value()));
            int start = (int) r[0];
            int step = (int) r[2];
            int n = (int) r[3];
            if (n <= 0) {
                return PyStr.EMPTY;
            }
            if (step == 1) {
                if (n == ix.length(s.value()) && s.getClass() == PyStr.class) {
                    return s;
                }
                return PyStr.of(s.value().substring(ix.offset(start), ix.offset(start + n)));
            }
            if (ix.isBmp()) {
                char[] out = new char[n];
                for (int i = 0, j = start; i < n; i++, j += step) {
                    out[i] = s.value().charAt(j);
                }
                return PyStr.of(new String(out));
            }
            StringBuilder sb = new StringBuilder(n + 8);
            for (int i = 0, j = start; i < n; i++, j += step) {
                sb.appendCodePoint(StrIndexing.codePointAt(s.value(), ix, j));
            }
            return PyStr.of(sb.toString());
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name + "'");
        }
        long i = Abstract.asIndexSized(key, false);
        int len = s.length();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw StrErrors.indexOutOfRange();
        }
        return s.charAt((int) i);
    }

    private static final Signature NEW_SIG = Signature.parse("str(object=?, encoding=?, errors=?)").tupleArgs();

    /** {@code unicode_new_impl}: {@code str(object)}, or the bytes decoded with encoding and errors. */
    private static PyObject newStr(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SIG.bind(args, start, nargs, kwnames);
        String encoding = a[1] == null ? null : stringArg(a[1], "encoding");
        String errors = a[2] == null ? null : stringArg(a[2], "errors");
        PyStr s;
        if (a[0] == null) {
            s = PyStr.EMPTY;
        } else if (a[1] == null && a[2] == null) {
            s = Abstract.str(a[0]);
        } else if (a[0] instanceof PyBytes) {
            s = PyStr.of(StrDecode.decode(((PyBytes) a[0]).toByteArray(), encoding, errors));
        } else if (a[0] instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        } else {
            // PyUnicode_FromEncodedObject: any other buffer (bytearray, memoryview) decodes too
            byte[] data = BytesData.ofOrNull(a[0]);
            if (data == null) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + a[0].type().name + " found");
            }
            s = PyStr.of(StrDecode.decode(data, encoding, errors));
        }
        if (type == PyStr.TYPE) {
            return s;
        }
        return new PyStrSubclass(type, s.value());
    }

    private static String stringArg(PyObject o, String name) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("str() argument '" + name + "' must be str, not " + o.type().name);
        }
        return v(o);
    }

    static void define(PyType t) {
        StrMethods.define(t);
    }
}
