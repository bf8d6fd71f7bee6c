package dev.snakebox.objects;

/**
 * Searching in bytes: {@code find}, {@code rfind}, {@code index}, {@code rindex}, {@code count},
 * {@code startswith}, {@code endswith} and {@code in}; CPython's {@code Objects/bytes_methods.c}
 * ({@code find_internal}, {@code _Py_bytes_count}, {@code _Py_bytes_tailmatch}) over
 * {@code stringlib}'s fast search.
 */
final class BytesSearch {
    private BytesSearch() {}

    /** The sub argument of find/count/index: a bytes-like object or an int in range(256). */
    static byte[] subArg(PyObject o) {
        byte[] b = BytesData.of(o);
        if (b != null) {
            return b;
        }
        if (o.type().nb_index == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name + "'");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return new byte[] {(byte) i.value};
    }

    /** {@code ADJUST_INDICES}: start and end of a search in {@code n} bytes (start may exceed n). */
    static int[] range(PyObject start, PyObject end, int n) {
        long s = start == null || start == PyNone.NONE ? 0 : PySlice.sliceIndex(start);
        long e = end == null || end == PyNone.NONE ? n : PySlice.sliceIndex(end);
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e += n;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += n;
            if (s < 0) {
                s = 0;
            }
        }
        return new int[] {(int) Math.min(s, (long) n + 1), (int) e};
    }

    /** The first (or last) index of {@code sub} in {@code s[start:end]}, or -1. */
    static int find(byte[] s, byte[] sub, int start, int end, boolean last) {
        int m = sub.length;
        if (end - start < m) {
            return -1;
        }
        if (!last) {
            for (int i = start; i <= end - m; i++) {
                if (matchesAt(s, sub, i)) {
                    return i;
                }
            }
        } else {
            for (int i = end - m; i >= start; i--) {
                if (matchesAt(s, sub, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean matchesAt(byte[] s, byte[] sub, int i) {
        for (int k = 0; k < sub.length; k++) {
            if (s[i + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code find}-family with its arguments: sub, start, end. */
    static int find(byte[] s, PyObject[] a, boolean last) {
        byte[] sub = subArg(a[0]);
        int[] r = range(a[1], a[2], s.length);
        return find(s, sub, r[0], r[1], last);
    }

    static int index(byte[] s, PyObject[] a, boolean last) {
        int i = find(s, a, last);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    /** Non-overlapping occurrences of sub in {@code s[start:end]}. */
    static int count(byte[] s, PyObject[] a) {
        byte[] sub = subArg(a[0]);
        int[] r = range(a[1], a[2], s.length);
        int start = r[0];
        int end = r[1];
        if (end - start < sub.length) {
            return 0;
        }
        if (sub.length == 0) {
            return end - start + 1;
        }
        int c = 0;
        int i = start;
        while (i <= end - sub.length) {
            if (matchesAt(s, sub, i)) {
                c++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return c;
    }

    /** {@code startswith}/{@code endswith}: a bytes-like affix or a tuple of them. */
    static boolean tailMatch(byte[] s, PyObject[] a, boolean end, String method) {
        int[] r = range(a[1], a[2], s.length);
        if (a[0] instanceof PyTuple) {
            for (PyObject p : ((PyTuple) a[0]).toArray()) {
                if (tailMatchOne(s, BytesData.require(p), r[0], r[1], end)) {
                    return true;
                }
            }
            return false;
        }
        return tailMatchOne(s, affix(a[0], method), r[0], r[1], end);
    }

    private static byte[] affix(PyObject o, String method) {
        byte[] b = BytesData.of(o);
        if (b == null) {
            throw Errors.typeError(method + " first arg must be bytes or a tuple of bytes, not " + o.type().name);
        }
        return b;
    }

    private static boolean tailMatchOne(byte[] s, byte[] p, int start, int end, boolean atEnd) {
        if (start > s.length || end - start < p.length) {
            return false;
        }
        return matchesAt(s, p, atEnd ? end - p.length : start);
    }

    /** {@code x in b}: an int in range(256) or a bytes-like object. */
    static boolean contains(byte[] s, PyObject item) {
        byte[] sub;
        if (item.type().nb_index != null && BytesData.of(item) == null) {
            PyInt i = Abstract.index(item);
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            sub = new byte[] {(byte) i.value};
        } else {
            sub = BytesData.require(item);
        }
        return find(s, sub, 0, s.length, false) >= 0;
    }
}
