package dev.snakebox.compiler;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.Arrays;

/**
 * When two constants may share one slot of {@code co_consts}; CPython's
 * {@code _PyCode_ConstantKey} ({@code Objects/codeobject.c}). Equal values of the same type
 * share, except that {@code 0.0} and {@code -0.0} differ and a NaN only equals itself;
 * {@code 1}, {@code 1.0} and {@code True} never share; complex numbers compare their parts as
 * floats do, tuples their items by these rules, frozensets their sets of items. Code objects
 * compare by content as {@code code_richcompare} does (the same code compiled twice, as a
 * {@code while} test is, is one constant).
 */
final class ConstantKey {
    private final PyObject value;

    ConstantKey(PyObject value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConstantKey)) {
            return false;
        }
        PyObject a = value;
        PyObject b = ((ConstantKey) o).value;
        if (a == b) {
            return true;
        }
        if (a.type() != b.type()) {
            return false;
        }
        if (a instanceof PyInt) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            // compareTo, not equals: in TeaVM's JS build 2**64 and 1 << 64 did not share a slot
            return x.big == null ? y.big == null && x.value == y.value : y.big != null && x.big.compareTo(y.big) == 0;
        }
        if (a instanceof PyFloat) {
            return sameFloat(((PyFloat) a).value, ((PyFloat) b).value);
        }
        if (a instanceof PyStr) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (a instanceof PyComplex) {
            PyComplex x = (PyComplex) a;
            PyComplex y = (PyComplex) b;
            return sameFloat(x.real, y.real) && sameFloat(x.imag, y.imag);
        }
        if (a instanceof PyBytes) {
            return Arrays.equals(((PyBytes) a).toByteArray(), ((PyBytes) b).toByteArray());
        }
        if (a instanceof PyTuple) {
            PyTuple x = (PyTuple) a;
            PyTuple y = (PyTuple) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!new ConstantKey(x.get(i)).equals(new ConstantKey(y.get(i)))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyFrozenSet) {
            return sameItems((PyFrozenSet) a, (PyFrozenSet) b);
        }
        if (a instanceof PyCode) {
            return sameCode((PyCode) a, (PyCode) b);
        }
        return a instanceof PyNone || a instanceof PyBool && a == b;
    }

    /**
     * Two frozensets share a slot when their items' keys are the same set (CPython keys a
     * frozenset by the frozenset of its items' keys); a hash set keeps this linear.
     */
    private static boolean sameItems(PyFrozenSet x, PyFrozenSet y) {
        if (x.size() != y.size()) {
            return false;
        }
        java.util.Set<ConstantKey> keys = new java.util.HashSet<>();
        for (int i = 0; i < x.size(); i++) {
            keys.add(new ConstantKey(x.get(i)));
        }
        for (int i = 0; i < y.size(); i++) {
            if (!keys.contains(new ConstantKey(y.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code code_richcompare}: everything but the qualified name, file name and stack size. */
    private static boolean sameCode(PyCode x, PyCode y) {
        if (!x.name.equals(y.name) || x.argcount != y.argcount || x.posonlyargcount != y.posonlyargcount
                || x.kwonlyargcount != y.kwonlyargcount || x.flags != y.flags || x.firstlineno != y.firstlineno
                || !Arrays.equals(x.code, y.code) || x.consts.length != y.consts.length
                || !Arrays.equals(x.names, y.names) || !Arrays.equals(x.localsplusnames, y.localsplusnames)
                || !Arrays.equals(x.linetable, y.linetable) || !Arrays.equals(x.exceptiontable, y.exceptiontable)) {
            return false;
        }
        for (int i = 0; i < x.consts.length; i++) {
            if (!new ConstantKey(x.consts[i]).equals(new ConstantKey(y.consts[i]))) {
                return false;
            }
        }
        return true;
    }

    /** A NaN equals only itself (by identity of its object, checked before); signed zeros stay apart. */
    private static boolean sameFloat(double x, double y) {
        return x == x && y == y && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
    }

    @Override
    public int hashCode() {
        PyObject v = value;
        if (v instanceof PyBool) {
            return ((PyBool) v).value != 0 ? 1231 : 1237;
        }
        if (v instanceof PyInt) {
            PyInt x = (PyInt) v;
            // from the value's low bits and length, not BigInteger.hashCode (see equals)
            return x.big == null ? Long.hashCode(x.value) : Long.hashCode(x.big.longValue()) * 31 + x.big.bitLength();
        }
        if (v instanceof PyFloat) {
            return Long.hashCode(Double.doubleToRawLongBits(((PyFloat) v).value)) * 31 + 7;
        }
        if (v instanceof PyStr) {
            return ((PyStr) v).value().hashCode();
        }
        if (v instanceof PyNone) {
            return 0;
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            return Long.hashCode(Double.doubleToRawLongBits(c.real)) * 31 + Long.hashCode(Double.doubleToRawLongBits(c.imag));
        }
        if (v instanceof PyBytes) {
            return Arrays.hashCode(((PyBytes) v).toByteArray());
        }
        if (v instanceof PyTuple) {
            PyTuple t = (PyTuple) v;
            int h = 17;
            for (int i = 0; i < t.size(); i++) {
                h = h * 31 + new ConstantKey(t.get(i)).hashCode();
            }
            return h;
        }
        if (v instanceof PyFrozenSet) {
            PyFrozenSet f = (PyFrozenSet) v;
            int h = 23;
            for (int i = 0; i < f.size(); i++) {
                h += new ConstantKey(f.get(i)).hashCode(); // independent of the order
            }
            return h;
        }
        if (v instanceof PyCode) {
            PyCode c = (PyCode) v;
            return (c.name.hashCode() * 31 + Arrays.hashCode(c.code)) * 31 + c.firstlineno;
        }
        return System.identityHashCode(v);
    }
}
