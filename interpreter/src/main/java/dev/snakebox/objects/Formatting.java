package dev.snakebox.objects;

import dev.snakebox.objects.format.BuiltinFormat;
import dev.snakebox.objects.format.PercentFormat;
import dev.snakebox.objects.format.StrFormat;

/**
 * The {@code __format__} methods of the built-in types, {@code str.format}, {@code format_map}
 * and {@code str % args}, wired to the formatting library ({@code objects.format}, CPython's
 * {@code Python/formatter_unicode.c}, {@code Objects/stringlib/unicode_format.h} and
 * {@code PyUnicode_Format}) with the runtime as its {@link RuntimeFormatHost}.
 */
public final class Formatting {
    private Formatting() {}

    /** The spec argument of {@code __format__}: must be a str. */
    static String spec(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("__format__() argument must be str, not " + BadArgument.given(o));
        }
        return ((PyStr) o).value;
    }

    static PyStr formatInt(PyInt i, String spec) {
        return PyStr.of(BuiltinFormat.formatInt(i, spec, RuntimeFormatHost.INSTANCE));
    }

    static PyStr formatFloat(PyFloat f, String spec) {
        return PyStr.of(BuiltinFormat.formatFloat(f, spec, RuntimeFormatHost.INSTANCE));
    }

    public static PyStr formatComplex(PyComplex c, String spec) {
        return PyStr.of(BuiltinFormat.formatComplex(c, spec, RuntimeFormatHost.INSTANCE));
    }

    static PyStr formatStr(PyStr s, String spec) {
        if (spec.isEmpty() && s.getClass() == PyStr.class) {
            return s;
        }
        return PyStr.of(BuiltinFormat.formatStr(s, spec, RuntimeFormatHost.INSTANCE));
    }

    /** {@code template % args} ({@code PyUnicode_Format}). */
    static PyStr percent(String template, PyObject args) {
        return PyStr.of(PercentFormat.format(template, args, RuntimeFormatHost.INSTANCE));
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} null when the call has none. */
    static PyStr format(String template, PyObject[] args, PyDict kwargs) {
        return PyStr.of(StrFormat.format(template, args, kwargs, RuntimeFormatHost.INSTANCE));
    }

    /** {@code template.format_map(mapping)}. */
    static PyStr formatMap(String template, PyObject mapping) {
        return PyStr.of(StrFormat.formatMap(template, mapping, RuntimeFormatHost.INSTANCE));
    }
}
