package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every code point, every case method: upper, lower, title, casefold, capitalize and swapcase of
 * each one-character string against CPython's (case_mappings.tsv lists those that change).
 */
class CaseMappingTableTest {
    @Test
    void everyCodePointMapsAsInCPython() {
        Map<String, Map<Integer, String>> expected = new HashMap<>();
        for (String[] row : CaseFiles.read("case_mappings.tsv")) {
            StringBuilder result = new StringBuilder();
            for (String hex : row[2].split(" ")) {
                UnicodeCtype.appendCodePoint(result, Integer.parseInt(hex, 16));
            }
            expected.computeIfAbsent(row[0], k -> new HashMap<>()).put(Integer.parseInt(row[1], 16), result.toString());
        }
        Map<String, UnaryOperator<String>> methods = Map.of(
                "upper", StrCase::upper, "lower", StrCase::lower, "title", StrCase::title,
                "casefold", StrCase::casefold, "capitalize", StrCase::capitalize, "swapcase", StrCase::swapcase);
        assertEquals(methods.keySet(), expected.keySet());
        int changed = 0;
        for (Map.Entry<String, UnaryOperator<String>> m : methods.entrySet()) {
            Map<Integer, String> table = expected.get(m.getKey());
            for (int c = 0; c < 0x110000; c++) {
                String s = Utf16.of(c);
                String want = table.getOrDefault(c, s);
                String got = m.getValue().apply(s);
                if (!want.equals(got)) {
                    assertEquals(hex(want), hex(got), m.getKey() + " of U+" + Integer.toHexString(c));
                }
                if (!want.equals(s)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 8000, "the case files hold " + changed + " mappings");
    }

    private static String hex(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(Integer.toHexString(c)).append(' '));
        return out.toString().trim();
    }
}
