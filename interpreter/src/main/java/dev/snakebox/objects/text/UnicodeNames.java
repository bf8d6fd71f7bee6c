package dev.snakebox.objects.text;

import dev.snakebox.data.DataFiles;
import dev.snakebox.data.DataLines;
import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode character names in both directions; CPython's {@code _getucname} and
 * {@code _getcode} (Modules/unicodedata.c), for {@code \N{...}}, {@code unicodedata.name} and
 * {@code lookup}, and the namereplace error handler.
 *
 * <p>The names (Unicode 15.1, as CPython 3.13's unicodedata has them) come from the data file
 * {@code unicode_names.txt} (written by {@code interpreter/src/tools/gen_unicode_names.py}),
 * read on first use; when it cannot be had no character has a name. As in CPython, names and
 * aliases are matched without regard to ASCII case, except the algorithmic ones
 * ({@code CJK UNIFIED IDEOGRAPH-XXXX}, {@code HANGUL SYLLABLE ...}), which must be upper case;
 * aliases are names for lookup only, and named sequences are known to {@code lookup} only.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    private static final String FILE = "unicode_names.txt";

    /** The file's contents, parsed once (null before); {@link #EMPTY} when the file cannot be had. */
    private static Table table;

    private static final Table EMPTY = new Table();

    /** The parsed file. */
    private static final class Table {
        /** The names made of a prefix and the code point in hex: prefix, and [first, last] pairs. */
        String[] rulePrefixes = new String[0];
        int[][] ruleRanges = new int[0][];
        String[] lead = new String[0];
        String[] vowel = new String[0];
        String[] trail = new String[0];
        /** The named characters (other than the algorithmic), ascending, and their names. */
        int[] codePoints = new int[0];
        String[] names = new String[0];
        /** Upper-case name or alias -> code point; built on the first lookup by name. */
        Map<String, Integer> byName;
        String[] aliasNames = new String[0];
        int[] aliasCodePoints = new int[0];
        /** Named sequence name -> its text. */
        Map<String, String> sequences = new HashMap<>();
    }

    /** The name of {@code cp} ({@code unicodedata.name}), or null when it has none. */
    public static String name(int cp) {
        if (cp < 0 || cp > 0x10FFFF) {
            return null;
        }
        Table t = table();
        if (t == EMPTY) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            int s = cp - HANGUL_FIRST;
            int perLead = t.vowel.length * t.trail.length;
            return HANGUL_PREFIX + t.lead[s / perLead] + t.vowel[(s % perLead) / t.trail.length]
                    + t.trail[s % t.trail.length];
        }
        for (int r = 0; r < t.rulePrefixes.length; r++) {
            if (inRanges(t.ruleRanges[r], cp)) {
                return t.rulePrefixes[r] + hex4(cp);
            }
        }
        int lo = 0;
        int hi = t.codePoints.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = t.codePoints[mid];
            if (c == cp) {
                return t.names[mid];
            }
            if (c < cp) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /**
     * The code point named {@code name} or by one of its aliases ({@code \N{name}}), or -1 when
     * there is none. Named sequences are not characters: -1.
     */
    public static int codePoint(String name) {
        Table t = table();
        if (t == EMPTY) {
            return -1;
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangul(t, name.substring(HANGUL_PREFIX.length()));
        }
        if (name.startsWith(CJK_PREFIX)) {
            int cp = upperHex(name.substring(CJK_PREFIX.length()));
            return cp >= 0 && t.rulePrefixes.length > 0 && t.rulePrefixes[0].equals(CJK_PREFIX)
                    && inRanges(t.ruleRanges[0], cp) ? cp : -1;
        }
        String upper = asciiUpper(name);
        Integer cp = byName(t).get(upper);
        if (cp != null) {
            return cp;
        }
        return ruleNamed(t, upper);
    }

    /**
     * {@code unicodedata.lookup(name)}: the character or named sequence of that name or alias,
     * or null when there is none.
     */
    public static String lookup(String name) {
        int cp = codePoint(name);
        if (cp >= 0) {
            return new StringBuilder(2).appendCodePoint(cp).toString();
        }
        return table().sequences.get(asciiUpper(name));
    }

    /** A name of the families that end in the hex code point (other than the unified ideographs, matched before). */
    private static int ruleNamed(Table t, String upper) {
        int dash = upper.lastIndexOf('-');
        if (dash < 0) {
            return -1;
        }
        int cp = upperHex(upper.substring(dash + 1));
        if (cp < 0) {
            return -1;
        }
        String prefix = upper.substring(0, dash + 1);
        for (int r = 0; r < t.rulePrefixes.length; r++) {
            if (!t.rulePrefixes[r].equals(CJK_PREFIX) && t.rulePrefixes[r].equals(prefix)
                    && inRanges(t.ruleRanges[r], cp) && hex4(cp).equals(upper.substring(dash + 1))) {
                return cp;
            }
        }
        return -1;
    }

    private static boolean inRanges(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code %04X}. */
    private static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        StringBuilder sb = new StringBuilder(5);
        for (int i = h.length(); i < 4; i++) {
            sb.append('0');
        }
        return sb.append(h).toString();
    }

    /** Four or five upper-case hex digits, or -1 (as {@code _getcode} reads an ideograph's number). */
    private static int upperHex(String hex) {
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
        return v;
    }

    /** ASCII upper case, as CPython's {@code Py_TOUPPER} compares names. */
    private static String asciiUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    /** A syllable named by its jamo: the longest leading, vowel and trailing names in turn ({@code find_syllable}). */
    private static int hangul(Table t, String rest) {
        int[] at = {0};
        int l = longest(rest, at, t.lead);
        int v = longest(rest, at, t.vowel);
        int tr = longest(rest, at, t.trail);
        if (l < 0 || v < 0 || tr < 0 || at[0] != rest.length()) {
            return -1;
        }
        return HANGUL_FIRST + (l * t.vowel.length + v) * t.trail.length + tr;
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

    private static synchronized Map<String, Integer> byName(Table t) {
        if (t.byName == null) {
            Map<String, Integer> m = new HashMap<>(t.names.length * 2);
            for (int i = 0; i < t.names.length; i++) {
                m.put(t.names[i], t.codePoints[i]);
            }
            for (int i = 0; i < t.aliasNames.length; i++) {
                m.put(t.aliasNames[i], t.aliasCodePoints[i]);
            }
            t.byName = m;
        }
        return t.byName;
    }

    private static synchronized Table table() {
        if (table == null) {
            String text = DataFiles.read(FILE);
            table = text == null ? EMPTY : UnicodeNamesFile.parse(text, new Table());
        }
        return table;
    }

    /** Reads {@code unicode_names.txt} (its format: the generator's docstring). */
    private static final class UnicodeNamesFile {
        static Table parse(String text, Table t) {
            java.util.ArrayList<String> prefixes = new java.util.ArrayList<>();
            java.util.ArrayList<int[]> ranges = new java.util.ArrayList<>();
            java.util.ArrayList<String> jamo = new java.util.ArrayList<>();
            IntList cps = new IntList();
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            java.util.ArrayList<String> aliasNames = new java.util.ArrayList<>();
            IntList aliasCps = new IntList();
            int last = -1;
            String previous = "";
            DataLines lines = new DataLines(text);
            while (lines.next()) {
                String line = lines.line();
                switch (lines.section()) {
                    case "#names":
                        if (line.startsWith("+")) {
                            last += Integer.parseInt(line.substring(1), 16);
                        } else {
                            String name = previous.substring(0, line.charAt(0) - '0') + line.substring(1);
                            cps.add(++last);
                            names.add(name);
                            previous = name;
                        }
                        break;
                    case "#rules": {
                        String[] parts = line.split(";");
                        prefixes.add(parts[0]);
                        int[] r = new int[2 * (parts.length - 1)];
                        for (int k = 1; k < parts.length; k++) {
                            int dash = parts[k].indexOf('-');
                            r[2 * k - 2] = Integer.parseInt(parts[k].substring(0, dash), 16);
                            r[2 * k - 1] = Integer.parseInt(parts[k].substring(dash + 1), 16);
                        }
                        ranges.add(r);
                        break;
                    }
                    case "#jamo":
                        jamo.add(line);
                        break;
                    case "#aliases": {
                        int semi = line.indexOf(';');
                        aliasCps.add(Integer.parseInt(line.substring(0, semi), 16));
                        aliasNames.add(line.substring(semi + 1));
                        break;
                    }
                    case "#sequences": {
                        int semi = line.indexOf(';');
                        StringBuilder seq = new StringBuilder();
                        for (String h : line.substring(semi + 1).split(" ")) {
                            seq.appendCodePoint(Integer.parseInt(h, 16));
                        }
                        t.sequences.put(line.substring(0, semi), seq.toString());
                        break;
                    }
                    default:
                        break;
                }
            }
            t.rulePrefixes = prefixes.toArray(new String[0]);
            t.ruleRanges = ranges.toArray(new int[0][]);
            if (jamo.size() == 3) {
                t.lead = jamo.get(0).split(";", -1);
                t.vowel = jamo.get(1).split(";", -1);
                t.trail = jamo.get(2).split(";", -1);
            }
            t.codePoints = cps.toArray();
            t.names = names.toArray(new String[0]);
            t.aliasNames = aliasNames.toArray(new String[0]);
            t.aliasCodePoints = aliasCps.toArray();
            return t;
        }
    }
}
