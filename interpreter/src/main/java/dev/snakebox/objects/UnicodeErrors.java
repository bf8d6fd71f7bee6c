package dev.snakebox.objects;

import dev.snakebox.objects.text.StrDecode;
import dev.snakebox.objects.text.UnicodeEncodeErrors;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their {@code encoding},
 * {@code object}, {@code start}, {@code end} and {@code reason} members, set from the
 * arguments and writable apart from them, and their texts; CPython's
 * {@code UnicodeEncodeError_init}, {@code UnicodeDecodeError_init},
 * {@code UnicodeTranslateError_init}, {@code UnicodeError_members} and the {@code *_str}
 * functions ({@code Objects/exceptions.c}).
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    private static final int ENCODING = 0;
    private static final int OBJECT = 1;
    private static final int START = 2;
    private static final int END = 3;
    private static final int REASON = 4;
    private static final String[] NAMES = {"encoding", "object", "start", "end", "reason"};

    private static PyObject field(PyObject self, int k) {
        PyObject[] f = ((PyBaseException) self).unicodeFields;
        return f == null ? null : f[k];
    }

    private static PyObject[] fields(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        if (e.unicodeFields == null) {
            e.unicodeFields = new PyObject[5];
        }
        return e.unicodeFields;
    }

    /**
     * The members from args the codecs made (well-formed by construction): (encoding, object,
     * start, end, reason), or (object, start, end, reason) for UnicodeTranslateError.
     */
    static void initFromArgs(PyBaseException e) {
        PyTuple a = e.args;
        boolean translate = e.type().isSubtypeOf(ExceptionTypes.UnicodeTranslateError);
        int n = translate ? 4 : 5;
        if (a.size() != n) {
            e.unicodeFields = null;
            return;
        }
        PyObject[] f = fields(e);
        int from = translate ? 1 : 0;
        for (int i = 0; i < n; i++) {
            f[from + i] = a.get(i);
        }
        if (translate) {
            f[ENCODING] = null;
        }
    }

    /** tp_init: the arguments parsed as CPython's "UOnnU" (and "UnnU" for UnicodeTranslateError). */
    static void init(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        ExceptionTypes.BaseException.tp_init.init(self, args, start, nargs, kwnames);
        PyBaseException e = (PyBaseException) self;
        boolean translate = e.type().isSubtypeOf(ExceptionTypes.UnicodeTranslateError);
        boolean decode = e.type().isSubtypeOf(ExceptionTypes.UnicodeDecodeError);
        int n = translate ? 4 : 5;
        if (nargs != n) {
            throw Errors.typeError("function takes exactly " + n + " arguments (" + nargs + " given)");
        }
        int k = 0;
        if (!translate) {
            requireStr(args[start], 1);
            k = 1;
        }
        PyObject object = args[start + k];
        if (decode) {
            byte[] b = BytesData.of(object);
            if (b == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + object.type().name + "'");
            }
            object = object instanceof PyBytes ? object : new PyBytes(b);
        } else {
            requireStr(object, k + 1);
        }
        PyInt s = Abstract.index(args[start + k + 1]);
        PyInt end = Abstract.index(args[start + k + 2]);
        requireStr(args[start + k + 3], k + 4);
        PyObject[] f = fields(e);
        f[ENCODING] = translate ? null : args[start];
        f[OBJECT] = object;
        f[START] = s;
        f[END] = end;
        f[REASON] = args[start + k + 3];
    }

    private static void requireStr(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("argument " + position + " must be str, not " + o.type().name);
        }
    }

    /** The members: objects (None when unset), and start and end ints ("an integer is required"). */
    static void define(PyType t) {
        for (int i = 0; i < NAMES.length; i++) {
            int k = i;
            t.member(NAMES[i], self -> {
                PyObject v = field(self, k);
                return v == null ? PyNone.NONE : v;
            }, (self, v) -> {
                if (k == START || k == END) {
                    if (v == null) {
                        throw Errors.typeError("can't delete numeric/char attribute");
                    }
                    if (!(v instanceof PyInt)) {
                        throw Errors.typeError("an integer is required");
                    }
                }
                fields(self)[k] = v;
            });
        }
    }

    /** The fields a text needs, or null when one is missing or of another type (then BaseException's text). */
    private static boolean usable(PyObject self, boolean needsEncoding) {
        PyObject[] f = ((PyBaseException) self).unicodeFields;
        return f != null && (!needsEncoding || f[ENCODING] != null) && f[OBJECT] != null && f[START] instanceof PyInt
                && f[END] instanceof PyInt && f[REASON] != null;
    }

    private static long number(PyObject self, int k) {
        PyInt i = (PyInt) field(self, k);
        return i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
    }

    static PyObject encodeStr(PyObject self) {
        if (!usable(self, true) || !(field(self, OBJECT) instanceof PyStr)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        return PyStr.of(UnicodeEncodeErrors.describe(Abstract.str(field(self, ENCODING)).value(),
                ((PyStr) field(self, OBJECT)).value(), number(self, START), number(self, END),
                Abstract.str(field(self, REASON)).value()));
    }

    static PyObject decodeStr(PyObject self) {
        if (!usable(self, true) || !(field(self, OBJECT) instanceof PyBytes)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        PyBytes object = (PyBytes) field(self, OBJECT);
        long start = number(self, START);
        long end = number(self, END);
        String encoding = Abstract.str(field(self, ENCODING)).value();
        String reason = Abstract.str(field(self, REASON)).value();
        if (start >= 0 && start < object.length() && end == start + 1) {
            return PyStr.of(StrDecode.describe(encoding, object.byteAt((int) start), start, end, reason));
        }
        // a range, also for one position past the bytes (CPython names a byte only when it is there)
        return PyStr.of("'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
    }

    /** {@code UnicodeTranslateError_str}. */
    static PyObject translateStr(PyObject self) {
        if (!usable(self, false) || !(field(self, OBJECT) instanceof PyStr)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        PyStr object = (PyStr) field(self, OBJECT);
        long start = number(self, START);
        long end = number(self, END);
        String reason = Abstract.str(field(self, REASON)).value();
        if (start >= 0 && start < object.length() && end == start + 1) {
            int c = object.value().codePointAt(object.offsetOf((int) start));
            String hex = Integer.toHexString(c);
            String esc = c <= 0xff ? "\\x" + pad(hex, 2) : c <= 0xffff ? "\\u" + pad(hex, 4) : "\\U" + pad(hex, 8);
            return PyStr.of("can't translate character '" + esc + "' in position " + start + ": " + reason);
        }
        return PyStr.of("can't translate characters in position " + start + "-" + (end - 1) + ": " + reason);
    }

    private static String pad(String hex, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = hex.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(hex).toString();
    }
}
