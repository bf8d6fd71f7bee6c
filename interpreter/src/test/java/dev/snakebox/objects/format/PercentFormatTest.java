package dev.snakebox.objects.format;

import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code str % args} and {@code bytes % args} against CPython 3.13 (percent_cases.jsonl, bytes_percent_cases.jsonl). */
class PercentFormatTest {

    @Test
    void percentFormattingMatchesCPython() {
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : FormatCases.read("percent_cases.jsonl")) {
            run(row, failures);
        }
        for (Map<String, Object> row : FormatCases.read("wide_cases.jsonl")) {
            if ("percent".equals(row.get("kind"))) {
                run(row, failures);
            }
        }
        failures.assertNone();
    }

    @Test
    void bytesPercentFormattingMatchesCPython() {
        FormatCases.Failures failures = new FormatCases.Failures();
        for (Map<String, Object> row : FormatCases.read("bytes_percent_cases.jsonl")) {
            byte[] template = TestValues.latin1((String) row.get("t"));
            PyObject args = TestValues.decode(row.get("a"));
            failures.check(PyBytes.repr(template) + " % " + safeRepr(args), FormatCases.expected(row),
                    FormatCases.outcome(() -> latin1(PercentFormat.formatBytes(template, args, TestHost.INSTANCE))));
        }
        failures.assertNone();
    }

    private static String latin1(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return new String(chars);
    }

    private static void run(Map<String, Object> row, FormatCases.Failures failures) {
        String template = (String) row.get("t");
        PyObject args = TestValues.decode(row.get("a"));
        String what = new PyStr(template).repr() + " % " + safeRepr(args);
        failures.check(what, FormatCases.expected(row),
                FormatCases.outcome(() -> PercentFormat.format(template, args, TestHost.INSTANCE)));
    }

    private static String safeRepr(PyObject o) {
        try {
            return o.repr();
        } catch (RuntimeException e) {
            return "<" + o.type().name + ">";
        }
    }
}
