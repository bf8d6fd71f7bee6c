package dev.snakebox.objects;

/**
 * UnicodeDecodeError as the codecs raise it; CPython's {@code PyUnicodeDecodeError_Create} and
 * {@code UnicodeDecodeError_str} (Objects/exceptions.c). Its args are CPython's: (encoding,
 * object, start, end, reason), start and end byte indexes into object.
 */
public final class UnicodeDecodeErrors {
    private UnicodeDecodeErrors() {}

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
