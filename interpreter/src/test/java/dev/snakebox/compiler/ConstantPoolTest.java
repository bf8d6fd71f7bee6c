package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Constant sharing and the form in which constants are kept ({@link ConstantPool}). */
class ConstantPoolTest {
    @Test
    void equalConstantsShareOneSlot() {
        ConstantPool pool = new ConstantPool();
        assertEquals(0, pool.add(PyInt.of(1)));
        assertEquals(1, pool.add(PyFrozenSet.of(PyInt.of(1), PyInt.of(2))));
        assertEquals(1, pool.add(PyFrozenSet.of(PyInt.of(2), PyInt.of(1))));
        assertEquals(0, pool.add(PyInt.of(1)));
    }

    @Test
    void bigIntsShareBySignAndValue() {
        ConstantPool pool = new ConstantPool();
        int i = pool.add(PyInt.of(BigInteger.valueOf(2).pow(64)));
        assertEquals(i, pool.add(PyInt.of(BigInteger.ONE.shiftLeft(64))));
        assertEquals(i + 1, pool.add(PyInt.of(BigInteger.ONE.shiftLeft(64).negate())));
    }

    @Test
    void aFrozensetIsKeptAsRecreatedFromItsOwnOrder() {
        // -1 and -2 both hash to -2: frozenset((-1, -2, 2**61, 2**61 - 1, 7, 15)) iterates
        // {2**61-1, 2**61, 7, 15, -2, -1}, and merge_consts_recursive's frozenset built from that
        // order iterates as 64-bit python3.13 -m dis shows (PYTHONHASHSEED=0):
        // frozenset({2305843009213693951, 2305843009213693952, 7, 15, -1, -2})
        BigInteger two61 = BigInteger.ONE.shiftLeft(61);
        PyObject[] items = {PyInt.of(-1), PyInt.of(-2), PyInt.of(two61), PyInt.of(two61.subtract(BigInteger.ONE)),
            PyInt.of(7), PyInt.of(15)};
        assertEquals("frozenset({2305843009213693951, 2305843009213693952, 7, 15, -2, -1})",
                PyFrozenSet.of(items).repr());
        ConstantPool pool = new ConstantPool();
        pool.add(PyFrozenSet.of(items));
        assertEquals("frozenset({2305843009213693951, 2305843009213693952, 7, 15, -1, -2})", pool.get(0).repr());
    }
}
