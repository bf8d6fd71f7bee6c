package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.format.TestValues.TestList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field names against CPython's {@code _string.formatter_field_name_split} (parser_cases.jsonl). */
class FieldNameIteratorTest {

    /** {@code [first, [[is_attr, value], ...]]} as formatter_field_name_split gives it. */
    private static String split(String name) {
        FieldNameIterator iterator = FieldNameIterator.split(name);
        PyObject first = iterator.firstIndex() == -1 ? PyStr.of(iterator.first()) : PyInt.of(iterator.firstIndex());
        List<PyObject> rest = new ArrayList<>();
        FieldAccessor accessor;
        while ((accessor = iterator.next()) != null) {
            rest.add(new TestList(List.of(PyBool.of(accessor.isAttribute()), accessor.value())));
        }
        return new TestList(List.of(first, new TestList(rest))).repr();
    }

    @Test
    void splitsMatchFormatterFieldNameSplit() {
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : FormatCases.read("parser_cases.jsonl")) {
            if (!row.containsKey("f")) {
                continue;
            }
            String name = (String) row.get("f");
            String expected = row.containsKey("r") ? "r:" + TestValues.decode(row.get("r")).repr() : FormatCases.expected(row);
            failures.check(new PyStr(name).repr(), expected, FormatCases.outcome(() -> split(name)));
        }
        failures.assertNone();
    }

    @Test
    void automaticNumberingCountsEmptyNames() {
        AutoNumber numbering = new AutoNumber();
        assertEquals(0, FieldNameIterator.split("", numbering).firstIndex());
        assertEquals(1, FieldNameIterator.split(".x", numbering).firstIndex());
        assertEquals(-1, FieldNameIterator.split("name", numbering).firstIndex());
        assertEquals("e:ValueError: cannot switch from automatic field numbering to manual field specification",
                FormatCases.outcome(() -> String.valueOf(FieldNameIterator.split("0", numbering).firstIndex())));
    }
}
