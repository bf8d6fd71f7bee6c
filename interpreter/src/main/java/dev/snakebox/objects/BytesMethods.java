package dev.snakebox.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The methods bytes and bytearray share; CPython's {@code Objects/bytes_methods.c}, the
 * {@code bytes_*} / {@code bytearray_*} methods of {@code Objects/bytesobject.c} and
 * {@code Objects/bytearrayobject.c}, and {@code stringlib/transmogrify.h}. Each works on the
 * receiver's bytes and returns a new object of the receiver's kind (a bytearray for a bytearray,
 * plain bytes for bytes and its subclasses). Case mapping and character classes are ASCII only.
 */
final class BytesMethods {
    private BytesMethods() {}

    /** The bytes of the receiver (a copy for a bytearray). */
    static byte[] d(PyObject self) {
        return BytesData.of(self);
    }

    /** A new object of the receiver's kind holding {@code b} (owned). */
    static PyObject make(boolean mutable, byte[] b) {
        if (mutable) {
            PyByteArray r = new PyByteArray(PyByteArray.TYPE);
            r.setContent(b);
            return r;
        }
        return PyBytes.wrap(b);
    }

    private static PyList list(boolean mutable, List<byte[]> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(mutable, parts.get(i));
        }
        return PyList.wrap(items);
    }

    static void define(PyType t, boolean m) {
        t.method("find(sub, start=None, end=None, /)", (self, a) -> PyInt.of(BytesSearch.find(d(self), a, false)));
        t.method("rfind(sub, start=None, end=None, /)", (self, a) -> PyInt.of(BytesSearch.find(d(self), a, true)));
        t.method("index(sub, start=None, end=None, /)", (self, a) -> PyInt.of(BytesSearch.index(d(self), a, false)));
        t.method("rindex(sub, start=None, end=None, /)", (self, a) -> PyInt.of(BytesSearch.index(d(self), a, true)));
        t.method("count(sub, start=None, end=None, /)", (self, a) -> PyInt.of(BytesSearch.count(d(self), a)));
        t.method("startswith(prefix, start=None, end=None, /)",
                (self, a) -> PyBool.of(BytesSearch.tailMatch(d(self), a, false, "startswith")));
        t.method("endswith(suffix, start=None, end=None, /)",
                (self, a) -> PyBool.of(BytesSearch.tailMatch(d(self), a, true, "endswith")));
        t.method("split(sep=None, maxsplit=-1)",
                (self, a) -> list(m, BytesSplit.split(d(self), a[0], Abstract.asIndexSized(a[1], true), false)));
        t.method("rsplit(sep=None, maxsplit=-1)",
                (self, a) -> list(m, BytesSplit.split(d(self), a[0], Abstract.asIndexSized(a[1], true), true)));
        t.method("splitlines(keepends=False)", (self, a) -> list(m, BytesSplit.splitlines(d(self), Abstract.isTrue(a[0]))));
        t.method("partition(sep, /)", (self, a) -> parts(m, BytesSplit.partition(d(self), a[0], false)));
        t.method("rpartition(sep, /)", (self, a) -> parts(m, BytesSplit.partition(d(self), a[0], true)));
        t.method("strip(bytes=None, /)", (self, a) -> make(m, strip(d(self), a[0], true, true)));
        t.method("lstrip(bytes=None, /)", (self, a) -> make(m, strip(d(self), a[0], true, false)));
        t.method("rstrip(bytes=None, /)", (self, a) -> make(m, strip(d(self), a[0], false, true)));
        t.method("join(iterable_of_bytes, /)", (self, a) -> make(m, join(d(self), a[0])));
        t.method("replace(old, new, count=-1, /)", (self, a) -> make(m,
                replace(d(self), BytesData.require(a[0]), BytesData.require(a[1]), Abstract.asIndexSized(a[2], true))));
        t.method("removeprefix(prefix, /)", (self, a) -> {
            byte[] s = d(self);
            byte[] p = BytesData.require(a[0]);
            boolean has = p.length <= s.length && BytesSearch.matchesAt(s, p, 0);
            return make(m, has ? Arrays.copyOfRange(s, p.length, s.length) : s.clone());
        });
        t.method("removesuffix(suffix, /)", (self, a) -> {
            byte[] s = d(self);
            byte[] p = BytesData.require(a[0]);
            boolean has = p.length <= s.length && p.length > 0 && BytesSearch.matchesAt(s, p, s.length - p.length);
            return make(m, has ? Arrays.copyOfRange(s, 0, s.length - p.length) : s.clone());
        });
        t.method("lower()", (self, a) -> make(m, mapCase(d(self), 'l')));
        t.method("upper()", (self, a) -> make(m, mapCase(d(self), 'u')));
        t.method("swapcase()", (self, a) -> make(m, mapCase(d(self), 's')));
        t.method("capitalize()", (self, a) -> make(m, mapCase(d(self), 'c')));
        t.method("title()", (self, a) -> make(m, mapCase(d(self), 't')));
        t.method("isalnum()", (self, a) -> all(d(self), 'n'));
        t.method("isalpha()", (self, a) -> all(d(self), 'a'));
        t.method("isdigit()", (self, a) -> all(d(self), 'd'));
        t.method("isspace()", (self, a) -> all(d(self), ' '));
        t.method("isascii()", (self, a) -> {
            for (byte b : d(self)) {
                if (b < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("islower()", (self, a) -> cased(d(self), false));
        t.method("isupper()", (self, a) -> cased(d(self), true));
        t.method("istitle()", (self, a) -> isTitle(d(self)));
        t.method("center(width, fillchar=?, /)", (self, a) -> make(m, pad(d(self), a, 'c', "center")));
        t.method("ljust(width, fillchar=?, /)", (self, a) -> make(m, pad(d(self), a, 'l', "ljust")));
        t.method("rjust(width, fillchar=?, /)", (self, a) -> make(m, pad(d(self), a, 'r', "rjust")));
        t.method("zfill(width, /)", (self, a) -> make(m, zfill(d(self), Abstract.asIndexSized(a[0], true))));
        t.method("expandtabs(tabsize=8)", (self, a) -> make(m, expandtabs(d(self), Abstract.asIndexSized(a[0], true))));
        t.method("hex(sep=?, bytes_per_sep=1)", (self, a) -> PyStr.of(BytesHex.hex(d(self), a[0], a[1])));
        t.classMethod("fromhex(string, /)", (cls, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("fromhex() argument must be str, not " + a[0].type().name);
            }
            byte[] b = BytesHex.fromHex(((PyStr) a[0]).value());
            PyObject r = make(m, b);
            if (cls != (m ? PyByteArray.TYPE : PyBytes.TYPE)) {
                return Abstract.call(cls, r);
            }
            return r;
        });
        t.method("translate(table, /, delete=?)", (self, a) -> make(m, translate(d(self), a[0], a[1] == null ? PyBytes.EMPTY : a[1])));
        t.define("maketrans", new PyStaticMethod(PyStaticMethod.TYPE, new PyBuiltinFunction(t, Signature.parse("maketrans(frm, to, /)"),
                (s, a) -> maketrans(a[0], a[1]), t)));
        t.method("decode(encoding='utf-8', errors='strict')", (self, a) -> PyStr.of(dev.snakebox.objects.text.StrDecode.decode(d(self),
                str(a[0], "decode", "encoding"), str(a[1], "decode", "errors"))));
    }

    private static String str(PyObject o, String method, String name) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + "() argument '" + name + "' must be str, not " + o.type().name);
        }
        return ((PyStr) o).value();
    }

    private static PyTuple parts(boolean m, byte[][] p) {
        return PyTuple.of(make(m, p[0]), make(m, p[1]), make(m, p[2]));
    }

    static byte[] strip(byte[] s, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == PyNone.NONE ? null : BytesData.require(chars);
        int i = 0;
        int j = s.length;
        if (left) {
            while (i < j && stripped(s[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(s[j - 1], set)) {
                j--;
            }
        }
        return Arrays.copyOfRange(s, i, j);
    }

    private static boolean stripped(byte b, byte[] set) {
        if (set == null) {
            return BytesSplit.isSpace(b);
        }
        for (byte c : set) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    /** {@code sep.join(iterable)}: each item bytes-like ("sequence item 0: expected a bytes-like object, str found"). */
    static byte[] join(byte[] sep, PyObject iterable) {
        if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
            throw Errors.typeError("can only join an iterable");
        }
        PyObject[] items = Abstract.toArray(iterable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = BytesData.ofOrNull(items[i]);
            if (b == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
            }
            if (i > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    /** {@code replace(old, new, count)}: an empty old inserts new before each byte and at the end. */
    static byte[] replace(byte[] s, byte[] old, byte[] rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (old.length == 0) {
            int i = 0;
            for (; i < s.length && count > 0; i++, count--) {
                out.write(rep, 0, rep.length);
                out.write(s[i]);
            }
            if (count > 0) {
                out.write(rep, 0, rep.length);
            }
            out.write(s, i, s.length - i);
            return out.toByteArray();
        }
        int i = 0;
        int j;
        while (count > 0 && (j = BytesSearch.find(s, old, i, s.length, false)) >= 0) {
            out.write(s, i, j - i);
            out.write(rep, 0, rep.length);
            i = j + old.length;
            count--;
        }
        out.write(s, i, s.length - i);
        return out.toByteArray();
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static byte[] mapCase(byte[] s, char how) {
        byte[] r = s.clone();
        boolean previousCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            switch (how) {
                case 'l':
                    if (isUpper(c)) r[i] = (byte) (c + 32);
                    break;
                case 'u':
                    if (isLower(c)) r[i] = (byte) (c - 32);
                    break;
                case 's':
                    if (isUpper(c)) r[i] = (byte) (c + 32);
                    else if (isLower(c)) r[i] = (byte) (c - 32);
                    break;
                case 'c':
                    if (i == 0 && isLower(c)) r[i] = (byte) (c - 32);
                    else if (i > 0 && isUpper(c)) r[i] = (byte) (c + 32);
                    break;
                default: // title
                    if (isLower(c) && !previousCased) r[i] = (byte) (c - 32);
                    else if (isUpper(c) && previousCased) r[i] = (byte) (c + 32);
                    previousCased = isLower(c) || isUpper(c);
                    break;
            }
        }
        return r;
    }

    private static PyBool all(byte[] s, char kind) {
        if (s.length == 0) {
            return PyBool.FALSE;
        }
        for (byte b : s) {
            boolean ok;
            switch (kind) {
                case 'n': ok = isLower(b) || isUpper(b) || isDigit(b); break;
                case 'a': ok = isLower(b) || isUpper(b); break;
                case 'd': ok = isDigit(b); break;
                default: ok = BytesSplit.isSpace(b); break;
            }
            if (!ok) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyBool cased(byte[] s, boolean upper) {
        boolean any = false;
        for (byte b : s) {
            if (upper ? isLower(b) : isUpper(b)) {
                return PyBool.FALSE;
            }
            any |= upper ? isUpper(b) : isLower(b);
        }
        return PyBool.of(any);
    }

    private static PyBool isTitle(byte[] s) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : s) {
            if (isUpper(b)) {
                if (previousCased) {
                    return PyBool.FALSE;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!previousCased) {
                    return PyBool.FALSE;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return PyBool.of(cased);
    }

    private static byte[] pad(byte[] s, PyObject[] a, char how, String method) {
        long width = Abstract.asIndexSized(a[0], true);
        byte fill = ' ';
        if (a[1] != null) {
            byte[] f = BytesData.of(a[1]);
            if (f == null || f.length != 1) {
                throw Errors.typeError(method + "() argument 2 must be a byte string of length 1, not " + a[1].type().name);
            }
            fill = f[0];
        }
        if (width <= s.length) {
            return s.clone();
        }
        int total = (int) width - s.length;
        int left;
        if (how == 'l') {
            left = 0;
        } else if (how == 'r') {
            left = total;
        } else {
            left = total / 2 + (total & (int) width & 1);
        }
        byte[] r = new byte[(int) width];
        Arrays.fill(r, fill);
        System.arraycopy(s, 0, r, left, s.length);
        return r;
    }

    private static byte[] zfill(byte[] s, long width) {
        if (width <= s.length) {
            return s.clone();
        }
        int fill = (int) width - s.length;
        byte[] r = new byte[(int) width];
        Arrays.fill(r, 0, fill, (byte) '0');
        System.arraycopy(s, 0, r, fill, s.length);
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            r[0] = s[0];
            r[fill] = '0';
        }
        return r;
    }

    private static byte[] expandtabs(byte[] s, long tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long col = 0;
        for (byte b : s) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    if (col + n > PyByteArray.MAX_SIZE) {
                        throw Errors.overflow("result too long");
                    }
                    for (long k = 0; k < n; k++) {
                        out.write(' ');
                    }
                    col += n;
                }
            } else {
                out.write(b);
                col = b == '\n' || b == '\r' ? 0 : col + 1;
            }
        }
        return out.toByteArray();
    }

    private static byte[] translate(byte[] s, PyObject table, PyObject delete) {
        byte[] map = null;
        if (table != PyNone.NONE) {
            map = BytesData.require(table);
            if (map.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        byte[] del = BytesData.require(delete);
        boolean[] drop = new boolean[256];
        for (byte b : del) {
            drop[b & 0xff] = true;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s) {
            if (!drop[b & 0xff]) {
                out.write(map == null ? b : map[b & 0xff]);
            }
        }
        return out.toByteArray();
    }

    private static PyObject maketrans(PyObject frm, PyObject to) {
        byte[] f = BytesData.require(frm);
        byte[] t = BytesData.require(to);
        if (f.length != t.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return PyBytes.wrap(table);
    }
}
