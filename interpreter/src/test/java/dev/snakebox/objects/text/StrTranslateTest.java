package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyTuple;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class StrTranslateTest {
    @Test
    void boolsAreInts() {
        assertEquals("\u0001b", StrTranslate.translate("ab", cp -> cp == 'a' ? PyBool.TRUE : null));
    }

    @Test
    void otherItemsAreTypeErrors() {
        PyException e = assertThrows(PyException.class,
                () -> StrTranslate.translate("\u00e9", cp -> PyTuple.EMPTY));
        assertEquals("TypeError", e.value.type().name);
        assertEquals("character mapping must return integer, None or str", e.value.str());
    }

    @Test
    void intsMustBeCodePoints() {
        PyException e = assertThrows(PyException.class,
                () -> StrTranslate.translate("a", cp -> PyInt.of(-1)));
        assertEquals("ValueError", e.value.type().name);
        assertEquals("character mapping must be in range(0x110000)", e.value.str());
        PyException big = assertThrows(PyException.class,
                () -> StrTranslate.translate("a", cp -> PyInt.of(BigInteger.ONE.shiftLeft(80))));
        assertEquals("OverflowError", big.value.type().name);
        assertEquals("Python int too large to convert to C long", big.value.str());
    }

    @Test
    void mappedCodePointsOutsideTheBmp() {
        assertEquals("\ud83d\ude00b\ud83d\ude00", StrTranslate.translate("aba", cp -> cp == 'a' ? PyInt.of(0x1F600) : null));
    }
}
