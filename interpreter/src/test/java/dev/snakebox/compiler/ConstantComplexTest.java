package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.snakebox.ast.OperatorNode;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import org.junit.jupiter.api.Test;

/** Complex constants for the AST optimiser ({@link ConstantComplex}); results as python3.13 prints them. */
class ConstantComplexTest {
    @Test
    void arithmeticAsCPythonComputesIt() {
        PyComplex a = new PyComplex(1, 2);
        PyComplex b = new PyComplex(3, -4);
        assertEquals("(11+2j)", ConstantComplex.binary(OperatorNode.Mult.KIND, a, b).repr());
        assertEquals("(-0.2+0.4j)", ConstantComplex.binary(OperatorNode.Div.KIND, a, b).repr());
        assertEquals("(-11-2j)", ConstantComplex.binary(OperatorNode.Pow.KIND, a, PyInt.of(3)).repr());
        assertEquals("(-0.12-0.16j)", ConstantComplex.binary(OperatorNode.Pow.KIND, a, PyInt.of(-2)).repr());
        assertEquals("(1.5+2j)", ConstantComplex.binary(OperatorNode.Add.KIND, new PyFloat(0.5), a).repr());
    }

    @Test
    void errorsAreLeftToRunTime() {
        PyComplex zero = new PyComplex(0, 0);
        assertNull(ConstantComplex.binary(OperatorNode.Div.KIND, new PyComplex(1, 0), zero));
        assertNull(ConstantComplex.binary(OperatorNode.Pow.KIND, zero, PyInt.of(-1)));
        assertNull(ConstantComplex.binary(OperatorNode.Pow.KIND, new PyComplex(1e300, 1), PyInt.of(2)));
        // a product that overflows is no error: complex_mul does not check
        assertEquals("(-inf+0j)", ConstantComplex.binary(OperatorNode.Mult.KIND, new PyComplex(0, 1e300),
                new PyComplex(0, 1e300)).repr());
        assertNull(ConstantComplex.binary(OperatorNode.FloorDiv.KIND, new PyComplex(1, 0), PyInt.of(2)));
    }
}
