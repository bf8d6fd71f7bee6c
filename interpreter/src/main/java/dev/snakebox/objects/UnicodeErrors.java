package dev.snakebox.objects;

import dev.snakebox.objects.text.StrDecode;
import dev.snakebox.objects.text.UnicodeEncodeErrors;

/**
 * The text and attributes of UnicodeEncodeError and UnicodeDecodeError: CPython's
 * {@code UnicodeEncodeError_str}, {@code UnicodeDecodeError_str} and the {@code encoding},
 * {@code object}, {@code start}, {@code end}, {@code reason} members (Objects/exceptions.c),
 * read from the five args the codecs give.
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    private static PyTuple args(PyObject self) {
        return ((PyBaseException) self).args;
    }

    private static boolean wellFormed(PyTuple a, boolean decode) {
        return a.size() == 5 && a.get(0) instanceof PyStr && (decode ? a.get(1) instanceof PyBytes : a.get(1) instanceof PyStr)
                && a.get(2) instanceof PyInt && a.get(3) instanceof PyInt && a.get(4) instanceof PyStr;
    }

    static PyObject encodeStr(PyObject self) {
        PyTuple a = args(self);
        if (!wellFormed(a, false)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        return PyStr.of(UnicodeEncodeErrors.describe(((PyStr) a.get(0)).value, ((PyStr) a.get(1)).value,
                ((PyInt) a.get(2)).value, ((PyInt) a.get(3)).value, ((PyStr) a.get(4)).value));
    }

    static PyObject decodeStr(PyObject self) {
        PyTuple a = args(self);
        if (!wellFormed(a, true)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        PyBytes object = (PyBytes) a.get(1);
        long start = ((PyInt) a.get(2)).value;
        int bad = start >= 0 && start < object.length() ? object.byteAt((int) start) : 0;
        return PyStr.of(StrDecode.describe(((PyStr) a.get(0)).value, bad, start, ((PyInt) a.get(3)).value,
                ((PyStr) a.get(4)).value));
    }

    /** The members, each one of the args by position. */
    static void define(PyType t) {
        String[] names = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            t.member(names[i], self -> {
                PyTuple a = args(self);
                return k < a.size() ? a.get(k) : PyNone.NONE;
            });
        }
    }

    /** {@code UnicodeTranslateError_str}: args are (object, start, end, reason). */
    static PyObject translateStr(PyObject self) {
        PyTuple a = args(self);
        if (!(a.size() == 4 && a.get(0) instanceof PyStr && a.get(1) instanceof PyInt && a.get(2) instanceof PyInt
                && a.get(3) instanceof PyStr)) {
            return ExceptionTypes.BaseException.tp_str.apply(self);
        }
        PyStr object = (PyStr) a.get(0);
        long start = ((PyInt) a.get(1)).value;
        long end = ((PyInt) a.get(2)).value;
        String reason = ((PyStr) a.get(3)).value();
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

    /** UnicodeTranslateError's members: its args are (object, start, end, reason); its encoding is None. */
    static void defineTranslate(PyType t) {
        t.member("encoding", self -> PyNone.NONE);
        String[] names = {"object", "start", "end", "reason"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            t.member(names[i], self -> {
                PyTuple a = args(self);
                return k < a.size() ? a.get(k) : PyNone.NONE;
            });
        }
    }
}
