package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * {@code int.to_bytes} and {@code int.from_bytes}; CPython's {@code int_to_bytes_impl} and
 * {@code int_from_bytes_impl} (Objects/longobject.c) over {@code _PyLong_AsByteArray} and
 * {@code _PyLong_FromByteArray}: two's complement when signed.
 */
final class IntBytes {
    private IntBytes() {}

    /** "big" or "little"; anything else is a ValueError. */
    private static boolean littleEndian(PyObject byteorder) {
        if (!(byteorder instanceof PyStr)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + byteorder.type().name);
        }
        String s = ((PyStr) byteorder).value();
        if (s.equals("little")) {
            return true;
        }
        if (!s.equals("big")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        return false;
    }

    static PyBytes toBytes(PyInt self, PyObject lengthArg, PyObject byteorder, boolean signed) {
        long length = Abstract.asIndexSized(lengthArg, true);
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = self.toBig();
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        // bits needed: magnitude bits, plus a sign bit when signed
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = twos.length - 1 - i; // i-th byte from the least significant end
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : (int) length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    }

    static PyObject fromBytes(PyObject cls, PyObject data, PyObject byteorder, boolean signed) {
        byte[] b = BytesData.ofOrNull(data);
        if (b == null) {
            if (data instanceof PyStr) {
                throw Errors.typeError("cannot convert 'str' object to bytes");
            }
            b = BytesData.fromObject(data, false);
        }
        boolean little = littleEndian(byteorder);
        byte[] bigEndian = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            bigEndian[i] = little ? b[b.length - 1 - i] : b[i];
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian);
        PyInt r = PyInt.of(v);
        if (cls != PyInt.TYPE) {
            return Abstract.call(cls, r);
        }
        return r;
    }
}
