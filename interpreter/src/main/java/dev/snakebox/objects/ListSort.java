package dev.snakebox.objects;

/**
 * {@code list.sort}: stable, using only {@code <}, with optional keys and reversal; CPython's
 * {@code list_sort_impl} ({@code Objects/listobject.c}). A merge sort (Timsort's guarantees that
 * programs can see — stability, {@code <} only, reverse keeping equal items in order — without
 * its speed tricks). The list is empty while it sorts, so a key or {@code __lt__} that changes it
 * is caught ("list modified during sort").
 */
final class ListSort {
    private ListSort() {}

    static void sort(PyList list, PyObject key, boolean reverse) {
        PyObject[] items = list.toArray();
        int n = items.length;
        list.items = new PyObject[0];
        list.size = 0;
        try {
            PyObject[] keys = items;
            if (key != null && key != PyNone.NONE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
            }
            if (reverse) {
                reverse(keys, n);
                if (keys != items) {
                    reverse(items, n);
                }
            }
            if (n > 1) {
                mergeSort(keys, items, keys != items, n);
            }
            if (reverse) {
                reverse(items, n);
            }
        } finally {
            boolean modified = list.size != 0 || list.items.length != 0;
            list.items = items;
            list.size = n;
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject a, PyObject b) {
        // CPython's unsafe_long_compare / unsafe_float_compare: exact ints and floats need no dispatch
        Class<?> ca = a.getClass();
        if (ca == b.getClass()) {
            if (ca == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                return ((PyInt) a).value < ((PyInt) b).value;
            }
            if (ca == PyFloat.class && a.type() == PyFloat.TYPE && b.type() == PyFloat.TYPE) {
                return ((PyFloat) a).value < ((PyFloat) b).value;
            }
        }
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    /** Bottom-up merge sort of {@code keys}, moving {@code values} alongside when they differ. */
    private static void mergeSort(PyObject[] keys, PyObject[] values, boolean withValues, int n) {
        // runs of 8 by binary insertion sort first
        final int run = 8;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                PyObject k = keys[i];
                PyObject v = values[i];
                int l = lo;
                int r = i;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (lt(k, keys[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, i - l);
                keys[l] = k;
                if (withValues) {
                    System.arraycopy(values, l, values, l + 1, i - l);
                    values[l] = v;
                }
            }
        }
        PyObject[] kbuf = new PyObject[n];
        PyObject[] vbuf = withValues ? new PyObject[n] : null;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!lt(keys[mid], keys[mid - 1])) {
                    continue; // already in order
                }
                System.arraycopy(keys, lo, kbuf, lo, hi - lo);
                if (withValues) {
                    System.arraycopy(values, lo, vbuf, lo, hi - lo);
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (lt(kbuf[j], kbuf[i])) {
                        keys[k] = kbuf[j];
                        if (withValues) {
                            values[k] = vbuf[j];
                        }
                        j++;
                    } else {
                        keys[k] = kbuf[i];
                        if (withValues) {
                            values[k] = vbuf[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < mid) {
                    keys[k] = kbuf[i];
                    if (withValues) {
                        values[k] = vbuf[i];
                    }
                    i++;
                    k++;
                }
                while (j < hi) {
                    keys[k] = kbuf[j];
                    if (withValues) {
                        values[k] = vbuf[j];
                    }
                    j++;
                    k++;
                }
            }
        }
    }
}
