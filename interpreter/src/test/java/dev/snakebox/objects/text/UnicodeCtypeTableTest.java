package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.objects.UnicodePrintable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code point, every predicate: the answers of this package against CPython's
 * (unicode_flags.tsv, from the oracle's str methods on one-, two- and three-character strings).
 */
class UnicodeCtypeTableTest {
    private static final int N = 0x110000;

    private static String chr(int cp) {
        return Utf16.of(cp);
    }

    /** The Java side of each line of unicode_flags.tsv. */
    private static Map<String, IntPredicate> predicates() {
        Map<String, IntPredicate> p = new LinkedHashMap<>();
        p.put("isalpha", c -> StrPredicates.isAlpha(chr(c)));
        p.put("isalnum", c -> StrPredicates.isAlnum(chr(c)));
        p.put("isdecimal", c -> StrPredicates.isDecimal(chr(c)));
        p.put("isdigit", c -> StrPredicates.isDigit(chr(c)));
        p.put("isnumeric", c -> StrPredicates.isNumeric(chr(c)));
        p.put("isspace", c -> StrPredicates.isSpace(chr(c)));
        p.put("islower", c -> StrPredicates.isLower(chr(c)));
        p.put("isupper", c -> StrPredicates.isUpper(chr(c)));
        p.put("istitle", c -> StrPredicates.isTitle(chr(c)));
        p.put("isidentifier", c -> StrPredicates.isIdentifier(chr(c)));
        p.put("isprintable", c -> StrPredicates.isPrintable(chr(c)));
        p.put("A+c isupper", c -> StrPredicates.isUpper("A" + chr(c)));
        p.put("a+c islower", c -> StrPredicates.isLower("a" + chr(c)));
        p.put("A+c istitle", c -> StrPredicates.isTitle("A" + chr(c)));
        p.put("a+c isidentifier", c -> StrPredicates.isIdentifier("a" + chr(c)));
        p.put("a+c+b splits in two lines", c -> StrSplit.splitlines("a" + chr(c) + "b", false).size() == 2);
        p.put("a+c+b splits in two words", c -> StrSplit.split("a" + chr(c) + "b", null, -1).size() == 2);
        p.put("c+A title lowers A", c -> StrCase.title(chr(c) + "A").endsWith("a"));
        p.put("A+c+SIGMA lower is final", c -> StrCase.lower("A" + chr(c) + "\u03a3").endsWith("\u03c2"));
        p.put("space+c+SIGMA lower is final", c -> StrCase.lower(" " + chr(c) + "\u03a3").endsWith("\u03c2"));
        p.put("A+SIGMA+c lower is final", c -> StrCase.lower("A\u03a3" + chr(c)).charAt(1) == '\u03c2');
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyCodePoint() {
        Map<String, IntPredicate> java = predicates();
        List<String[]> rows = CaseFiles.read("unicode_flags.tsv");
        assertEquals(java.size(), rows.size(), "one line per predicate");
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows) {
            IntPredicate p = java.get(row[0]);
            tests.add(DynamicTest.dynamicTest(row[0], () -> {
                assertTrue(p != null, "no Java predicate for " + row[0]);
                List<Integer> expected = new ArrayList<>();
                for (String hex : row[1].split(" ")) {
                    expected.add(Integer.parseInt(hex, 16));
                }
                assertEquals(expected, flips(p), row[0]);
            }));
        }
        return tests.stream();
    }

    /** The code points where the predicate's answer changes, from false at U+0000. */
    private static List<Integer> flips(IntPredicate p) {
        List<Integer> out = new ArrayList<>();
        boolean state = false;
        for (int c = 0; c < N; c++) {
            if (p.test(c) != state) {
                out.add(c);
                state = !state;
            }
        }
        return out;
    }

    @Test
    void characterPropertiesAgreeWithTheStringPredicates() {
        for (int c = 0; c < N; c++) {
            String s = chr(c);
            assertEquals(StrPredicates.isSpace(s), UnicodeCtype.isSpace(c), "isSpace " + c);
            assertEquals(StrPredicates.isAlnum(s), UnicodeCtype.isAlpha(c) || UnicodeCtype.isDecimal(c)
                    || UnicodeCtype.isDigit(c) || UnicodeCtype.isNumeric(c), "isAlnum " + c);
            // Unicode's Cased is Lowercase + Uppercase + Lt
            assertEquals(UnicodeCtype.isCased(c),
                    UnicodeCtype.isLower(c) || UnicodeCtype.isUpper(c) || UnicodeCtype.isTitle(c), "isCased " + c);
        }
        assertTrue(UnicodePrintable.isPrintable('a'));
    }

    @Test
    void outsideTheCodeSpaceNothingHolds() {
        for (int c : new int[] {-1, 0x110000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertTrue(!UnicodeCtype.isAlpha(c) && !UnicodeCtype.isSpace(c) && !UnicodeCtype.isCased(c)
                    && !UnicodeCtype.isXidContinue(c), "code point " + c);
        }
    }
}
