package dev.snakebox.builtins;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/** {@code bin}, {@code oct}, {@code hex}, {@code ord} and {@code ascii}; CPython's {@code Python/bltinmodule.c}. */
final class Text {
    private Text() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code bin}/{@code oct}/{@code hex}: sign, prefix, digits. */
    static String radix(PyInt i, int radix, String prefix) {
        String digits = i.big != null ? i.big.abs().toString(radix) : Long.toString(Math.abs(i.value), radix);
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
            return PyInt.of(s.value.codePointAt(0));
        }
        throw Errors.typeError("ord() expected string of length 1, but " + c.type().name + " found");
    }

    /** {@code ascii()}: the repr with non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        int i = 0;
        while (i < repr.length()) {
            int c = repr.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else if (c < 0x10000) {
                sb.append("\\u");
                for (int s = 12; s >= 0; s -= 4) {
                    sb.append(HEX[(c >> s) & 15]);
                }
            } else {
                sb.append("\\U");
                for (int s = 28; s >= 0; s -= 4) {
                    sb.append(HEX[(c >> s) & 15]);
                }
            }
        }
        return sb.toString();
    }
}
