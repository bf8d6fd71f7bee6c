package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

import java.math.BigInteger;

/**
 * The slots and methods of {@code int}; CPython's {@code PyLong_Type} ({@code Objects/longobject.c}:
 * {@code long_add}, {@code long_richcompare}, {@code long_new}, ...). The arithmetic itself is
 * {@link IntOps}.
 */
final class IntType {
    private IntType() {}

    /** {@code a <op> b} for two ints (op 0..12), or NotImplemented (matrix multiplication). */
    static PyObject binary(int op, PyInt a, PyInt b) {
        switch (op) {
            case NB_ADD: return IntOps.add(a, b);
            case NB_SUBTRACT: return IntOps.sub(a, b);
            case NB_MULTIPLY: return IntOps.mul(a, b);
            case NB_FLOOR_DIVIDE: return IntOps.floorDiv(a, b);
            case NB_REMAINDER: return IntOps.mod(a, b);
            case NB_TRUE_DIVIDE: return new PyFloat(IntOps.trueDiv(a, b));
            case NB_POWER:
                if (b.signum() < 0) {
                    return new PyFloat(FloatOps.pow(IntOps.toDouble(a), IntOps.toDouble(b)));
                }
                return IntOps.pow(a, b);
            case NB_LSHIFT: return IntOps.lshift(a, b);
            case NB_RSHIFT: return IntOps.rshift(a, b);
            case NB_AND: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 & b.value != 0) : IntOps.and(a, b);
            case NB_OR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 | b.value != 0) : IntOps.or(a, b);
            case NB_XOR: return a instanceof PyBool && b instanceof PyBool ? PyBool.of(a.value != 0 ^ b.value != 0) : IntOps.xor(a, b);
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** The plain int of an int or int subclass instance. */
    static PyInt plain(PyObject o) {
        PyInt i = (PyInt) o;
        Class<?> c = o.getClass();
        return c == PyInt.class ? i : i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    static void fill(PyType t) {
        for (int op = 0; op < 13; op++) {
            final int o = op;
            if (op == NB_MATRIX_MULTIPLY) {
                continue;
            }
            t.nb[op] = (a, b) -> a instanceof PyInt && b instanceof PyInt ? binary(o, (PyInt) a, (PyInt) b)
                    : PyNotImplemented.NOT_IMPLEMENTED;
        }
        // long_to_decimal_string: int.__repr__(True) is '1' (bool's own repr is PyBool.repr)
        t.tp_repr = self -> {
            PyInt i = (PyInt) self;
            return PyStr.of(i.big == null ? LongDigits.toString(i.value) : IntText.toDecimal(i.big));
        };
        t.tp_hash = self -> PyHash.ofInt((PyInt) self);
        t.tp_richcompare = (a, b, op) -> b instanceof PyInt ? PyBool.of(Abstract.outcome(IntOps.compare((PyInt) a, (PyInt) b), op))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.nb_negative = self -> IntOps.negate((PyInt) self);
        t.nb_positive = IntType::plain;
        t.nb_absolute = self -> ((PyInt) self).signum() < 0 ? IntOps.negate((PyInt) self) : plain(self);
        t.nb_invert = self -> IntOps.invert((PyInt) self);
        t.nb_bool = self -> ((PyInt) self).signum() != 0;
        t.nb_index = IntType::plain;
        t.nb_int = IntType::plain;
        t.nb_float = self -> new PyFloat(IntOps.toDouble((PyInt) self));
        t.tp_new = IntType::newInt;
    }

    private static final Signature NEW_SIG = Signature.parse("int(x=?, /, base=?)").tupleArgs();

    /** {@code long_new}: {@code int()}, {@code int(x)}, {@code int(text, base)}. */
    private static PyObject newInt(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SIG.bind(args, start, nargs, kwnames);
        PyInt v;
        if (a[0] == null) {
            if (a[1] != null) {
                throw Errors.typeError("int() missing string argument");
            }
            v = PyInt.of(0);
        } else if (a[1] == null) {
            v = convert(a[0]);
        } else {
            long base = Abstract.asIndexSized(a[1], true);
            if (base != 0 && (base < 2 || base > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (a[0] instanceof PyStr) {
                v = parse(((PyStr) a[0]).value(), (int) base);
            } else if (a[0] instanceof PyBytes || a[0] instanceof PyByteArray) {
                v = parseBytes(BytesData.of(a[0]), (int) base);
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
        }
        if (type == PyInt.TYPE) {
            return v;
        }
        return new PyIntSubclass(type, v);
    }

    private static final PyStr TRUNC = PyStr.intern("__trunc__");
    /** The tail of the DeprecationWarning for {@code __int__}/{@code __index__} returning a bool or another int subclass. */
    static final String STRICT_INT = ".  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.";

    /** {@code PyNumber_Long}: {@code int(x)} for one argument. */
    static PyInt convert(PyObject x) {
        if (x instanceof PyInt) {
            return plain(x);
        }
        PyType t = x.type();
        if (t.nb_int != null) {
            PyObject r = t.nb_int.apply(x);
            if (!(r instanceof PyInt)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name + ")");
            }
            if (r.getClass() != PyInt.class) {
                Warnings.deprecated("__int__ returned non-int (type " + r.type().name + ")" + STRICT_INT);
            }
            return plain(r);
        }
        if (t.nb_index != null) {
            return Abstract.index(x);
        }
        PyObject trunc = t.lookup(TRUNC);
        if (trunc != null) {
            Warnings.deprecated("The delegation of int() to __trunc__ is deprecated.");
            PyObject r = HeapSlots.callDescr(trunc, x, new PyObject[0]);
            if (r instanceof PyInt) {
                return plain(r);
            }
            return Abstract.index(r);
        }
        if (x instanceof PyStr) {
            return parse(((PyStr) x).value(), 10);
        }
        byte[] b = BytesData.of(x);
        if (b != null) {
            return parseBytes(b, 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    /** {@code _PyLong_FromBytes}: the bytes as Latin-1 text; an error shows them (at most 200) as bytes. */
    static PyInt parseBytes(byte[] b, int base) {
        StringBuilder text = new StringBuilder(b.length);
        for (byte x : b) {
            text.append((char) (x & 0xff));
        }
        String shown = PyBytes.repr(java.util.Arrays.copyOf(b, Math.min(b.length, 200)));
        return parse(text.toString(), base, shown.length() > 200 ? shown.substring(0, 200) : shown);
    }

    /** {@code PyLong_FromUnicodeObject}: whitespace, sign, base prefix, digits with single underscores. */
    static PyInt parse(String text, int base) {
        return parse(text, base, null);
    }

    /** {@link #parse(String, int)}; an error shows {@code shown}, or the text's repr cut at 200 characters ({@code %.200R}). */
    private static PyInt parse(String text, int base, String shown) {
        int s = 0;
        int e = text.length();
        while (s < e && FloatParser.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && FloatParser.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int i = s;
        boolean negative = false;
        if (i < e && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < e && text.charAt(i) == '0') {
            char c = Character.toLowerCase(text.charAt(i + 1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = prefixed; // "0x_1" is allowed
        boolean ok = i < e;
        for (int j = i; j < e && ok; j++) {
            char c = text.charAt(j);
            if (c == '_') {
                if (lastUnderscore && !(prefixed && j == i)) {
                    ok = false;
                }
                if (digits.length() == 0 && !prefixed) {
                    ok = false;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || c > 0x7f && !Character.isDigit(c)) {
                ok = false;
                break;
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (lastUnderscore && digits.length() > 0) {
            ok = false;
        }
        if (ok && digits.length() == 0) {
            ok = false;
        }
        if (ok && base == 0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
            // "010" is not a base-0 literal, but "000" is
            for (int j = 0; j < digits.length(); j++) {
                if (digits.charAt(j) != '0') {
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) {
            if (shown == null) {
                shown = StrRepr.repr(text);
                if (shown.length() > 200) {
                    shown = shown.substring(0, 200);
                }
            }
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + shown);
        }
        IntText.checkParseLimit(digits.length(), b);
        PyInt v = IntText.parse(digits.toString(), b);
        return negative ? IntOps.negate(v) : v;
    }

    static void define(PyType t) {
        t.method("bit_length()", (self, a) -> {
            PyInt i = (PyInt) self;
            return PyInt.of(i.big != null ? i.big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(i.value)));
        });
        t.method("bit_count()", (self, a) -> {
            PyInt i = (PyInt) self;
            return PyInt.of(i.big != null ? i.big.abs().bitCount() : Long.bitCount(Math.abs(i.value)));
        });
        t.method("to_bytes(length=1, byteorder='big', *, signed=False)",
                (self, a) -> IntBytes.toBytes((PyInt) self, a[0], a[1], Abstract.isTrue(a[2])));
        t.classMethod("from_bytes(bytes, byteorder='big', *, signed=False)",
                (cls, a) -> IntBytes.fromBytes(cls, a[0], a[1], Abstract.isTrue(a[2])));
        NumberPow.define(t, NumberPow.INT);
        NumberDivmod.define(t, true);
        t.method("conjugate()", (self, a) -> plain(self));
        t.method("is_integer()", (self, a) -> PyBool.TRUE);
        t.method("as_integer_ratio()", (self, a) -> PyTuple.of(plain(self), PyInt.of(1)));
        t.method("__trunc__()", (self, a) -> plain(self));
        t.method("__floor__()", (self, a) -> plain(self));
        t.method("__ceil__()", (self, a) -> plain(self));
        t.method("__round__(ndigits=None, /)", (self, a) -> round((PyInt) self, a[0]));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(plain(self)));
        t.method("__format__(format_spec, /)", (self, a) -> Formatting.formatInt((PyInt) self, Formatting.spec(a[0])));
        t.method("__sizeof__()", (self, a) -> PyInt.of(28));
        t.getter("real", IntType::plain);
        t.getter("imag", self -> PyInt.of(0));
        t.getter("numerator", IntType::plain);
        t.getter("denominator", self -> PyInt.of(1));
    }

    /** {@code int.__round__}: to a multiple of {@code 10**-ndigits}, halves to even. */
    static PyInt round(PyInt x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return plain(x);
        }
        PyInt n = Abstract.index(ndigits);
        if (n.signum() >= 0) {
            return plain(x);
        }
        if (n.big != null || n.value < -10000) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n.value);
        BigInteger v = x.toBig();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }
}
