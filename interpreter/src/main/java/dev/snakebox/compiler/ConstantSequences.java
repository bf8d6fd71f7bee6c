package dev.snakebox.compiler;

import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.math.BigInteger;

/**
 * Tuples, bytes and str as compile-time constants: concatenation, repetition within the limits
 * of CPython's {@code safe_multiply} ({@code MAX_COLLECTION_SIZE}, {@code MAX_TOTAL_ITEMS},
 * {@code MAX_STR_SIZE} and {@code check_complexity} in {@code Python/ast_opt.c}), and indexing
 * for {@code fold_subscr}. A null result means "not folded".
 */
final class ConstantSequences {
    private ConstantSequences() {}

    /** {@code MAX_COLLECTION_SIZE}: items. */
    static final int MAX_COLLECTION_SIZE = 256;
    /** {@code MAX_TOTAL_ITEMS}: items, nested collections included. */
    static final int MAX_TOTAL_ITEMS = 1024;

    /** {@code v + w} for two tuples or two bytes; null for other operands. */
    static PyObject concat(PyObject v, PyObject w) {
        if (v instanceof PyTuple && w instanceof PyTuple) {
            PyTuple a = (PyTuple) v;
            PyTuple b = (PyTuple) w;
            PyObject[] items = new PyObject[a.size() + b.size()];
            for (int i = 0; i < a.size(); i++) {
                items[i] = a.get(i);
            }
            for (int i = 0; i < b.size(); i++) {
                items[a.size() + i] = b.get(i);
            }
            return PyTuple.wrap(items);
        }
        if (v instanceof PyBytes && w instanceof PyBytes) {
            byte[] a = ((PyBytes) v).toByteArray();
            byte[] b = ((PyBytes) w).toByteArray();
            byte[] r = new byte[a.length + b.length];
            System.arraycopy(a, 0, r, 0, a.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return new PyBytes(r);
        }
        return null;
    }

    /**
     * {@code safe_multiply} for a sequence times an int (either order): null unless the result is
     * small enough to keep as a constant; a non-sequence operand also gives null.
     */
    static PyObject repeat(PyObject seq, BigInteger count) {
        int size;
        int limit;
        if (seq instanceof PyTuple) {
            size = ((PyTuple) seq).size();
            limit = MAX_COLLECTION_SIZE;
        } else if (seq instanceof PyStr) {
            size = ((PyStr) seq).length();
            limit = ConstantArithmetic.MAX_STR_SIZE;
        } else if (seq instanceof PyBytes) {
            size = ((PyBytes) seq).length();
            limit = ConstantArithmetic.MAX_STR_SIZE;
        } else {
            return null;
        }
        if (count.bitLength() > 63) {
            // PyLong_AsLong overflows (64-bit CPython's limit) or, for an empty sequence, the
            // count is no Py_ssize_t
            return null;
        }
        long n = count.longValue();
        if (size != 0) {
            if (n < 0 || n > limit / size) {
                return null;
            }
            if (seq instanceof PyTuple && n != 0 && checkComplexity(seq, MAX_TOTAL_ITEMS / n) < 0) {
                return null;
            }
        }
        int times = n <= 0 ? 0 : (int) n;
        if (seq instanceof PyTuple) {
            PyTuple t = (PyTuple) seq;
            PyObject[] items = new PyObject[t.size() * times];
            for (int i = 0; i < items.length; i++) {
                items[i] = t.get(i % t.size());
            }
            return PyTuple.wrap(items);
        }
        if (seq instanceof PyStr) {
            String s = ((PyStr) seq).value();
            StringBuilder b = new StringBuilder(s.length() * times);
            for (int i = 0; i < times; i++) {
                b.append(s);
            }
            return PyStr.of(b.toString());
        }
        byte[] a = ((PyBytes) seq).toByteArray();
        byte[] r = new byte[a.length * times];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i % a.length];
        }
        return new PyBytes(r);
    }

    /** {@code check_complexity}: what is left of {@code limit} after counting nested items. */
    static long checkComplexity(PyObject obj, long limit) {
        if (obj instanceof PyTuple) {
            PyTuple t = (PyTuple) obj;
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = checkComplexity(t.get(i), limit);
            }
        } else if (obj instanceof PyFrozenSet) {
            PyFrozenSet s = (PyFrozenSet) obj;
            limit -= s.size();
            for (int i = 0; limit >= 0 && i < s.size(); i++) {
                limit = checkComplexity(s.get(i), limit);
            }
        }
        return limit;
    }

    /**
     * {@code fold_subscr}'s {@code PyObject_GetItem} for a constant container and a constant
     * index: str, bytes and tuples indexed by an int (bool included), negative counting from the
     * end. Null when CPython raises (IndexError, TypeError) or for other containers.
     */
    static PyObject subscript(PyObject container, PyObject index) {
        if (!(index instanceof PyInt)) {
            return null;
        }
        int size;
        if (container instanceof PyStr) {
            size = ((PyStr) container).length();
        } else if (container instanceof PyBytes) {
            size = ((PyBytes) container).length();
        } else if (container instanceof PyTuple) {
            size = ((PyTuple) container).size();
        } else {
            return null;
        }
        BigInteger i = ((PyInt) index).toBig();
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(size));
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(size)) >= 0) {
            return null; // IndexError
        }
        int k = i.intValue();
        if (container instanceof PyStr) {
            String s = ((PyStr) container).value();
            int at = 0;
            for (int skipped = 0; skipped < k; skipped++) {
                at += Character.charCount(s.codePointAt(at));
            }
            return PyStr.of(s.substring(at, at + Character.charCount(s.codePointAt(at))));
        }
        if (container instanceof PyBytes) {
            return PyInt.of(((PyBytes) container).byteAt(k));
        }
        return ((PyTuple) container).get(k);
    }
}
