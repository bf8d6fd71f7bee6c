package dev.snakebox.objects;

/**
 * Timsort with the powersort merge policy, CPython's {@code MergeState} and the sort helpers of
 * {@code Objects/listobject.c} ({@code count_run}, {@code binarysort}, {@code gallop_left},
 * {@code gallop_right}, {@code merge_lo}, {@code merge_hi}, {@code merge_at},
 * {@code found_new_run}, {@code merge_force_collapse}, {@code merge_compute_minrun}); the method is
 * described in {@code Objects/listsort.txt}. It asks exactly CPython's sequence of {@code <}
 * questions, which programs can observe through {@code __lt__}. Sorts {@code keys} in place,
 * moving {@code values} alongside when there are any. Whatever a comparison raises, both arrays
 * hold a permutation of their input when the exception leaves.
 */
final class TimSort {
    /** Galloping mode is entered after this many consecutive wins of one run (adapted as it goes). */
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MINRUN = 64;
    /** More pending runs than a list can ever need (CPython: the bits of a size_t). */
    private static final int MAX_MERGE_PENDING = 64;

    private final SortCompare cmp;
    private final PyObject[] keys;
    /** The items when a key function made {@link #keys}; null when the keys are the items. */
    private final PyObject[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;

    /** Temporary room for merges. */
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues;

    /** The stack of pending runs: start index, length and powersort power of each. */
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int pending;

    private TimSort(SortCompare cmp, PyObject[] keys, PyObject[] values, int n) {
        this.cmp = cmp;
        this.keys = keys;
        this.values = values;
        this.listlen = n;
    }

    /** Sorts {@code keys[0..n)} (n at least 2) and {@code values} with them. */
    static void sort(SortCompare cmp, PyObject[] keys, PyObject[] values, int n) {
        new TimSort(cmp, keys, values, n).run();
    }

    private void run() {
        int nremaining = listlen;
        int minrun = computeMinrun(nremaining);
        int lo = 0;
        do {
            int n = countRun(lo, nremaining);
            if (n < minrun) {
                int force = nremaining <= minrun ? nremaining : minrun;
                binarySort(lo, force, n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        mergeForceCollapse();
    }

    private boolean lt(PyObject a, PyObject b) {
        return cmp.lt(a, b);
    }

    /** {@code merge_compute_minrun}: n itself below 64, else a k in 32..64 with n/k just below a power of 2. */
    static int computeMinrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** {@code binarysort}: sorts {@code [lo, lo+n)} by binary insertion, its first {@code ok} already sorted. */
    private void binarySort(int lo, int n, int ok) {
        if (ok == 0) {
            ok = 1;
        }
        for (; ok < n; ok++) {
            int l = 0;
            int r = ok;
            PyObject pivot = keys[lo + ok];
            do {
                int m = (l + r) >>> 1;
                if (lt(pivot, keys[lo + m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            } while (l < r);
            System.arraycopy(keys, lo + l, keys, lo + l + 1, ok - l);
            keys[lo + l] = pivot;
            if (values != null) {
                PyObject v = values[lo + ok];
                System.arraycopy(values, lo + l, values, lo + l + 1, ok - l);
                values[lo + l] = v;
            }
        }
    }

    private void reverse(int lo, int n) {
        reverse(keys, lo, n);
        if (values != null) {
            reverse(values, lo, n);
        }
    }

    static void reverse(PyObject[] a, int lo, int n) {
        for (int i = lo, j = lo + n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * {@code count_run}: the length of the run starting at {@code lo}, made ascending in place. A
     * descending run may hold equal neighbours: each group of equal ones is reversed on the fly
     * so that the final reversal of the run restores their order (stability).
     */
    private int countRun(int lo, int nremaining) {
        PyObject[] k = keys;
        int n;
        for (n = 1; n < nremaining; n++) {
            if (lt(k[lo + n], k[lo + n - 1])) {
                break;
            }
        }
        if (n == nremaining) {
            return n;
        }
        // k[lo+n] is strictly less: an ascending run ends, unless all before it were equal
        if (n > 1) {
            if (lt(k[lo], k[lo + n - 1])) {
                return n;
            }
            reverse(lo, n);
        }
        n++;
        int neq = 0;
        for (; n < nremaining; n++) {
            if (lt(k[lo + n], k[lo + n - 1])) {
                if (neq != 0) {
                    neq++;
                    reverse(lo + n - neq, neq);
                    neq = 0;
                }
            } else if (lt(k[lo + n - 1], k[lo + n])) {
                break; // the descending run is over
            } else {
                neq++; // neither is less: equal
            }
        }
        if (neq != 0) {
            neq++;
            reverse(lo + n - neq, neq);
        }
        reverse(lo, n);
        // the reversed run may go on with a naturally ascending suffix
        for (; n < nremaining; n++) {
            if (lt(k[lo + n], k[lo + n - 1])) {
                break;
            }
        }
        return n;
    }

    /**
     * {@code gallop_left}: where {@code key} goes in the sorted {@code a[base..base+n)}, left of
     * any equal items, searching out from {@code hint} by doubling steps then by bisection.
     */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int p = base + hint;
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[p], key)) {
            // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs]
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[p + ofs], key)) {
                    lastofs = ofs;
                    ofs = grow(ofs, maxofs);
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[p - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        // a[lastofs] < key <= a[ofs]: bisect in between
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** {@code gallop_right}: as {@link #gallopLeft}, but right of any items equal to {@code key}. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int p = base + hint;
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[p])) {
            // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[p - ofs])) {
                    lastofs = ofs;
                    ofs = grow(ofs, maxofs);
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs]
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[p + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        // a[lastofs] <= key < a[ofs]: bisect in between
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    /** The next galloping offset, 2*ofs+1, kept from overflowing an int (then past maxofs anyway). */
    private static int grow(int ofs, int maxofs) {
        return ofs > (Integer.MAX_VALUE - 1) / 2 ? maxofs : (ofs << 1) + 1;
    }

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (values != null) {
                tmpValues = new PyObject[need];
            }
        }
    }

    private void copyToTmp(int from, int n) {
        System.arraycopy(keys, from, tmpKeys, 0, n);
        if (values != null) {
            System.arraycopy(values, from, tmpValues, 0, n);
        }
    }

    /** Copies {@code n} slots from the temporary room at {@code from} to the arrays at {@code to}. */
    private void copyFromTmp(int from, int to, int n) {
        System.arraycopy(tmpKeys, from, keys, to, n);
        if (values != null) {
            System.arraycopy(tmpValues, from, values, to, n);
        }
    }

    /** Moves {@code n} slots within the arrays (overlap allowed). */
    private void move(int from, int to, int n) {
        System.arraycopy(keys, from, keys, to, n);
        if (values != null) {
            System.arraycopy(values, from, values, to, n);
        }
    }

    private void set(int to, int from) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    private void setFromTmp(int to, int from) {
        keys[to] = tmpKeys[from];
        if (values != null) {
            values[to] = tmpValues[from];
        }
    }

    /**
     * {@code merge_lo}: merges the runs {@code [pa, pa+na)} and {@code [pb, pb+nb)} (adjacent,
     * na <= nb, the first run's last item belongs last) through a copy of the first run.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        copyToTmp(pa, na);
        PyObject[] k = keys;
        PyObject[] tk = tmpKeys;
        int dest = pa;
        int a = 0;
        int b = pb;
        boolean copyB = false;
        set(dest++, b++);
        nb--;
        try {
            body:
            {
                if (nb == 0) {
                    break body;
                }
                if (na == 1) {
                    copyB = true;
                    break body;
                }
                int mg = minGallop;
                for (;;) {
                    int acount = 0; // times in a row the first run won
                    int bcount = 0; // times in a row the second run won
                    for (;;) {
                        if (lt(k[b], tk[a])) {
                            set(dest++, b++);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 0) {
                                break body;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        } else {
                            setFromTmp(dest++, a++);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 1) {
                                copyB = true;
                                break body;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        }
                    }
                    // one run wins consistently: gallop while it pays
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int n = gallopRight(k[b], tk, a, na, 0);
                        acount = n;
                        if (n != 0) {
                            copyFromTmp(a, dest, n);
                            dest += n;
                            a += n;
                            na -= n;
                            if (na == 1) {
                                copyB = true;
                                break body;
                            }
                            if (na == 0) { // only with an inconsistent comparison
                                break body;
                            }
                        }
                        set(dest++, b++);
                        nb--;
                        if (nb == 0) {
                            break body;
                        }
                        n = gallopLeft(tk[a], k, b, nb, 0);
                        bcount = n;
                        if (n != 0) {
                            move(b, dest, n);
                            dest += n;
                            b += n;
                            nb -= n;
                            if (nb == 0) {
                                break body;
                            }
                        }
                        setFromTmp(dest++, a++);
                        na--;
                        if (na == 1) {
                            copyB = true;
                            break body;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++; // penalise leaving galloping mode
                    minGallop = mg;
                }
            }
        } finally {
            if (copyB) {
                // the first run's last item belongs after the rest of the second
                move(b, dest, nb);
                setFromTmp(dest + nb, a);
            } else if (na != 0) {
                copyFromTmp(a, dest, na);
            }
        }
    }

    /**
     * {@code merge_hi}: as {@link #mergeLo} for na >= nb, through a copy of the second run,
     * filling from the right.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        copyToTmp(pb, nb);
        PyObject[] k = keys;
        PyObject[] tk = tmpKeys;
        int dest = pb + nb - 1;
        int a = pa + na - 1;
        int b = nb - 1;
        boolean copyA = false;
        set(dest--, a--);
        na--;
        try {
            body:
            {
                if (na == 0) {
                    break body;
                }
                if (nb == 1) {
                    copyA = true;
                    break body;
                }
                int mg = minGallop;
                for (;;) {
                    int acount = 0;
                    int bcount = 0;
                    for (;;) {
                        if (lt(tk[b], k[a])) {
                            set(dest--, a--);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 0) {
                                break body;
                            }
                            if (acount >= mg) {
                                break;
                            }
                        } else {
                            setFromTmp(dest--, b--);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 1) {
                                copyA = true;
                                break body;
                            }
                            if (bcount >= mg) {
                                break;
                            }
                        }
                    }
                    mg++;
                    do {
                        mg -= mg > 1 ? 1 : 0;
                        minGallop = mg;
                        int n = na - gallopRight(tk[b], k, pa, na, na - 1);
                        acount = n;
                        if (n != 0) {
                            dest -= n;
                            a -= n;
                            move(a + 1, dest + 1, n);
                            na -= n;
                            if (na == 0) {
                                break body;
                            }
                        }
                        setFromTmp(dest--, b--);
                        nb--;
                        if (nb == 1) {
                            copyA = true;
                            break body;
                        }
                        n = nb - gallopLeft(k[a], tk, 0, nb, nb - 1);
                        bcount = n;
                        if (n != 0) {
                            dest -= n;
                            b -= n;
                            copyFromTmp(b + 1, dest + 1, n);
                            nb -= n;
                            if (nb == 1) {
                                copyA = true;
                                break body;
                            }
                            if (nb == 0) { // only with an inconsistent comparison
                                break body;
                            }
                        }
                        set(dest--, a--);
                        na--;
                        if (na == 0) {
                            break body;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    mg++;
                    minGallop = mg;
                }
            }
        } finally {
            if (copyA) {
                // the second run's first item belongs before the rest of the first
                move(a + 1 - na, dest + 1 - na, na);
                dest -= na;
                setFromTmp(dest, b);
            } else if (nb != 0) {
                copyFromTmp(0, dest - (nb - 1), nb);
            }
        }
    }

    /** {@code merge_at}: merges the pending runs i and i+1, trimming what is already in place. */
    private void mergeAt(int i) {
        int pa = runBase[i];
        int na = runLen[i];
        int pb = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // where does b start in a? items of a before that are in place
        int k = gallopRight(keys[pb], keys, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        // where does a end in b? items of b after that are in place
        nb = gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(pa, na, pb, nb);
        } else {
            mergeHi(pa, na, pb, nb);
        }
    }

    /** {@code powerloop}: the powersort power of the run boundary between two adjacent runs. */
    static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1; // twice the first run's midpoint
        long b = a + n1 + n2; // twice the second run's midpoint
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** {@code found_new_run}: merges pending runs of greater power than the new boundary's. */
    private void foundNewRun(int n2) {
        if (pending > 0) {
            int s1 = runBase[pending - 1];
            int n1 = runLen[pending - 1];
            int power = powerLoop(s1, n1, n2, listlen);
            while (pending > 1 && runPower[pending - 2] > power) {
                mergeAt(pending - 2);
            }
            runPower[pending - 1] = power;
        }
    }

    /** {@code merge_force_collapse}: merges every pending run into one. */
    private void mergeForceCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }
}
