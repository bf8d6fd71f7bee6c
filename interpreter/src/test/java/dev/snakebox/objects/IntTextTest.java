package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntTextTest {

    @AfterEach
    void restoreLimit() {
        IntText.resetMaxStrDigits();
    }

    private static String message(PyException e) {
        return ((PyStr) e.value.args.get(0)).value();
    }

    @Test
    void decimalTextPastTheLimitIsAValueError() {
        BigInteger ok = BigInteger.TEN.pow(4299);
        assertEquals(4300, IntText.toDecimal(ok).length());
        PyException e = assertThrows(PyException.class, () -> IntText.toDecimal(BigInteger.TEN.pow(4300)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits()"
                + " to increase the limit", message(e));
    }

    @Test
    void theLimitCanBeChangedOrLifted() {
        IntText.setMaxStrDigits(641);
        assertThrows(PyException.class, () -> IntText.toDecimal(BigInteger.TEN.pow(641)));
        PyException parse = assertThrows(PyException.class, () -> IntType.parse("1".repeat(642), 10));
        assertEquals("Exceeds the limit (641 digits) for integer string conversion: value has 642 digits;"
                + " use sys.set_int_max_str_digits() to increase the limit", message(parse));
        IntText.setMaxStrDigits(0);
        assertEquals(5001, IntText.toDecimal(BigInteger.TEN.pow(5000)).length());
        assertEquals(5000, IntType.parse("7".repeat(5000), 10).toBig().toString().length());
        // 640 itself is allowed (CPython: maxdigits < threshold is the error)
        PyException bad = assertThrows(PyException.class, () -> IntText.setMaxStrDigits(639));
        assertEquals("maxdigits must be 0 or larger than 640", message(bad));
        IntText.setMaxStrDigits(640);
        assertEquals(640, IntText.maxStrDigits());
        IntText.resetMaxStrDigits();
    }

    @Test
    void powerOfTwoBasesHaveNoLimit() {
        assertEquals(5000 * 4, IntType.parse("f".repeat(5000), 16).toBig().bitLength());
        assertThrows(PyException.class, () -> IntType.parse("1".repeat(4301), 3));
    }
}
