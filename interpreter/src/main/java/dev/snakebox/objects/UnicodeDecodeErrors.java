package dev.snakebox.objects;

/**
 * UnicodeDecodeError as the codecs raise it, and the text of both UnicodeDecodeError and UnicodeEncodeError; CPython's {@code PyUnicodeDecodeError_Create} and
 * {@code UnicodeDecodeError_str} (Objects/exceptions.c). Its args are CPython's: (encoding,
 * object, start, end, reason), start and end byte indexes into object.
 */
public final class UnicodeDecodeErrors {
    /**
     * {@code str()} of a UnicodeEncodeError ({@code UnicodeEncodeError_str}): the text library's
     * {@link dev.snakebox.objects.text.UnicodeEncodeErrors#describe} when the args are the five
     * fields, else the generic text.
     */
    public static PyObject encodeStr(PyObject self) {
        PyTuple args = ((PyBaseException) self).args;
        PyObject[] a = args.toArray();
        if (a.length != 5 || !(a[0] instanceof PyStr) || !(a[1] instanceof PyStr) || !(a[2] instanceof PyInt)
                || !(a[3] instanceof PyInt) || !(a[4] instanceof PyStr)) {
            return a.length == 0 ? PyStr.EMPTY : a.length == 1 ? Abstract.str(a[0]) : Abstract.repr(args);
        }
        return PyStr.of(dev.snakebox.objects.text.UnicodeEncodeErrors.describe(((PyStr) a[0]).value, ((PyStr) a[1]).value,
                ((PyInt) a[2]).value, ((PyInt) a[3]).value, ((PyStr) a[4]).value));
    }

    private UnicodeDecodeErrors() {}

    /**
     * The attributes of UnicodeDecodeError and UnicodeEncodeError ({@code encoding},
     * {@code object}, {@code start}, {@code end}, {@code reason}), read from the args the codecs
     * give them (CPython stores them in fields at creation; here they cannot be reassigned).
     */
    public static void attributes(PyType t) {
        String[] names = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            t.getter(names[i], self -> {
                PyObject[] a = ((PyBaseException) self).args.toArray();
                return a.length == 5 ? a[k] : PyNone.NONE;
            });
        }
    }

    static PyException create(String encoding, byte[] object, int start, int end, String reason) {
        return new PyException(new PyBaseException(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding),
                PyBytes.wrap(object.clone()), PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    /**
     * {@code str()} of a UnicodeDecodeError: one byte named in hex when the range holds exactly
     * one, else the range of positions; the generic text when the args are not the five fields.
     */
    public static PyObject str(PyObject self) {
        PyTuple args = ((PyBaseException) self).args;
        PyObject[] a = args.toArray();
        if (a.length != 5 || !(a[0] instanceof PyStr) || BytesData.of(a[1]) == null || !(a[2] instanceof PyInt)
                || !(a[3] instanceof PyInt) || !(a[4] instanceof PyStr)) {
            return a.length == 0 ? PyStr.EMPTY : a.length == 1 ? Abstract.str(a[0]) : Abstract.repr(args);
        }
        String encoding = ((PyStr) a[0]).value;
        byte[] object = BytesData.of(a[1]);
        long start = ((PyInt) a[2]).value;
        long end = ((PyInt) a[3]).value;
        String reason = ((PyStr) a[4]).value;
        if (start >= 0 && start < object.length && end == start + 1) {
            int b = object[(int) start] & 0xff;
            String hex = Integer.toHexString(b);
            return PyStr.of("'" + encoding + "' codec can't decode byte 0x" + (hex.length() < 2 ? "0" + hex : hex)
                    + " in position " + start + ": " + reason);
        }
        return PyStr.of("'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason);
    }
}
