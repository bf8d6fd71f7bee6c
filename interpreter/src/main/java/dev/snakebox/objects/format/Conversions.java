package dev.snakebox.objects.format;

import dev.snakebox.objects.AsciiEscape;

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

    private Conversions() {
    }

    static String str(PyObject o, FormatHost host) {
        PyObject type = o.type();
        if (type == PyStr.TYPE) {
            return ((PyStr) o).value();
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
            return StrRepr.repr(((PyStr) o).value());
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
        return AsciiEscape.escape(repr(o, host));
    }
}
