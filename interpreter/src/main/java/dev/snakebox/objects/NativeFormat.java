package dev.snakebox.objects;

import java.math.BigInteger;

/**
 * The native single-character struct formats a memoryview reads and writes; CPython's
 * {@code get_native_fmtchar}, {@code unpack_single} and {@code pack_single}
 * ({@code Objects/memoryobject.c}). Sizes are those of 64-bit CPython (long, size_t and pointers
 * take 8 bytes); data is little-endian, as on every platform CPython runs in a browser or on x86-64.
 */
final class NativeFormat {
    private NativeFormat() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * {@code get_native_fmtchar}: the item size of a format of one native character with an
     * optional '@' before it, or -1 for anything else.
     */
    static int itemSize(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1) {
            return -1;
        }
        return sizeOf(f.charAt(0));
    }

    /** The size of one native format character, or -1. */
    static int sizeOf(char c) {
        switch (c) {
            case 'c': case 'b': case 'B': case '?':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
                return 8;
            default:
                return -1;
        }
    }

    /** The format character of a valid native format ("@i" gives 'i'). */
    static char charOf(String format) {
        return format.charAt(format.length() - 1);
    }

    /** {@code IS_BYTE_FORMAT}. */
    static boolean isByteFormat(char c) {
        return c == 'b' || c == 'B' || c == 'c';
    }

    /** The little-endian unsigned value of {@code size} bytes at {@code p}. */
    static long load(byte[] buf, int p, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (buf[p + i] & 0xff);
        }
        return v;
    }

    /** Stores the low {@code size} bytes of {@code bits} little-endian at {@code p}. */
    static void store(byte[] buf, int p, int size, long bits) {
        for (int i = 0; i < size; i++) {
            buf[p + i] = (byte) (bits >>> (8 * i));
        }
    }

    /** {@code unpack_single}: the item at {@code p} as the struct module would unpack it. */
    static PyObject unpack(byte[] buf, int p, char fmt) {
        switch (fmt) {
            case 'B':
                return PyInt.of(buf[p] & 0xff);
            case 'b':
                return PyInt.of(buf[p]);
            case 'h':
                return PyInt.of((short) load(buf, p, 2));
            case 'H':
                return PyInt.of(load(buf, p, 2));
            case 'i':
                return PyInt.of((int) load(buf, p, 4));
            case 'I':
                return PyInt.of(load(buf, p, 4));
            case 'l': case 'q': case 'n':
                return PyInt.of(load(buf, p, 8));
            case 'L': case 'Q': case 'N': case 'P':
                return unsigned64(load(buf, p, 8));
            case '?':
                // a C _Bool read from any nonzero byte is true on 64-bit CPython
                return PyBool.of(buf[p] != 0);
            case 'c':
                return PyBytes.wrap(new byte[] {buf[p]});
            case 'e':
                return new PyFloat(PackedFloat.unpackHalf((int) load(buf, p, 2)));
            case 'f':
                return new PyFloat(PackedFloat.unpackSingle((int) load(buf, p, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(load(buf, p, 8)));
            default:
                throw Errors.notImplemented("memoryview: format " + fmt + " not supported");
        }
    }

    private static PyInt unsigned64(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
    }

    /**
     * The bits {@code pack_single} would store for {@code item} in format {@code fmt}, with its
     * errors: the value converted first (which may run Python code), "memoryview: invalid type
     * for format 'X'" for a TypeError, "invalid value" for an OverflowError, a ValueError or a
     * value out of range; other exceptions pass through, as do those of bool conversion.
     */
    static long encode(PyObject item, char fmt) {
        switch (fmt) {
            case 'c':
                if (!(item instanceof PyBytes)) {
                    throw invalidType(fmt);
                }
                if (((PyBytes) item).length() != 1) {
                    throw invalidValue(fmt);
                }
                return ((PyBytes) item).raw()[0];
            case '?':
                return Abstract.isTrue(item) ? 1 : 0;
            case 'f': case 'd': case 'e':
                return encodeFloat(item, fmt);
            case 'P':
                if (!(item instanceof PyInt)) {
                    throw invalidType(fmt); // PyLong_AsVoidPtr takes ints only, no __index__
                }
                return encodeInt((PyInt) item, fmt);
            default:
                return encodeInt(index(item, fmt), fmt);
        }
    }

    private static PyInt index(PyObject item, char fmt) {
        try {
            return Abstract.index(item);
        } catch (PyException e) {
            throw fixError(e, fmt);
        }
    }

    private static long encodeInt(PyInt v, char fmt) {
        if (v.big != null) {
            boolean unsigned64 = fmt == 'L' || fmt == 'Q' || fmt == 'N' || fmt == 'P';
            if (unsigned64 && v.big.signum() > 0 && v.big.compareTo(TWO_64) < 0) {
                return v.big.longValue(); // 2**63 .. 2**64-1: the same 64 bits
            }
            throw invalidValue(fmt);
        }
        long x = v.value;
        switch (fmt) {
            case 'b':
                return checked(x, -128, 127, fmt);
            case 'B':
                return checked(x, 0, 255, fmt);
            case 'h':
                return checked(x, Short.MIN_VALUE, Short.MAX_VALUE, fmt);
            case 'H':
                return checked(x, 0, 0xffff, fmt);
            case 'i':
                return checked(x, Integer.MIN_VALUE, Integer.MAX_VALUE, fmt);
            case 'I':
                return checked(x, 0, 0xffffffffL, fmt);
            case 'l': case 'q': case 'n': case 'P':
                return x; // 'P' takes negative values as a signed long (PyLong_AsVoidPtr)
            case 'L': case 'Q': case 'N':
                return checked(x, 0, Long.MAX_VALUE, fmt);
            default:
                throw Errors.notImplemented("memoryview: format " + fmt + " not supported");
        }
    }

    private static long checked(long x, long min, long max, char fmt) {
        if (x < min || x > max) {
            throw invalidValue(fmt);
        }
        return x;
    }

    private static long encodeFloat(PyObject item, char fmt) {
        double d;
        try {
            d = RuntimeFormatHost.INSTANCE.toDouble(item);
        } catch (PyException e) {
            throw fixError(e, fmt);
        }
        switch (fmt) {
            case 'f':
                return PackedFloat.packSingle(d);
            case 'd':
                return Double.doubleToRawLongBits(d);
            default:
                try {
                    return PackedFloat.packHalf(d);
                } catch (PyException e) {
                    throw fixError(e, fmt);
                }
        }
    }

    /** {@code fix_error_int}: TypeError and OverflowError/ValueError reworded, naming the format. */
    private static PyException fixError(PyException e, char fmt) {
        PyType t = e.value.type();
        if (t.isSubtypeOf(ExceptionTypes.TypeError)) {
            return invalidType(fmt);
        }
        if (t.isSubtypeOf(ExceptionTypes.OverflowError) || t.isSubtypeOf(ExceptionTypes.ValueError)) {
            return invalidValue(fmt);
        }
        return e;
    }

    static PyException invalidType(char fmt) {
        return Errors.typeError("memoryview: invalid type for format '" + fmt + "'");
    }

    static PyException invalidValue(char fmt) {
        return Errors.valueError("memoryview: invalid value for format '" + fmt + "'");
    }
}
