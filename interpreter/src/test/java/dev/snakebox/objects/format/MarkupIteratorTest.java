package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.format.TestValues.TestList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template parts against CPython's {@code _string.formatter_parser} (parser_cases.jsonl). */
class MarkupIteratorTest {

    /** The tuples formatter_parser yields, built from the iterator's parts. */
    private static String parts(String template) {
        MarkupIterator iterator = new MarkupIterator(template);
        List<PyObject> tuples = new ArrayList<>();
        MarkupPart part;
        while ((part = iterator.next()) != null) {
            PyObject none = PyNone.NONE;
            PyObject fieldName = part.fieldPresent() ? PyStr.of(part.fieldName()) : none;
            PyObject spec = part.fieldPresent() ? PyStr.of(part.formatSpec() == null ? "" : part.formatSpec()) : none;
            PyObject conversion = part.conversion() == 0 ? none
                    : PyStr.of(new String(Character.toChars(part.conversion())));
            tuples.add(new TestList(List.of(PyStr.of(part.literal()), fieldName, spec, conversion)));
        }
        return new TestList(tuples).repr();
    }

    @Test
    void partsMatchFormatterParser() {
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : FormatCases.read("parser_cases.jsonl")) {
            if (!row.containsKey("t")) {
                continue;
            }
            String template = (String) row.get("t");
            String expected = row.containsKey("r") ? "r:" + TestValues.decode(row.get("r")).repr() : FormatCases.expected(row);
            failures.check(new PyStr(template).repr(), expected, FormatCases.outcome(() -> parts(template)));
        }
        failures.assertNone();
    }

    @Test
    void escapedBracesEndTheLiteralOnce() {
        MarkupIterator iterator = new MarkupIterator("a{{b}}c{x!r:>{w}}");
        assertEquals(new MarkupPart("a{", null, null, 0, false), iterator.next());
        assertEquals(new MarkupPart("b}", null, null, 0, false), iterator.next());
        assertEquals(new MarkupPart("c", "x", ">{w}", 'r', true), iterator.next());
        assertEquals(null, iterator.next());
    }
}
