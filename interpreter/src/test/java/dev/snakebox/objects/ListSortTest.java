package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ListSort}: stable with and without reverse, keys computed once, only {@code <} used. */
class ListSortTest {
    private static PyList pairs(int... kv) {
        PyList l = new PyList();
        for (int i = 0; i < kv.length; i += 2) {
            l.append(PyTuple.of(PyInt.of(kv[i]), PyInt.of(kv[i + 1])));
        }
        return l;
    }

    private static final PyBuiltinFunction FIRST = new PyBuiltinFunction("first(t, /)", (self, a) -> ((PyTuple) a[0]).get(0));

    @Test
    void stableByKey() {
        PyList l = pairs(2, 0, 1, 1, 2, 2, 1, 3, 0, 4);
        ListSort.sort(l, FIRST, false);
        assertEquals("[(0, 4), (1, 1), (1, 3), (2, 0), (2, 2)]", l.repr());
    }

    @Test
    void reverseKeepsEqualItemsInOrder() {
        PyList l = pairs(2, 0, 1, 1, 2, 2, 1, 3, 0, 4);
        ListSort.sort(l, FIRST, true);
        assertEquals("[(2, 0), (2, 2), (1, 1), (1, 3), (0, 4)]", l.repr());
    }

    @Test
    void sortsLongListsLikeASortedCopy() {
        PyList l = new PyList();
        for (int i = 0; i < 1000; i++) {
            l.append(PyInt.of((i * 7919) % 1009));
        }
        ListSort.sort(l, PyNone.NONE, false);
        for (int i = 1; i < l.size(); i++) {
            assertEquals(true, ((PyInt) l.get(i - 1)).value <= ((PyInt) l.get(i)).value);
        }
    }
}
