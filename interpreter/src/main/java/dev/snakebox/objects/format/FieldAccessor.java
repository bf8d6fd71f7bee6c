package dev.snakebox.objects.format;

import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * One {@code .name} or {@code [key]} step of a str.format field name, as CPython's
 * {@code FieldNameIterator_next} (Objects/stringlib/unicode_format.h) returns it and
 * {@code _string.formatter_field_name_split}'s iterator yields {@code (is_attr, value)}.
 *
 * @param isAttribute true for {@code .name}, false for {@code [key]}
 * @param index       the key as an int when it is all decimal digits, else -1
 * @param name        the attribute name or the key text
 */
public record FieldAccessor(boolean isAttribute, long index, String name) {

    /** The value {@code _string.formatter_field_name_split} yields: the index as an int, else the name. */
    public PyObject value() {
        return index == -1 ? PyStr.of(name) : PyInt.of(index);
    }
}
