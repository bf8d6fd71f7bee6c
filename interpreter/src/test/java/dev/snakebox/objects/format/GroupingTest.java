package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Thousands grouping with zero padding (values from CPython's format(1234, '0N,')). */
class GroupingTest {

    @Test
    void separatorsEveryGroupFromTheRight() {
        assertEquals("1,234,567", Grouping.insert("1234567", 0, ',', 3));
        assertEquals("123", Grouping.insert("123", 0, ',', 3));
        assertEquals("dead_beef", Grouping.insert("deadbeef", 0, '_', 4));
    }

    @Test
    void zeroPaddingIsGroupedToo() {
        // format(1234, '09,') and format(1234, '010,'): a width may end on a separator
        assertEquals("0,001,234", Grouping.insert("1234", 9, ',', 3));
        assertEquals("00,001,234", Grouping.insert("1234", 10, ',', 3));
        // a width that would start with a separator gets one more zero: format(1234, '08,')
        assertEquals("0,001,234", Grouping.insert("1234", 8, ',', 3));
        assertEquals("001,234", Grouping.insert("1234", 7, ',', 3));
    }

    @Test
    void withoutSeparatorOnlyPads() {
        assertEquals("0042", Grouping.insert("42", 4, (char) 0, 3));
        assertEquals("42", Grouping.insert("42", -7, (char) 0, 3));
    }
}
