package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link SetTable} with deletions: a deleted slot becomes a dummy that the next insertion probing
 * past it reuses, as CPython's {@code set_add_entry} does (orders checked against python3).
 */
class SetTableTest {
    private static PySet set(int... xs) {
        PySet s = new PySet();
        for (int x : xs) {
            s.add(PyInt.of(x));
        }
        return s;
    }

    @Test
    void anInsertReusesTheFirstDummyOnItsProbe() {
        PySet s = set(1, 2, 3, 9);
        s.discard(PyInt.of(2));
        s.add(PyInt.of(10));
        assertEquals("{1, 10, 3, 9}", s.repr());
    }

    @Test
    void probingContinuesPastDummiesBeforeReusingTheFirst() {
        PySet s = set(1, 2, 3);
        s.discard(PyInt.of(1));
        s.discard(PyInt.of(2));
        s.add(PyInt.of(17));
        assertEquals("{17, 3}", s.repr());
    }

    @Test
    void growthHappensAtThreeFifths() {
        PySet s = set(0, 1, 2, 3, 4);
        s.discard(PyInt.of(3));
        s.add(PyInt.of(19));
        s.add(PyInt.of(3));
        assertEquals("{0, 1, 2, 3, 4, 19}", s.repr());
    }

    @Test
    void unionCopiesTheLeftTableFirst() {
        PySet a = set(3, 1, 2);
        PySet b = set(10, 5);
        assertEquals("{1, 2, 3, 5, 10}", SetType.union(a, b).repr());
        assertEquals("{3}", SetType.intersection(set(1, 2, 3), set(3, 4, 5, 6)).repr());
        assertEquals("{1, 2}", SetType.difference(set(1, 2, 3), set(3)).repr());
    }
}
