package dev.snakebox.objects.format;

import dev.snakebox.objects.FloatRepr;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.StrRepr;

/**
 * {@code str()}, {@code repr()} and {@code ascii()} of a value for the 's', 'r' and 'a'
 * conversions of str.format and %-formatting: exact str, int and float are done here, anything
 * else asks the host ({@code PyObject_Str}, {@code PyObject_Repr}, {@code PyObject_ASCII} in
 * Objects/object.c).
 */
final class Conversions {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Conversions() {
    }

    static String str(PyObject o, FormatHost host) {
        PyObject type = o.type();
        if (type == PyStr.TYPE) {
            return ((PyStr) o).value;
        }
        if (type == PyInt.TYPE) {
            return IntDigits.inBase((PyInt) o, 10);
        }
        if (type == PyFloat.TYPE) {
            return FloatRepr.repr(((PyFloat) o).value);
        }
        return host.str(o);
    }

    static String repr(PyObject o, FormatHost host) {
        PyObject type = o.type();
        if (type == PyStr.TYPE) {
            return StrRepr.repr(((PyStr) o).value);
        }
        if (type == PyInt.TYPE) {
            return IntDigits.inBase((PyInt) o, 10);
        }
        if (type == PyFloat.TYPE) {
            return FloatRepr.repr(((PyFloat) o).value);
        }
        return host.repr(o);
    }

    /** {@code ascii(o)}: the repr with every non-ASCII code point as \xhh, \\uhhhh or \Uhhhhhhhh. */
    static String ascii(PyObject o, FormatHost host) {
        return escapeNonAscii(repr(o, host));
    }

    /** The 'backslashreplace' error handler applied to the ASCII encoding of {@code text}. */
    static String escapeNonAscii(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else if (c <= 0xff) {
                hex(out, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(out, 'u', c, 4);
            } else {
                hex(out, 'U', c, 8);
            }
        }
        return out.toString();
    }

    private static void hex(StringBuilder out, char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(value >>> shift) & 0xf]);
        }
    }
}
