package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PyFrozenSet} (and so {@link SetTable}) against the iteration orders a 64-bit CPython 3.13
 * gave {@code frozenset(items)} with PYTHONHASHSEED=0 (set_order_cases.tsv, written by
 * gen_hash_cases.py): growth, collisions, linear and perturbed probing, duplicates across types.
 */
class PyFrozenSetTest {
    @Test
    void iterationOrderMatchesCPython() {
        List<String[]> rows = FloatCaseFiles.read("set_order_cases.tsv");
        assertEquals(196, rows.size());
        for (String[] row : rows) {
            List<PyObject> items = HashCaseValues.parseAll(row[1]);
            PyFrozenSet set = PyFrozenSet.of(items.toArray(new PyObject[0]));
            String[] order = row[0].split(",");
            assertEquals(order.length, set.size(), row[1]);
            for (int i = 0; i < order.length; i++) {
                assertSame(items.get(Integer.parseInt(order[i])), set.get(i), row[1]);
            }
        }
    }

    @Test
    void reprListsTheItemsInOrder() {
        assertEquals("frozenset({1, 2, 3})", PyFrozenSet.of(PyInt.of(3), PyInt.of(1), PyInt.of(2)).repr());
        assertEquals("frozenset()", PyFrozenSet.of().repr());
        assertEquals("frozenset({True})", PyFrozenSet.of(PyBool.TRUE, PyInt.of(1), new PyFloat(1.0)).repr());
    }
}
