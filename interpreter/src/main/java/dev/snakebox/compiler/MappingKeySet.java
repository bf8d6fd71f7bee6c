package dev.snakebox.compiler;

import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * The set of literal keys a mapping pattern has seen, compared as Python's {@code set} compares
 * them: the {@code seen} set of CPython 3.13's {@code compiler_pattern_mapping}
 * ({@code Python/compile.c}). So {@code 1}, {@code 1.0}, {@code True} and {@code (1+0j)} are one
 * key, as are {@code 0} and {@code -0.0}.
 *
 * <p>Each constant is reduced to a canonical text that two constants share exactly when they are
 * equal in Python, which keeps the check linear in the number of keys.
 */
final class MappingKeySet {
    private final Set<String> seen = new HashSet<>();

    /** Adds {@code key}; false if an equal key was already there. */
    boolean add(PyObject key) {
        String canonical = canonical(key);
        if (canonical == null) {
            return true; // no literal of another kind compares equal to a different object
        }
        return seen.add(canonical);
    }

    /** The canonical text of a literal pattern's constant, or null for other objects. */
    static String canonical(PyObject v) {
        if (v instanceof PyInt) { // bool too: True == 1
            PyInt i = (PyInt) v;
            return "n" + (i.big != null ? i.big.toString() : Long.toString(i.value));
        }
        if (v instanceof PyFloat) {
            return real(((PyFloat) v).value);
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            if (c.imag == 0) {
                return real(c.real);
            }
            return "c" + bits(c.real) + "," + bits(c.imag);
        }
        if (v instanceof PyStr) {
            return "s" + ((PyStr) v).value();
        }
        if (v instanceof PyBytes) {
            return "b" + PyBytes.repr(((PyBytes) v).toByteArray());
        }
        if (v == PyNone.NONE) {
            return "N";
        }
        return null;
    }

    /** A real number: integral values share the int's text, the others their IEEE bits. */
    private static String real(double d) {
        if (d != d) {
            return null; // NaN equals nothing, not even itself
        }
        if (Double.isInfinite(d) || d != Math.floor(d)) {
            return "f" + bits(d);
        }
        if (Math.abs(d) < 0x1p63) {
            return "n" + Long.toString((long) d);
        }
        return "n" + exactInteger(d).toString();
    }

    /** The bits of a double, with -0.0 made 0.0 (they are equal). */
    private static String bits(double d) {
        return Long.toHexString(Double.doubleToLongBits(d == 0 ? 0.0 : d));
    }

    /** The exact integer value of an integral double of magnitude at least 2**63. */
    private static BigInteger exactInteger(double d) {
        long raw = Double.doubleToLongBits(d);
        int exponent = (int) ((raw >>> 52) & 0x7ff) - 1075;
        long mantissa = (raw & ((1L << 52) - 1)) | (1L << 52);
        BigInteger magnitude = BigInteger.valueOf(mantissa).shiftLeft(exponent);
        return raw < 0 ? magnitude.negate() : magnitude;
    }
}
