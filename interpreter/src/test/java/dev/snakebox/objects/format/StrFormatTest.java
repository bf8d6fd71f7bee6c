package dev.snakebox.objects.format;

import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code str.format} and {@code str.format_map} against CPython 3.13 (str_format_cases.jsonl). */
class StrFormatTest {

    @Test
    @SuppressWarnings("unchecked")
    void formatAndFormatMapMatchCPython() {
        List<Map<String, Object>> rows = FormatCases.read("str_format_cases.jsonl");
        Map<String, Object> shared = rows.get(0);
        PyObject[] args = TestValues.decodeAll((List<Object>) shared.get("ARGS"));
        PyObject kwargs = TestValues.decode(shared.get("KWARGS"));
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : rows.subList(1, rows.size())) {
            run(row, args, kwargs, failures);
        }
        for (Map<String, Object> row : FormatCases.read("wide_cases.jsonl")) {
            if ("format".equals(row.get("kind"))) {
                run(row, args, kwargs, failures);
            }
        }
        failures.assertNone();
    }

    @SuppressWarnings("unchecked")
    private static void run(Map<String, Object> row, PyObject[] sharedArgs, PyObject sharedKwargs,
            FormatCases.Failures failures) {
        String template = (String) row.get("t");
        String what = new PyStr(template).repr();
        String actual;
        if (row.containsKey("m")) {
            actual = FormatCases.outcome(() -> StrFormat.formatMap(template, sharedKwargs, TestHost.INSTANCE));
            what += ".format_map(KWARGS)";
        } else {
            Object a = row.get("a");
            PyObject[] args = "ARGS".equals(a) ? sharedArgs : TestValues.decodeAll((List<Object>) a);
            PyObject kwargs = row.containsKey("k") ? sharedKwargs : null;
            actual = FormatCases.outcome(() -> StrFormat.format(template, args, kwargs, TestHost.INSTANCE));
            what += ".format(" + args.length + " args" + (kwargs != null ? ", **KWARGS)" : ")");
        }
        failures.check(what, FormatCases.expected(row), actual);
    }
}
