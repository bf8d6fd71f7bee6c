package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.FloatRepr;
import dev.snakebox.objects.IntOps;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * The {@code __format__} methods of the built-in types: CPython's
 * {@code _PyLong_FormatAdvancedWriter}, {@code _PyFloat_FormatAdvancedWriter},
 * {@code _PyComplex_FormatAdvancedWriter} and {@code _PyUnicode_FormatAdvancedWriter}
 * (Python/formatter_unicode.c) and {@code object.__format__} (Objects/typeobject.c).
 *
 * <p>{@code self} may be an instance of a subclass: an empty spec then means {@code str(self)},
 * which may be overridden, and error messages name the subclass.
 */
public final class BuiltinFormat {
    private BuiltinFormat() {
    }

    /** {@code int.__format__(self, spec)} (bool too). */
    public static String formatInt(PyInt self, String spec, FormatHost host) {
        if (spec.isEmpty()) {
            return self.type() == PyInt.TYPE ? IntDigits.inBase(self, 10) : host.str(self);
        }
        FormatSpec parsed = FormatSpec.parse(spec, self.type().name, 'd', '>');
        switch (parsed.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return IntFormatter.format(self, parsed);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                // PyNumber_Float: a subclass may define __float__
                double value = self.type() == PyInt.TYPE ? IntOps.toDouble(self) : host.toDouble(self);
                return FloatFormatter.format(value, parsed);
            default:
                throw FormatSpec.unknownCode(parsed.type, self.type().name);
        }
    }

    /** {@code float.__format__(self, spec)}. */
    public static String formatFloat(PyFloat self, String spec, FormatHost host) {
        if (self.type() == PyFloat.TYPE) {
            return formatFloat(self.value, spec);
        }
        if (spec.isEmpty()) {
            return host.str(self);
        }
        FormatSpec parsed = FormatSpec.parse(spec, self.type().name, (char) 0, '>');
        return switch (parsed.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> FloatFormatter.format(self.value, parsed);
            default -> throw FormatSpec.unknownCode(parsed.type, self.type().name);
        };
    }

    /** {@code format(x, spec)} for a value known to be an exact float (the compiler's constants, f-strings). */
    public static String formatFloat(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(value);
        }
        FormatSpec parsed = FormatSpec.parse(spec, "float", (char) 0, '>');
        return switch (parsed.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> FloatFormatter.format(value, parsed);
            default -> throw FormatSpec.unknownCode(parsed.type, "float");
        };
    }

    /** {@code complex.__format__(self, spec)}. */
    public static String formatComplex(PyComplex self, String spec, FormatHost host) {
        if (spec.isEmpty()) {
            return self.type() == PyComplex.TYPE ? self.repr() : host.str(self);
        }
        FormatSpec parsed = FormatSpec.parse(spec, self.type().name, (char) 0, '>');
        return switch (parsed.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> ComplexFormatter.format(self.real, self.imag, parsed);
            default -> throw FormatSpec.unknownCode(parsed.type, self.type().name);
        };
    }

    /** {@code str.__format__(self, spec)}. */
    public static String formatStr(PyStr self, String spec, FormatHost host) {
        if (self.type() == PyStr.TYPE) {
            return formatStr(self.value(), spec);
        }
        if (spec.isEmpty()) {
            return host.str(self);
        }
        FormatSpec parsed = FormatSpec.parse(spec, self.type().name, 's', '<');
        if (parsed.type != 's') {
            throw FormatSpec.unknownCode(parsed.type, self.type().name);
        }
        return StrFormatter.format(self.value(), parsed);
    }

    /** {@code format(s, spec)} for a value known to be an exact str. */
    public static String formatStr(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec parsed = FormatSpec.parse(spec, "str", 's', '<');
        if (parsed.type != 's') {
            throw FormatSpec.unknownCode(parsed.type, "str");
        }
        return StrFormatter.format(value, parsed);
    }

    /** {@code object.__format__(self, spec)}: {@code str(self)}, and only for an empty spec. */
    public static String formatObject(PyObject self, String spec, FormatHost host) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + self.type().name + ".__format__");
        }
        return host.str(self);
    }

    /**
     * {@code format(o, spec)} without a host call when {@code o} is exactly int, float, complex
     * or str (the fast path of {@code render_field} in unicode_format.h); null otherwise.
     */
    static String formatExact(PyObject o, String spec, FormatHost host) {
        PyObject type = o.type();
        if (type == PyStr.TYPE) {
            return formatStr((PyStr) o, spec, host);
        }
        if (type == PyInt.TYPE) {
            return formatInt((PyInt) o, spec, host);
        }
        if (type == PyFloat.TYPE) {
            return formatFloat((PyFloat) o, spec, host);
        }
        if (type == PyComplex.TYPE) {
            return formatComplex((PyComplex) o, spec, host);
        }
        return null;
    }
}
