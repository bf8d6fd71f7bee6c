package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import org.junit.jupiter.api.Test;

/**
 * {@link TimSort}: CPython's minrun and powersort power values, results equal to a stable sort on
 * inputs shaped to exercise every path (runs, descending runs with equal items, galloping both
 * ways), and a permutation left behind by a comparison that raises.
 */
class TimSortTest {
    @Test
    void minrunIsNBelow64AndBetween32And64Above() {
        assertEquals(1, TimSort.computeMinrun(1));
        assertEquals(63, TimSort.computeMinrun(63));
        assertEquals(32, TimSort.computeMinrun(64));
        assertEquals(33, TimSort.computeMinrun(65));
        assertEquals(63, TimSort.computeMinrun(1000));
        assertEquals(32, TimSort.computeMinrun(2048));
        assertEquals(33, TimSort.computeMinrun(2049));
    }

    @Test
    void powerIsTheDepthOfTheBoundaryInTheMergeTree() {
        assertEquals(1, TimSort.powerLoop(0, 32, 32, 64));
        assertEquals(2, TimSort.powerLoop(0, 16, 16, 64));
        assertEquals(2, TimSort.powerLoop(32, 16, 16, 64));
        assertEquals(3, TimSort.powerLoop(16, 8, 8, 64));
    }

    /** Sorts (key, index) pairs by key through list.sort with a key function; checks against a stable sort. */
    private static void checkStable(long[] keys) {
        int n = keys.length;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = PyTuple.of(PyInt.of(keys[i]), PyInt.of(i));
        }
        PyObject[] expected = items.clone();
        Arrays.sort(expected, Comparator.comparingLong(t -> ((PyInt) ((PyTuple) t).get(0)).value));
        PyList list = PyList.wrap(items.clone());
        PyBuiltinFunction first = new PyBuiltinFunction("first(t, /)", (self, a) -> ((PyTuple) a[0]).get(0));
        ListSort.sort(list, first, false);
        assertArrayEquals(expected, list.toArray());
        // without a key, tuples compare whole: (key, index) orders the same way
        PyList plain = PyList.wrap(items.clone());
        ListSort.sort(plain, PyNone.NONE, false);
        assertArrayEquals(expected, plain.toArray());
    }

    private static long[] lcg(int n, long mod, long seed) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            a[i] = seed % mod;
        }
        return a;
    }

    @Test
    void randomInputsOfManySizes() {
        for (int n : new int[] {0, 1, 2, 3, 31, 63, 64, 65, 127, 129, 500, 1000, 4097, 20000}) {
            checkStable(lcg(n, 1_000_000, n + 7));
            checkStable(lcg(n, 3, n + 11)); // many equal keys
        }
    }

    @Test
    void structuredInputsThatGallop() {
        int n = 5000;
        long[] ascending = new long[n];
        long[] descending = new long[n];
        long[] descendingWithEqual = new long[n];
        long[] interleavedBlocks = new long[n];
        long[] sawtooth = new long[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            descending[i] = n - i;
            descendingWithEqual[i] = (n - i) / 4;
            interleavedBlocks[i] = i < n / 2 ? 2L * i : 2L * (i - n / 2) + 1;
            sawtooth[i] = i % 301;
        }
        checkStable(ascending);
        checkStable(descending);
        checkStable(descendingWithEqual);
        checkStable(interleavedBlocks);
        checkStable(sawtooth);
        long[] runs = new long[n];
        long[] r = lcg(n, 1000, 5);
        for (int start = 0; start < n; start += 700) {
            int end = Math.min(n, start + 700);
            long[] part = Arrays.copyOfRange(r, start, end);
            Arrays.sort(part);
            System.arraycopy(part, 0, runs, start, part.length);
        }
        checkStable(runs);
    }

    @Test
    void aComparisonThatRaisesLeavesAPermutation() {
        for (int where : new int[] {5, 100, 900, 1990}) {
            long[] keys = lcg(2000, 1_000_000, where);
            PyObject[] items = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                items[i] = i == where ? PyNone.NONE : PyInt.of(keys[i]);
            }
            PyList list = PyList.wrap(items.clone());
            assertThrows(PyException.class, () -> ListSort.sort(list, PyNone.NONE, false));
            IdentityHashMap<PyObject, Integer> counts = new IdentityHashMap<>();
            for (PyObject o : items) {
                counts.merge(o, 1, Integer::sum);
            }
            for (PyObject o : list.toArray()) {
                counts.merge(o, -1, Integer::sum);
            }
            assertEquals(items.length, list.size());
            for (int c : counts.values()) {
                assertEquals(0, c);
            }
        }
    }
}
