package dev.snakebox.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.objects.PyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads the case files written by gen_format_cases.py and checks outcomes against them. */
final class FormatCases {
    private FormatCases() {
    }

    /** Every line of a case file, parsed. */
    @SuppressWarnings("unchecked")
    /** The {@code format(value, spec)} cases: one list, written to two files to keep each under 2 MB. */
    static List<Map<String, Object>> readSpecCases() {
        List<Map<String, Object>> rows = new ArrayList<>(read("spec_int_str_cases.jsonl"));
        rows.addAll(read("spec_float_complex_cases.jsonl"));
        return rows;
    }

    static List<Map<String, Object>> read(String name) {
        InputStream in = FormatCases.class.getResourceAsStream(name);
        assertNotNull(in, "missing case file " + name + " (run gen_format_cases.py)");
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                rows.add((Map<String, Object>) Json.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(rows.size() > 10, name + " has too few cases");
        return rows;
    }

    /**
     * What running {@code action} gives, in the case files' terms: "r:" and the result, or
     * "e:", the exception type name and the first argument's str().
     */
    static String outcome(Supplier<String> action) {
        try {
            return "r:" + action.get();
        } catch (PyException e) {
            String message = e.value.args.size() == 0 ? "" : e.value.args.get(0).str();
            return "e:" + e.value.type().name + ": " + message;
        }
    }

    /** The outcome a row expects. */
    @SuppressWarnings("unchecked")
    static String expected(Map<String, Object> row) {
        if (row.containsKey("r")) {
            return "r:" + row.get("r");
        }
        List<Object> error = (List<Object>) row.get("e");
        return "e:" + error.get(0) + ": " + error.get(1);
    }

    /** Collects mismatches and fails with the first few and their count. */
    static final class Failures {
        private final List<String> failures = new ArrayList<>();
        private int cases;

        void check(String what, String expected, String actual) {
            cases++;
            if (!expected.equals(actual)) {
                failures.add(what + "\n    expected " + shorten(expected) + "\n    actual   " + shorten(actual));
            }
        }

        void assertNone() {
            assertTrue(cases > 0, "no cases ran");
            assertEquals("", String.join("\n", failures.subList(0, Math.min(15, failures.size()))),
                    failures.size() + " of " + cases + " cases differ");
        }

        private static String shorten(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
        }
    }
}
