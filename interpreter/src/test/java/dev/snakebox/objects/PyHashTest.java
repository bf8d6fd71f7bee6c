package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PyHash} against hashes a 64-bit CPython 3.13 computed with PYTHONHASHSEED=0
 * (hash_cases.tsv, written by gen_hash_cases.py).
 */
class PyHashTest {
    @Test
    void hashesMatchCPython() {
        List<String[]> rows = FloatCaseFiles.read("hash_cases.tsv");
        assertEquals(409, rows.size());
        for (String[] row : rows) {
            PyObject value = HashCaseValues.parseAll(row[1]).get(0);
            assertEquals(Long.valueOf(row[0]), PyHash.of(value), row[1]);
        }
    }

    @Test
    void equalNumbersHashAlike() {
        assertEquals(PyHash.of(PyInt.of(1)), PyHash.of(new PyFloat(1.0)));
        assertEquals(PyHash.of(PyBool.TRUE), PyHash.of(new PyComplex(1.0, 0.0)));
        assertEquals(-2L, PyHash.of(PyInt.of(-1)));
        assertEquals(-2L, PyHash.of(new PyFloat(-1.0)));
    }

    @Test
    void addressHashedValuesHaveNoValueHash() {
        assertNull(PyHash.of(new PyFloat(Double.NaN)));
        assertNull(PyHash.of(PyTuple.of(PyInt.of(1), new PyFloat(Double.NaN))));
    }
}
