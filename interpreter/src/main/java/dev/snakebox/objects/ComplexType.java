package dev.snakebox.objects;

import static dev.snakebox.bytecode.BinaryOps.*;

/**
 * The slots and methods of {@code complex}; CPython's {@code PyComplex_Type}
 * ({@code Objects/complexobject.c}: {@code complex_add}, {@code complex_richcompare},
 * {@code complex_new_impl}, ...). An int or float operand is first made a complex with a zero
 * imaginary part ({@code TO_COMPLEX}); the arithmetic is {@link ComplexMath}.
 */
final class ComplexType {
    private ComplexType() {}

    /** {@code TO_COMPLEX}: the parts of a complex, float or int operand, or null for another type. */
    static double[] toComplex(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value, 0.0};
        }
        if (o instanceof PyInt) {
            return new double[] {IntOps.toDouble((PyInt) o), 0.0};
        }
        return null;
    }

    static PyObject binary(int op, double[] a, double[] b) {
        switch (op) {
            case NB_ADD: return new PyComplex(a[0] + b[0], a[1] + b[1]);
            case NB_SUBTRACT: return new PyComplex(a[0] - b[0], a[1] - b[1]);
            case NB_MULTIPLY: return of(ComplexMath.prod(a, b));
            case NB_TRUE_DIVIDE: {
                double[] q = ComplexMath.quot(a, b);
                if (q == null) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                return of(q);
            }
            case NB_POWER: return of(ComplexMath.pow(a, b));
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    private static PyComplex of(double[] c) {
        return new PyComplex(c[0], c[1]);
    }

    private static PyComplex c(PyObject o) {
        return (PyComplex) o;
    }

    static void fill(PyType t) {
        int[] ops = {NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE, NB_POWER};
        for (int op : ops) {
            t.nb[op] = (a, b) -> {
                double[] x = toComplex(a);
                double[] y = toComplex(b);
                if (x == null || y == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return binary(op, x, y);
            };
        }
        t.tp_repr = self -> PyStr.of(c(self).repr());
        t.tp_hash = self -> {
            PyComplex z = c(self);
            if (z.real != z.real || z.imag != z.imag) {
                // a nan part hashes as the object itself (_Py_HashDouble of a nan), the other part as usual
                long hr = z.real != z.real ? ObjectType.HASH.hash(self) : PyHash.ofDouble(z.real);
                long hi = z.imag != z.imag ? ObjectType.HASH.hash(self) : PyHash.ofDouble(z.imag);
                long h = hr + 1000003L * hi;
                return h == -1 ? -2 : h;
            }
            return PyHash.ofComplex(z.real, z.imag);
        };
        t.tp_richcompare = ComplexType::compare;
        t.nb_negative = self -> new PyComplex(FloatOps.neg(c(self).real), FloatOps.neg(c(self).imag));
        t.nb_positive = self -> self.getClass() == PyComplex.class ? self : new PyComplex(c(self).real, c(self).imag);
        t.nb_absolute = self -> new PyFloat(ComplexMath.abs(c(self).real, c(self).imag));
        t.nb_bool = self -> c(self).real != 0.0 || c(self).imag != 0.0;
        t.tp_new = ComplexType::newComplex;
    }

    /** {@code complex_richcompare}: only {@code ==} and {@code !=}; an int is compared exactly. */
    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyComplex x = c(a);
        boolean equal;
        if (b instanceof PyInt) {
            equal = x.imag == 0.0 && x.real == x.real && FloatOps.compareIntFloat((PyInt) b, x.real) == 0;
        } else if (b instanceof PyFloat) {
            equal = x.imag == 0.0 && x.real == ((PyFloat) b).value;
        } else if (b instanceof PyComplex) {
            equal = x.real == c(b).real && x.imag == c(b).imag;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(equal == (op == Abstract.EQ));
    }

    private static final Signature NEW_SIG = Signature.parse("complex(real=?, imag=?)");
    private static final PyStr COMPLEX = PyStr.intern("__complex__");

    /** {@code complex_new_impl}. */
    private static PyObject newComplex(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject[] a = NEW_SIG.bind(args, start, nargs, kwnames);
        PyObject r = a[0] == null ? PyInt.of(0) : a[0];
        PyObject i = a[1];
        if (r.getClass() == PyComplex.class && i == null && type == PyComplex.TYPE) {
            return r;
        }
        if (r instanceof PyStr) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return make(type, ComplexParser.parse(((PyStr) r).value()));
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        double[] cr = null;
        boolean crIsComplex = false;
        PyObject special = r instanceof PyComplex ? null : r.type().lookup(COMPLEX);
        if (special != null) {
            PyObject v = HeapSlots.callDescr(special, r, new PyObject[0]);
            if (!(v instanceof PyComplex)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + v.type().name + ")");
            }
            if (v.getClass() != PyComplex.class) {
                Warnings.deprecated("__complex__ returned non-complex (type " + v.type().name + ").  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.");
            }
            cr = new double[] {c(v).real, c(v).imag};
            crIsComplex = true;
        }
        if (!crIsComplex && r.type().nb_float == null && r.type().nb_index == null && !(r instanceof PyComplex)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + r.type().name + "'");
        }
        if (i != null && i.type().nb_float == null && i.type().nb_index == null && !(i instanceof PyComplex)) {
            throw Errors.typeError("complex() second argument must be a number, not '" + i.type().name + "'");
        }
        if (r instanceof PyComplex) {
            cr = new double[] {c(r).real, c(r).imag};
            crIsComplex = true;
        } else if (!crIsComplex) {
            cr = new double[] {FloatType.convert(r), 0.0};
        }
        double[] ci;
        boolean ciIsComplex = false;
        if (i == null) {
            ci = new double[] {cr[1], 0.0};
        } else if (i instanceof PyComplex) {
            ci = new double[] {c(i).real, c(i).imag};
            ciIsComplex = true;
        } else {
            ci = new double[] {FloatType.convert(i), 0.0};
        }
        double re = cr[0];
        double im = ci[0];
        if (ciIsComplex) {
            re -= ci[1];
        }
        if (crIsComplex && i != null) {
            im += cr[1];
        }
        return make(type, new double[] {re, im});
    }

    private static PyComplex make(PyType type, double[] v) {
        if (type == PyComplex.TYPE) {
            return new PyComplex(v[0], v[1]);
        }
        return new PyComplexSubclass(type, v[0], v[1]);
    }

    static void define(PyType t) {
        NumberPow.define(t, NumberPow.COMPLEX);
        t.method("__format__(format_spec, /)", (self, a) -> Formatting.formatComplex((PyComplex) self, Formatting.spec(a[0])));
        t.method("conjugate()", (self, a) -> new PyComplex(c(self).real, FloatOps.neg(c(self).imag)));
        t.method("__complex__()", (self, a) -> self.getClass() == PyComplex.class ? self : new PyComplex(c(self).real, c(self).imag));
        t.method("__getnewargs__()", (self, a) -> PyTuple.of(new PyFloat(c(self).real), new PyFloat(c(self).imag)));
        t.member("real", self -> new PyFloat(c(self).real));
        t.member("imag", self -> new PyFloat(c(self).imag));
    }
}
