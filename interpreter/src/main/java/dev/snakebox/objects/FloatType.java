package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

/**
 * The slots and methods of {@code float}; CPython's {@code PyFloat_Type}
 * ({@code Objects/floatobject.c}). Operands may be ints, converted exactly or with
 * OverflowError, as {@code CONVERT_TO_DOUBLE} does.
 */
final class FloatType {
    private FloatType() {}

    /** A float or int operand as a double, or null for any other type. */
    private static Double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return IntOps.toDouble((PyInt) o);
        }
        return null;
    }

    static PyObject binary(int op, double a, double b) {
        switch (op) {
            case NB_ADD: return new PyFloat(a + b);
            case NB_SUBTRACT: return new PyFloat(a - b);
            case NB_MULTIPLY: return new PyFloat(a * b);
            case NB_TRUE_DIVIDE: return new PyFloat(FloatOps.div(a, b));
            case NB_FLOOR_DIVIDE: return new PyFloat(FloatOps.floorDiv(a, b));
            case NB_REMAINDER: return new PyFloat(FloatOps.mod(a, b));
            case NB_POWER: return FloatOps.power(a, b);
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    static double value(PyObject o) {
        return ((PyFloat) o).value;
    }

    static void fill(PyType t) {
        int[] ops = {NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_POWER};
        for (int op : ops) {
            t.nb[op] = (a, b) -> {
                Double x = toDouble(a);
                Double y = toDouble(b);
                if (x == null || y == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return binary(op, x, y);
            };
        }
        t.tp_repr = self -> PyStr.of(FloatRepr.repr(value(self)));
        t.tp_hash = self -> {
            double d = value(self);
            return d != d ? ObjectType.HASH.hash(self) : PyHash.ofDouble(d);
        };
        t.tp_richcompare = FloatType::compare;
        t.nb_negative = self -> new PyFloat(FloatOps.neg(value(self))); // not -x: see FloatOps.neg
        t.nb_positive = self -> self.getClass() == PyFloat.class ? self : new PyFloat(value(self));
        t.nb_absolute = self -> new PyFloat(Math.abs(value(self)));
        t.nb_bool = self -> value(self) != 0.0;
        t.nb_int = self -> toInt(value(self));
        t.nb_float = self -> self.getClass() == PyFloat.class ? self : new PyFloat(value(self));
        t.tp_new = FloatType::newFloat;
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        double x = value(a);
        if (b instanceof PyFloat) {
            double y = ((PyFloat) b).value;
            switch (op) {
                case Abstract.LT: return PyBool.of(x < y);
                case Abstract.LE: return PyBool.of(x <= y);
                case Abstract.EQ: return PyBool.of(x == y);
                case Abstract.NE: return PyBool.of(x != y);
                case Abstract.GT: return PyBool.of(x > y);
                default: return PyBool.of(x >= y);
            }
        }
        if (b instanceof PyInt) {
            if (x != x) {
                return PyBool.of(op == Abstract.NE);
            }
            int c = FloatOps.compareIntFloat((PyInt) b, x);
            return PyBool.of(Abstract.outcome(-c, op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code float.__int__}: truncation toward zero. */
    static PyInt toInt(double d) {
        if (d != d) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    private static final Signature NEW_SIG = Signature.parse("float(x=0.0, /)");
    private static final PyStr FLOAT = PyStr.intern("__float__");

    private static PyObject newFloat(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("float() takes no keyword arguments");
        }
        if (nargs > 1) {
            throw Errors.typeError("float expected at most 1 argument, got " + nargs);
        }
        double v = nargs == 0 ? 0.0 : convert(args[start]);
        if (type == PyFloat.TYPE) {
            return new PyFloat(v);
        }
        return new PyFloatSubclass(type, v);
    }

    /** The tail of the DeprecationWarning for {@code __float__} returning a float subclass. */
    static final String STRICT_FLOAT = ".  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.";

    /** {@code PyNumber_Float}. */
    static double convert(PyObject x) {
        if (x instanceof PyFloat) {
            return ((PyFloat) x).value;
        }
        if (x instanceof PyInt) {
            return IntOps.toDouble((PyInt) x);
        }
        if (x instanceof PyStr) {
            return FloatText.fromStr((PyStr) x);
        }
        PyType t = x.type();
        if (t.nb_float != null) {
            PyObject r = t.nb_float.apply(x);
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
            }
            if (r.getClass() != PyFloat.class) {
                Warnings.deprecated(t.name + ".__float__ returned non-float (type " + r.type().name + ")" + FloatType.STRICT_FLOAT);
            }
            return ((PyFloat) r).value;
        }
        if (t.nb_index != null) {
            return IntOps.toDouble(Abstract.index(x));
        }
        byte[] b = BytesData.of(x);
        if (b != null) {
            return FloatText.fromBytes(x, b);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    static void define(PyType t) {
        t.method("is_integer()", (self, a) -> {
            double d = value(self);
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method("conjugate()", (self, a) -> new PyFloat(value(self)));
        NumberPow.define(t, NumberPow.FLOAT);
        NumberDivmod.define(t, false);
        t.method("hex()", (self, a) -> PyStr.of(FloatHex.hex(value(self))));
        t.classMethod("__getformat__(typestr, /)", (cls, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + a[0].type().name);
            }
            String s = ((PyStr) a[0]).value();
            if (!s.equals("double") && !s.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian"); // the JVM's and WebAssembly's doubles, as CPython sees x86's and ARM's
        });
        t.classMethod("fromhex(string, /)", (cls, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            double d;
            try {
                d = FloatParser.parseHex(((PyStr) a[0]).value());
            } catch (FloatTextException e) {
                throw e.isOverflow() ? Errors.overflow(e.getMessage()) : Errors.valueError(e.getMessage());
            }
            return cls == PyFloat.TYPE ? new PyFloat(d) : Abstract.call(cls, new PyFloat(d));
        });
        t.method("__trunc__()", (self, a) -> toInt(value(self)));
        t.method("__floor__()", (self, a) -> toInt(Math.floor(value(self))));
        t.method("__ceil__()", (self, a) -> toInt(Math.ceil(value(self))));
        t.method("__round__(ndigits=None, /)", (self, a) -> round(value(self), a[0]));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(new PyFloat(value(self))));
        t.method("__format__(format_spec, /)", (self, a) -> Formatting.formatFloat((PyFloat) self, Formatting.spec(a[0])));
        t.method("as_integer_ratio()", (self, a) -> {
            double d = value(self);
            if (d != d) {
                throw Errors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw Errors.overflow("cannot convert Infinity to integer ratio");
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(d);
            java.math.BigInteger num = bd.unscaledValue();
            java.math.BigInteger den = java.math.BigInteger.ONE;
            if (bd.scale() > 0) {
                den = java.math.BigInteger.TEN.pow(bd.scale());
            } else {
                num = num.multiply(java.math.BigInteger.TEN.pow(-bd.scale()));
            }
            java.math.BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        t.getter("real", self -> new PyFloat(value(self)));
        t.getter("imag", self -> new PyFloat(0.0));
    }

    /** {@code float.__round__}: to an int when {@code ndigits} is None, else to a float (halves to even on the exact value). */
    static PyObject round(double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            double f = Math.floor(x);
            double diff = x - f;
            double r;
            if (diff > 0.5) {
                r = f + 1;
            } else if (diff < 0.5) {
                r = f;
            } else {
                r = (f / 2 == Math.floor(f / 2)) ? f : f + 1;
            }
            return toInt(r);
        }
        PyInt n = Abstract.index(ndigits);
        if (x != x || Double.isInfinite(x) || x == 0.0) {
            return new PyFloat(x);
        }
        if (n.big != null ? n.big.signum() > 0 : n.value > 400) {
            return new PyFloat(x);
        }
        if (n.big != null || n.value < -400) {
            return new PyFloat(0.0 * x);
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(x).setScale((int) n.value, java.math.RoundingMode.HALF_EVEN);
        double r = FloatParser.parse(bd.toString());
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        if (r == 0.0) {
            r = Math.copySign(0.0, x);
        }
        return new PyFloat(r);
    }
}
