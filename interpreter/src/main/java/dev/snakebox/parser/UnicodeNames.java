package dev.snakebox.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * Looks up the character a {@code \N{NAME}} escape names; CPython's {@code _getcode}
 * (Modules/unicodedata.c) without name aliases and for the blocks {@link UnicodeNameTables}
 * holds. As there, names are matched without regard to case, except the algorithmic ones
 * ({@code CJK UNIFIED IDEOGRAPH-XXXX}, {@code HANGUL SYLLABLE ...}), which must be upper case.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    /** Built on first use: code point by upper-case name. */
    private static Map<String, Integer> byName;

    /** The code point named {@code name}, or -1 when the table does not know it. */
    public static int lookup(String name) {
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangul(name.substring(HANGUL_PREFIX.length()));
        }
        if (name.startsWith(CJK_PREFIX)) {
            return ideograph(name.substring(CJK_PREFIX.length()));
        }
        Integer cp = names().get(upper(name));
        return cp == null ? -1 : cp;
    }

    /** ASCII upper case, as CPython's {@code Py_TOUPPER} compares names. */
    private static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    /** {@code XXXX} or {@code XXXXX} in upper-case hexadecimal, in one of the ideograph ranges. */
    private static int ideograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        int[] r = UnicodeNameTables.CJK_RANGES;
        for (int i = 0; i < r.length; i += 2) {
            if (v >= r[i] && v <= r[i + 1]) {
                return v;
            }
        }
        return -1;
    }

    /** A syllable named by its jamo: the longest leading, vowel and trailing names in turn. */
    private static int hangul(String rest) {
        int[] at = {0};
        int l = longest(rest, at, UnicodeNameTables.JAMO_LEAD);
        int v = longest(rest, at, UnicodeNameTables.JAMO_VOWEL);
        int t = longest(rest, at, UnicodeNameTables.JAMO_TRAIL);
        if (l < 0 || v < 0 || t < 0 || at[0] != rest.length()) {
            return -1;
        }
        int vCount = UnicodeNameTables.JAMO_VOWEL.length;
        int tCount = UnicodeNameTables.JAMO_TRAIL.length;
        return 0xAC00 + (l * vCount + v) * tCount + t;
    }

    private static int longest(String s, int[] at, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() > bestLen && s.startsWith(n, at[0])) {
                best = i;
                bestLen = n.length();
            }
        }
        if (best >= 0) {
            at[0] += bestLen;
        }
        return best;
    }

    private static synchronized Map<String, Integer> names() {
        if (byName != null) {
            return byName;
        }
        String[] words = String.join("", UnicodeNameTables.WORDS).split(" ");
        String t = String.join("", UnicodeNameTables.NAMES);
        Map<String, Integer> m = new HashMap<>();
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int count = t.charAt(i++);
            sb.setLength(0);
            for (int k = 0; k < count; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(words[t.charAt(i++) - 1]);
            }
            m.put(sb.toString(), cp);
        }
        byName = m;
        return m;
    }
}
