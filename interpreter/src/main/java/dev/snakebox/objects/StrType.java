package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The slots and the everyday methods of {@code str}; CPython's {@code PyUnicode_Type}
 * ({@code Objects/unicodeobject.c}). Case mapping and the character classes here are the simple
 * per-character ones; the full Unicode versions (special casing, {@code str.format}, {@code %})
 * belong to the text library ({@code objects.text}).
 */
final class StrType {
    private StrType() {}

    static String v(PyObject o) {
        return ((PyStr) o).value;
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(StrRepr.repr(v(self)));
        t.tp_str = self -> self.getClass() == PyStr.class ? self : PyStr.of(v(self));
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = (a, b, op) -> b instanceof PyStr
                ? PyBool.of(Abstract.outcome(Abstract.compareCodePoints(v(a), v(b)), op))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sq_length = self -> ((PyStr) self).length();
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw Errors.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
            }
            return concat(v(a), v(b));
        };
        t.sq_repeat = (a, n) -> repeat((PyStr) a, ((PyInt) n).value);
        t.sq_contains = (self, item) -> {
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name);
            }
            return v(self).contains(v(item));
        };
        t.mp_subscript = StrType::getItem;
        t.tp_iter = self -> new PyStrIter((PyStr) self);
        t.nb_bool = self -> !v(self).isEmpty();
        t.nb[NB_REMAINDER] = (a, b) -> {
            if (!(a instanceof PyStr)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw Errors.notImplemented("printf-style str formatting ('%') is not supported yet");
        };
        t.tp_new = StrType::newStr;
    }

    static PyStr concat(String x, String y) {
        if ((long) x.length() + y.length() > PyStr.MAX_LENGTH) {
            throw Errors.memoryError();
        }
        return PyStr.of(x.concat(y));
    }

    static PyStr repeat(PyStr s, long n) {
        if (n <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (n > PyStr.MAX_LENGTH / s.value.length()) {
            throw Errors.memoryError();
        }
        int times = (int) n;
        StringBuilder sb = new StringBuilder(s.value.length() * times);
        for (int i = 0; i < times; i++) {
            sb.append(s.value);
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice) {
            int len = s.length();
            long[] r = ((PySlice) key).indices(len);
            int start = (int) r[0];
            int stop = (int) r[1];
            int step = (int) r[2];
            int n = (int) r[3];
            if (step == 1) {
                return n <= 0 ? PyStr.EMPTY : s.substring(start, start + n);
            }
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0, j = start; i < n; i++, j += step) {
                if (s.isNarrow()) {
                    sb.append(s.value.charAt(j));
                } else {
                    sb.append(s.charAt(j).value);
                }
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
            throw Errors.indexError("string index out of range");
        }
        return s.charAt((int) i);
    }

    private static final Signature NEW_SIG = Signature.parse("str(object=?, encoding=?, errors=?)").tupleArgs();

    private static PyObject newStr(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SIG.bind(args, start, nargs, kwnames);
        PyStr s;
        if (a[0] == null) {
            s = PyStr.EMPTY;
        } else if (a[1] == null && a[2] == null) {
            s = Abstract.str(a[0]);
        } else {
            if (a[0] instanceof PyBytes) {
                throw Errors.notImplemented("decoding bytes is not supported yet");
            }
            throw Errors.typeError("decoding to str: need a bytes-like object, " + a[0].type().name + " found");
        }
        if (type == PyStr.TYPE) {
            return s;
        }
        return new PyStrSubclass(type, s.value);
    }

    // ---- methods ---------------------------------------------------------------------------------

    private static String arg(PyObject o, String method, int pos) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(method + "() argument " + pos + " must be str, not " + o.type().name);
        }
        return v(o);
    }

    /** {@code str.isspace} for one character, as {@code Py_UNICODE_ISSPACE}. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f || c == 0x85 || c == 0xa0
                || c > 0xff && Character.isWhitespace(c) || c == 0x2007 || c == 0x202f;
    }

    static void define(PyType t) {
        t.method("join(iterable, /)", (self, a) -> join(v(self), a[0]));
        t.method("split(sep=None, maxsplit=-1)", (self, a) -> split(v(self), a[0], Abstract.asIndexSized(a[1], true)));
        t.method("rsplit(sep=None, maxsplit=-1)", (self, a) -> rsplit(v(self), a[0], Abstract.asIndexSized(a[1], true)));
        t.method("splitlines(keepends=False)", (self, a) -> splitlines(v(self), Abstract.isTrue(a[0])));
        t.method("strip(chars=None, /)", (self, a) -> strip(self, a[0], true, true));
        t.method("lstrip(chars=None, /)", (self, a) -> strip(self, a[0], true, false));
        t.method("rstrip(chars=None, /)", (self, a) -> strip(self, a[0], false, true));
        t.method("startswith(prefix, start=None, end=None, /)", (self, a) -> PyBool.of(affix((PyStr) self, a, true, "startswith")));
        t.method("endswith(suffix, start=None, end=None, /)", (self, a) -> PyBool.of(affix((PyStr) self, a, false, "endswith")));
        t.method("replace(old, new, count=-1, /)", (self, a) -> replace(v(self), arg(a[0], "replace", 1), arg(a[1], "replace", 2),
                Abstract.asIndexSized(a[2], true)));
        t.method("upper()", (self, a) -> PyStr.of(upper(v(self))));
        t.method("lower()", (self, a) -> PyStr.of(lower(v(self))));
        t.method("casefold()", (self, a) -> PyStr.of(lower(v(self))));
        t.method("swapcase()", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            for (char c : v(self).toCharArray()) {
                sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
            }
            return PyStr.of(sb.toString());
        });
        t.method("capitalize()", (self, a) -> {
            String s = v(self);
            return s.isEmpty() ? PyStr.EMPTY : PyStr.of(upper(s.substring(0, 1)) + lower(s.substring(1)));
        });
        t.method("title()", (self, a) -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (char c : v(self).toCharArray()) {
                boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
                sb.append(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                prevCased = cased;
            }
            return PyStr.of(sb.toString());
        });
        t.method("find(sub, start=None, end=None, /)", (self, a) -> PyInt.of(find((PyStr) self, a, "find", false)));
        t.method("rfind(sub, start=None, end=None, /)", (self, a) -> PyInt.of(find((PyStr) self, a, "rfind", true)));
        t.method("index(sub, start=None, end=None, /)", (self, a) -> {
            int i = find((PyStr) self, a, "index", false);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("rindex(sub, start=None, end=None, /)", (self, a) -> {
            int i = find((PyStr) self, a, "rindex", true);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return PyInt.of(i);
        });
        t.method("count(sub, start=None, end=None, /)", (self, a) -> PyInt.of(count((PyStr) self, a)));
        t.method("partition(sep, /)", (self, a) -> partition(v(self), a[0], false));
        t.method("rpartition(sep, /)", (self, a) -> partition(v(self), a[0], true));
        t.method("removeprefix(prefix, /)", (self, a) -> {
            String s = v(self);
            String p = arg(a[0], "removeprefix", 1);
            return s.startsWith(p) ? PyStr.of(s.substring(p.length())) : PyStr.of(s);
        });
        t.method("removesuffix(suffix, /)", (self, a) -> {
            String s = v(self);
            String p = arg(a[0], "removesuffix", 1);
            return s.endsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(0, s.length() - p.length())) : PyStr.of(s);
        });
        t.method("zfill(width, /)", (self, a) -> {
            String s = v(self);
            int len = ((PyStr) self).length();
            long w = Abstract.asIndexSized(a[0], true);
            if (w <= len) {
                return PyStr.of(s);
            }
            StringBuilder sb = new StringBuilder();
            int signLen = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
            sb.append(s, 0, signLen);
            for (long i = len; i < w; i++) {
                sb.append('0');
            }
            sb.append(s, signLen, s.length());
            return PyStr.of(sb.toString());
        });
        t.method("center(width, fillchar=' ', /)", (self, a) -> pad((PyStr) self, a, 'c'));
        t.method("ljust(width, fillchar=' ', /)", (self, a) -> pad((PyStr) self, a, 'l'));
        t.method("rjust(width, fillchar=' ', /)", (self, a) -> pad((PyStr) self, a, 'r'));
        t.method("isdigit()", (self, a) -> allChars(v(self), Character::isDigit));
        t.method("isdecimal()", (self, a) -> allChars(v(self), Character::isDigit));
        t.method("isnumeric()", (self, a) -> allChars(v(self), Character::isDigit));
        t.method("isalpha()", (self, a) -> allChars(v(self), Character::isLetter));
        t.method("isalnum()", (self, a) -> allChars(v(self), Character::isLetterOrDigit));
        t.method("isspace()", (self, a) -> allChars(v(self), StrType::isSpace));
        t.method("isascii()", (self, a) -> {
            for (char c : v(self).toCharArray()) {
                if (c > 0x7f) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("isidentifier()", (self, a) -> {
            String s = v(self);
            if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
                return PyBool.FALSE;
            }
            return allChars(s, c -> Character.isLetterOrDigit(c) || c == '_');
        });
        t.method("isupper()", (self, a) -> cased(v(self), true));
        t.method("islower()", (self, a) -> cased(v(self), false));
        t.method("__format__(format_spec, /)", (self, a) -> Formatting.formatStr((PyStr) self, Formatting.spec(a[0])));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(PyStr.of(v(self))));
        t.method("__sizeof__()", (self, a) -> PyInt.of(49 + v(self).length()));
        t.method("expandtabs(tabsize=8)", (self, a) -> {
            long ts = Abstract.asIndexSized(a[0], true);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : v(self).toCharArray()) {
                if (c == '\t') {
                    if (ts > 0) {
                        int n = (int) (ts - col % ts);
                        for (int k = 0; k < n; k++) {
                            sb.append(' ');
                        }
                        col += n;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return PyStr.of(sb.toString());
        });
    }

    interface CharTest {
        boolean test(char c);
    }

    private static PyObject allChars(String s, CharTest test) {
        if (s.isEmpty()) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!test.test(s.charAt(i))) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject cased(String s, boolean upper) {
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return PyBool.FALSE;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) {
                any = true;
            }
        }
        return PyBool.of(any);
    }

    static String upper(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char u = c < 0x80 ? (c >= 'a' && c <= 'z' ? (char) (c - 32) : c) : Character.toUpperCase(c);
            if (u != c && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(u);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String lower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if (l != c && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(l);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static PyObject join(String sep, PyObject iterable) {
        if (iterable.type().tp_iter == null && iterable.type().mp_subscript == null) {
            throw Errors.typeError("can only join an iterable");
        }
        PyObject[] items = Abstract.toArray(iterable);
        if (items.length == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(v(items[i]));
            if (sb.length() > PyStr.MAX_LENGTH) {
                throw Errors.memoryError();
            }
        }
        return PyStr.of(sb.toString());
    }

    private static PyObject split(String s, PyObject sepObj, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepObj == PyNone.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    int e = n;
                    while (e > i && isSpace(s.charAt(e - 1))) {
                        e--;
                    }
                    out.add(PyStr.of(s.substring(i, e)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return PyList.of(out.toArray(new PyObject[0]));
        }
        if (!(sepObj instanceof PyStr)) {
            throw Errors.typeError("must be str or None, not " + sepObj.type().name);
        }
        String sep = v(sepObj);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.add(PyStr.of(s.substring(i)));
        return PyList.of(out.toArray(new PyObject[0]));
    }

    private static PyObject rsplit(String s, PyObject sepObj, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sepObj, -1);
        }
        List<PyObject> out = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    int b = 0;
                    while (b < j && isSpace(s.charAt(b))) {
                        b++;
                    }
                    out.add(PyStr.of(s.substring(b, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(PyStr.of(s.substring(i, j)));
                j = i;
            }
        } else {
            if (!(sepObj instanceof PyStr)) {
                throw Errors.typeError("must be str or None, not " + sepObj.type().name);
            }
            String sep = v(sepObj);
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int j = s.length();
            while (maxsplit-- > 0) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0) {
                    break;
                }
                out.add(PyStr.of(s.substring(i + sep.length(), j)));
                j = i;
            }
            out.add(PyStr.of(s.substring(0, j)));
        }
        java.util.Collections.reverse(out);
        return PyList.of(out.toArray(new PyObject[0]));
    }

    private static PyObject splitlines(String s, boolean keepends) {
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(PyStr.of(s.substring(i, keepends ? j : eol)));
            i = j;
        }
        return PyList.of(out.toArray(new PyObject[0]));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        String s = v(self);
        int b = 0;
        int e = s.length();
        if (chars == PyNone.NONE) {
            while (left && b < e && isSpace(s.charAt(b))) {
                b++;
            }
            while (right && e > b && isSpace(s.charAt(e - 1))) {
                e--;
            }
        } else {
            String cs = arg(chars, left && right ? "strip" : left ? "lstrip" : "rstrip", 1);
            while (left && b < e && cs.indexOf(s.charAt(b)) >= 0) {
                b++;
            }
            while (right && e > b && cs.indexOf(s.charAt(e - 1)) >= 0) {
                e--;
            }
        }
        if (b == 0 && e == s.length() && self.getClass() == PyStr.class) {
            return self;
        }
        return PyStr.of(s.substring(b, e));
    }

    /** The [start, end) range of {@code s} in UTF-16 offsets, from optional slice-like bounds. */
    private static int[] bounds(PyStr s, PyObject start, PyObject end) {
        int len = s.length();
        long b = start == null || start == PyNone.NONE ? 0 : PySlice.sliceIndex(start);
        long e = end == null || end == PyNone.NONE ? len : PySlice.sliceIndex(end);
        if (b < 0) {
            b = Math.max(0, b + len);
        }
        if (e < 0) {
            e = Math.max(0, e + len);
        }
        if (e > len) {
            e = len;
        }
        return new int[] {(int) b, (int) e, len};
    }

    private static boolean affix(PyStr self, PyObject[] a, boolean prefix, String method) {
        int[] r = bounds(self, a[1], a[2]);
        PyObject what = a[0];
        if (what instanceof PyTuple) {
            PyTuple t = (PyTuple) what;
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof PyStr)) {
                    throw Errors.typeError("tuple for " + method + " must only contain str, not " + t.get(i).type().name);
                }
                if (affixOne(self, v(t.get(i)), r, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(what instanceof PyStr)) {
            throw Errors.typeError(method + " first arg must be str or a tuple of str, not " + what.type().name);
        }
        return affixOne(self, v(what), r, prefix);
    }

    private static boolean affixOne(PyStr self, String x, int[] r, boolean prefix) {
        if (r[0] > r[2]) {
            return false;
        }
        if (r[1] - r[0] < new PyStr(x).length()) {
            return false;
        }
        String s = self.value.substring(self.offsetOf(r[0]), self.offsetOf(Math.max(r[0], r[1])));
        return prefix ? s.startsWith(x) : s.endsWith(x);
    }

    private static int find(PyStr self, PyObject[] a, String method, boolean reverse) {
        String sub = arg(a[0], method, 1);
        int[] r = bounds(self, a[1], a[2]);
        if (r[1] - r[0] < new PyStr(sub).length()) {
            return -1;
        }
        int from = self.offsetOf(r[0]);
        int to = self.offsetOf(r[1]);
        String s = self.value.substring(from, to);
        int i = reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
        if (i < 0) {
            return -1;
        }
        return self.isNarrow() ? i + r[0] : self.value.codePointCount(0, from + i);
    }

    private static int count(PyStr self, PyObject[] a) {
        String sub = arg(a[0], "count", 1);
        int[] r = bounds(self, a[1], a[2]);
        if (r[0] > r[1]) {
            return 0;
        }
        int from = self.offsetOf(r[0]);
        int to = self.offsetOf(r[1]);
        String s = self.value.substring(from, to);
        if (sub.isEmpty()) {
            return new PyStr(s).length() + 1;
        }
        int n = 0;
        int i = 0;
        while ((i = s.indexOf(sub, i)) >= 0) {
            n++;
            i += sub.length();
        }
        return n;
    }

    private static PyObject replace(String s, String old, String with, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            long done = 0;
            while (done < count && i <= s.length()) {
                sb.append(with);
                done++;
                if (i < s.length()) {
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    i += Character.charCount(cp);
                } else {
                    i++;
                }
            }
            if (i < s.length()) {
                sb.append(s, i, s.length());
            }
            return PyStr.of(sb.toString());
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(with);
            i = j + old.length();
            done++;
            if (sb.length() > PyStr.MAX_LENGTH) {
                throw Errors.memoryError();
            }
        }
        sb.append(s, i, s.length());
        return PyStr.of(sb.toString());
    }

    private static PyObject partition(String s, PyObject sepObj, boolean reverse) {
        String sep = arg(sepObj, reverse ? "rpartition" : "partition", 1);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s)) : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    private static PyObject pad(PyStr self, PyObject[] a, char how) {
        long w = Abstract.asIndexSized(a[0], true);
        PyObject fc = a[1];
        if (!(fc instanceof PyStr) || ((PyStr) fc).length() != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        int len = self.length();
        if (w <= len) {
            return PyStr.of(self.value);
        }
        int total = (int) (w - len);
        int left;
        if (how == 'l') {
            left = 0;
        } else if (how == 'r') {
            left = total;
        } else {
            left = total / 2 + (total & (int) w & 1);
        }
        String f = v(fc);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < left; i++) {
            sb.append(f);
        }
        sb.append(self.value);
        for (int i = 0; i < total - left; i++) {
            sb.append(f);
        }
        return PyStr.of(sb.toString());
    }
}
