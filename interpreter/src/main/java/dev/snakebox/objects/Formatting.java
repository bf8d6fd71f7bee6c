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
        return ((PyStr) o).value();
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

    /**
     * {@code str.__format__}: when the spec neither pads nor truncates, CPython's writer hands back
     * {@code s} itself, so a subclass instance comes back as it is (and prints by its own __str__).
     */
    static PyStr formatStr(PyStr s, String spec) {
        if (spec.isEmpty() && s.getClass() == PyStr.class) {
            return s;
        }
        String r = BuiltinFormat.formatStr(s, spec, RuntimeFormatHost.INSTANCE);
        return !spec.isEmpty() && !r.isEmpty() && r.equals(s.value()) ? s : PyStr.of(r);
    }

    /**
     * The result of formatting {@code template} when it holds no field: CPython's writer then hands
     * back the template object itself (a str subclass instance stays one), except the empty string.
     */
    private static PyStr unchanged(PyStr template, String result) {
        return result.equals(template.value()) && !result.isEmpty() ? template : PyStr.of(result);
    }

    /** {@code format(o, spec)} for an instance of exactly int, float, complex or str. */
    static PyStr formatExact(PyObject o, String spec) {
        if (o instanceof PyStr) {
            return formatStr((PyStr) o, spec);
        }
        if (o instanceof PyInt) {
            return formatInt((PyInt) o, spec);
        }
        if (o instanceof PyFloat) {
            return formatFloat((PyFloat) o, spec);
        }
        return formatComplex((PyComplex) o, spec);
    }

    /** {@code template % args} ({@code PyUnicode_Format}). */
    static PyStr percent(PyStr template, PyObject args) {
        String r = PercentFormat.format(template.value(), args, RuntimeFormatHost.INSTANCE);
        return template.value().indexOf('%') < 0 ? unchanged(template, r) : PyStr.of(r);
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} null when the call has none. */
    static PyStr format(PyStr template, PyObject[] args, PyDict kwargs) {
        String r = StrFormat.format(template.value(), args, kwargs, RuntimeFormatHost.INSTANCE);
        return noBraces(template.value()) ? unchanged(template, r) : PyStr.of(r);
    }

    /** {@code template.format_map(mapping)}. */
    static PyStr formatMap(PyStr template, PyObject mapping) {
        String r = StrFormat.formatMap(template.value(), mapping, RuntimeFormatHost.INSTANCE);
        return noBraces(template.value()) ? unchanged(template, r) : PyStr.of(r);
    }

    private static boolean noBraces(String s) {
        return s.indexOf('{') < 0 && s.indexOf('}') < 0;
    }
}
