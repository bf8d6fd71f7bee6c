package dev.snakebox.objects;

import java.math.BigInteger;

/** The slots and methods of {@code range}; CPython's {@code PyRange_Type} ({@code Objects/rangeobject.c}). */
final class RangeType {
    private RangeType() {}

    static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    static void fill(PyType t) {
        t.tp_new = RangeType::newRange;
        t.tp_repr = self -> {
            PyRange r = r(self);
            String s = "range(" + r.start.repr() + ", " + r.stop.repr();
            if (!(r.step.big == null && r.step.value == 1)) {
                s += ", " + r.step.repr();
            }
            return PyStr.of(s + ")");
        };
        t.sq_length = self -> {
            BigInteger n = r(self).length;
            if (n.bitLength() > 31) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return n.intValue();
        };
        t.nb_bool = self -> r(self).length.signum() != 0;
        t.tp_iter = self -> rangeIter(r(self), false);
        t.mp_subscript = RangeType::getItem;
        t.sq_contains = (self, item) -> contains(r(self), item);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange) || op != Abstract.EQ && op != Abstract.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(equal(r(a), r(b)) == (op == Abstract.EQ));
        };
        t.tp_hash = self -> {
            PyRange r = r(self);
            PyObject[] parts;
            if (r.length.signum() == 0) {
                parts = new PyObject[] {PyInt.of(0), PyNone.NONE, PyNone.NONE};
            } else if (r.length.equals(BigInteger.ONE)) {
                parts = new PyObject[] {PyInt.of(1), r.start, PyNone.NONE};
            } else {
                parts = new PyObject[] {PyInt.of(r.length), r.start, r.step};
            }
            return Abstract.hash(PyTuple.wrap(parts));
        };
    }

    private static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (!a.length.equals(b.length)) {
            return false;
        }
        if (a.length.signum() == 0) {
            return true;
        }
        if (!a.start.toBig().equals(b.start.toBig())) {
            return false;
        }
        return a.length.equals(BigInteger.ONE) || a.step.toBig().equals(b.step.toBig());
    }

    static PyObject rangeIter(PyRange r, boolean reversed) {
        if (r.isSmall()) {
            long n = r.length.longValue();
            long st = r.step.value;
            long first = reversed ? r.start.value + (n - 1) * st : r.start.value;
            return new PyRangeIter(first, reversed ? -st : st, n);
        }
        BigInteger n = r.length;
        BigInteger st = r.step.toBig();
        BigInteger first = reversed ? r.start.toBig().add(n.subtract(BigInteger.ONE).multiply(st)) : r.start.toBig();
        return new PyLongRangeIter(first, reversed ? st.negate() : st, n);
    }

    private static final Signature NEW_SIG = Signature.parse("range(start, stop=?, step=?, /)");

    private static PyObject newRange(PyType type, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("range() takes no keyword arguments");
        }
        PyObject[] a = NEW_SIG.bind(args, start, nargs, null);
        if (a[1] == null) {
            return new PyRange(PyInt.of(0), Abstract.index(a[0]), PyInt.of(1));
        }
        PyInt step = a[2] == null ? PyInt.of(1) : Abstract.index(a[2]);
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(Abstract.index(a[0]), Abstract.index(a[1]), step);
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = r(self);
        if (key instanceof PySlice) {
            PySlice s = (PySlice) key;
            BigInteger[] ix = s.bigIndices(r.length);
            BigInteger st = r.step.toBig();
            BigInteger newStart = r.start.toBig().add(st.multiply(ix[0]));
            BigInteger newStop = r.start.toBig().add(st.multiply(ix[1]));
            BigInteger newStep = st.multiply(ix[2]);
            return new PyRange(PyInt.of(newStart), PyInt.of(newStop), PyInt.of(newStep));
        }
        if (key.type().nb_index == null) {
            throw Errors.typeError("range indices must be integers or slices, not " + key.type().name);
        }
        BigInteger i = Abstract.index(key).toBig();
        if (i.signum() < 0) {
            i = i.add(r.length);
        }
        if (i.signum() < 0 || i.compareTo(r.length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return r.item(i);
    }

    private static boolean contains(PyRange r, PyObject item) {
        if (item instanceof PyInt && (item.getClass() == PyInt.class || item instanceof PyBool)) {
            BigInteger v = ((PyInt) item).toBig();
            BigInteger lo = r.start.toBig();
            BigInteger st = r.step.toBig();
            if (r.length.signum() == 0) {
                return false;
            }
            BigInteger last = lo.add(st.multiply(r.length.subtract(BigInteger.ONE)));
            if (st.signum() > 0 ? v.compareTo(lo) < 0 || v.compareTo(last) > 0 : v.compareTo(lo) > 0 || v.compareTo(last) < 0) {
                return false;
            }
            return v.subtract(lo).mod(st.abs()).signum() == 0;
        }
        return Abstract.iterSearchContains(r, item);
    }

    static void define(PyType t) {
        t.member("start", self -> r(self).start);
        t.member("stop", self -> r(self).stop);
        t.member("step", self -> r(self).step);
        t.method("__reversed__()", (self, a) -> rangeIter(r(self), true));
        t.method("__reduce__()", (self, a) -> PyTuple.of(self.type(), PyTuple.of(r(self).start, r(self).stop, r(self).step)));
        t.method("count(value, /)", (self, a) -> {
            if (a[0] instanceof PyInt) {
                return PyInt.of(contains(r(self), a[0]) ? 1 : 0);
            }
            int n = 0;
            PyObject it = Abstract.getIter(self);
            PyObject x;
            while ((x = Abstract.next(it)) != null) {
                if (Abstract.richCompareBool(x, a[0], Abstract.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("index(value, /)", (self, a) -> {
            PyRange r = r(self);
            if (a[0] instanceof PyInt && (a[0].getClass() == PyInt.class || a[0] instanceof PyBool)) {
                if (contains(r, a[0])) {
                    return PyInt.of(((PyInt) a[0]).toBig().subtract(r.start.toBig()).divide(r.step.toBig()));
                }
                throw Errors.valueError(Abstract.repr(a[0]).value() + " is not in range");
            }
            // Other objects: a linear search by ==, as CPython's _PySequence_IterSearch.
            PyObject it = Abstract.getIter(self);
            PyObject x;
            for (long i = 0; (x = Abstract.next(it)) != null; i++) {
                if (Abstract.richCompareBool(x, a[0], Abstract.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
    }
}
