package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Sequence constants for the AST optimiser ({@link ConstantSequences}); limits as ast_opt.c's. */
class ConstantSequencesTest {
    @Test
    void repetitionStopsAtTheCollectionLimits() {
        PyTuple one = PyTuple.of(PyInt.of(1));
        assertEquals(256, ((PyTuple) ConstantSequences.repeat(one, BigInteger.valueOf(256))).size());
        assertNull(ConstantSequences.repeat(one, BigInteger.valueOf(257)));
        // check_complexity: 200 copies of a 5-tuple are 1200 items, past MAX_TOTAL_ITEMS
        PyTuple nested = PyTuple.of(PyTuple.of(PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4), PyInt.of(5)));
        assertNull(ConstantSequences.repeat(nested, BigInteger.valueOf(200)));
        assertNull(ConstantSequences.repeat(one, BigInteger.valueOf(-1))); // only an empty tuple folds
        assertEquals(0, ((PyTuple) ConstantSequences.repeat(PyTuple.EMPTY, BigInteger.valueOf(-1))).size());
        assertEquals(4096, ((PyBytes) ConstantSequences.repeat(new PyBytes(new byte[] {1}),
                BigInteger.valueOf(4096))).length());
        assertNull(ConstantSequences.repeat(PyStr.of("x"), BigInteger.valueOf(4097)));
    }

    @Test
    void indexingCountsCodePointsAndFromTheEnd() {
        assertEquals("\uD83D\uDE00", ((PyStr) ConstantSequences.subscript(PyStr.of("a\uD83D\uDE00b"), PyInt.of(1))).value());
        assertEquals("'b'", ConstantSequences.subscript(PyStr.of("abc"), PyInt.of(-2)).repr());
        assertEquals("99", ConstantSequences.subscript(new PyBytes(new byte[] {'a', 'c'}), PyBool.TRUE).repr());
        assertNull(ConstantSequences.subscript(PyStr.of("abc"), PyInt.of(3)));
        assertNull(ConstantSequences.subscript(PyStr.of("abc"), PyStr.of("a")));
    }
}
