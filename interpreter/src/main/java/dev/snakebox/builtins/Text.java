package dev.snakebox.builtins;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.LongDigits;
import dev.snakebox.objects.PyByteArray;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/** {@code bin}, {@code oct}, {@code hex}, {@code ord} and {@code ascii}; CPython's {@code Python/bltinmodule.c}. */
final class Text {
    private Text() {}


    /** {@code bin}/{@code oct}/{@code hex}: sign, prefix, digits. */
    static String radix(PyInt i, int radix, String prefix) {
        String digits = i.big != null ? i.big.abs().toString(radix) : LongDigits.toString(Math.abs(i.value), radix);
        if (i.big == null && i.value == Long.MIN_VALUE) {
            digits = java.math.BigInteger.valueOf(i.value).abs().toString(radix);
        }
        return (i.signum() < 0 ? "-" : "") + prefix + digits;
    }

    static PyObject ord(PyObject c) {
        if (c instanceof PyStr) {
            PyStr s = (PyStr) c;
            int n = s.length();
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(s.value().codePointAt(0));
        }
        if (c instanceof PyBytes || c instanceof PyByteArray) {
            byte[] b = c instanceof PyBytes ? ((PyBytes) c).toByteArray() : ((PyByteArray) c).toByteArray();
            if (b.length == 1) {
                return PyInt.of(b[0] & 0xff);
            }
            throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
        }
        throw Errors.typeError("ord() expected string of length 1, but " + c.type().name + " found");
    }
}
