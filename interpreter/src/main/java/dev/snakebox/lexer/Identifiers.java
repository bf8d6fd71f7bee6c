package dev.snakebox.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * Unicode identifiers (PEP 3131): which characters may start and continue a name
 * ({@code _PyUnicode_IsXidStart}, {@code _PyUnicode_IsXidContinue} in Objects/unicodectype.c),
 * and the NFKC normal form under which the parser stores a name ({@code _PyPegen_new_identifier}
 * in Parser/pegen.c, which calls {@code unicodedata.normalize('NFKC', ...)}). The data is
 * {@link IdentifierTables}, generated from the oracle.
 */
final class Identifiers {
    private Identifiers() {}

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** Built on first use: NFKC forms, decompositions and compositions by code point. */
    private static Map<Integer, String> nfkc;
    private static Map<Integer, int[]> decompositions;
    private static Map<Long, Integer> compositions;

    static boolean isXidStart(int cp) {
        return inFlips(IdentifierTables.XID_START, cp);
    }

    static boolean isXidContinue(int cp) {
        return inFlips(IdentifierTables.XID_CONTINUE, cp);
    }

    /** Whether {@code cp} is in the set whose boundaries are {@code flips} (the first one opens it). */
    private static boolean inFlips(int[] flips, int cp) {
        int low = 0;
        int high = flips.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (flips[mid] <= cp) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return (low & 1) == 1;
    }

    /** {@code unicodedata.normalize('NFKC', s)} for the characters an identifier holds. */
    static String nfkc(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s;
        }
        load();
        Codes d = new Codes(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String form = nfkc.get(cp);
            if (form == null) {
                decompose(cp, d);
            } else {
                for (int j = 0; j < form.length(); ) {
                    int c = form.codePointAt(j);
                    j += Character.charCount(c);
                    decompose(c, d);
                }
            }
        }
        int[] buf = d.codes;
        int n = d.size;
        reorder(buf, n);
        n = compose(buf, n);
        StringBuilder sb = new StringBuilder(n + 4);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(buf[i]);
        }
        return sb.toString();
    }

    /** A growing list of code points. */
    private static final class Codes {
        int[] codes;
        int size;

        Codes(int capacity) {
            codes = new int[capacity];
        }

        void add(int cp) {
            if (size == codes.length) {
                codes = java.util.Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = cp;
        }
    }

    /** Appends the full canonical decomposition of {@code cp}. */
    private static void decompose(int cp, Codes out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            out.add(L_BASE + s / N_COUNT);
            out.add(V_BASE + s % N_COUNT / T_COUNT);
            if (s % T_COUNT != 0) {
                out.add(T_BASE + s % T_COUNT);
            }
            return;
        }
        int[] pair = decompositions.get(cp);
        if (pair == null) {
            out.add(cp);
            return;
        }
        decompose(pair[0], out);
        decompose(pair[1], out);
    }

    /** The canonical ordering of combining marks: a stable sort of each run of non-starters by class. */
    private static void reorder(int[] buf, int n) {
        for (int i = 1; i < n; i++) {
            int c = combiningClass(buf[i]);
            if (c == 0) {
                continue;
            }
            int j = i;
            while (j > 0 && combiningClass(buf[j - 1]) > c) {
                int t = buf[j - 1];
                buf[j - 1] = buf[j];
                buf[j] = t;
                j--;
            }
        }
    }

    /** Canonical composition (UAX #15), in place; returns the new length. */
    private static int compose(int[] buf, int n) {
        if (n == 0) {
            return 0;
        }
        int starterPos = 0;
        int starter = buf[0];
        int lastClass = combiningClass(starter) == 0 ? 0 : 256;
        int out = 1;
        for (int i = 1; i < n; i++) {
            int ch = buf[i];
            int chClass = combiningClass(ch);
            int composite = composePair(starter, ch);
            if (composite >= 0 && (lastClass < chClass || lastClass == 0)) {
                buf[starterPos] = composite;
                starter = composite;
                continue;
            }
            if (chClass == 0) {
                starterPos = out;
                starter = ch;
            }
            lastClass = chClass;
            buf[out++] = ch;
        }
        return out;
    }

    private static int composePair(int a, int b) {
        if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
            return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        }
        if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT) {
            return a + (b - T_BASE);
        }
        Integer c = compositions.get(((long) a << 21) | b);
        return c == null ? -1 : c;
    }

    private static int combiningClass(int cp) {
        int[] runs = IdentifierTables.COMBINING;
        int low = 0;
        int high = runs.length / 3;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (runs[mid * 3 + 1] < cp) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low < runs.length / 3 && runs[low * 3] <= cp) {
            return runs[low * 3 + 2];
        }
        return 0;
    }

    private static synchronized void load() {
        if (nfkc != null) {
            return;
        }
        Map<Integer, String> forms = new HashMap<>();
        String t = String.join("", IdentifierTables.NFKC);
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int j = t.indexOf('\u0001', i);
            forms.put(cp, t.substring(i + Character.charCount(cp), j));
            i = j + 1;
        }
        Map<Integer, int[]> dec = new HashMap<>();
        Map<Long, Integer> comp = new HashMap<>();
        String p = String.join("", IdentifierTables.PAIRS);
        i = 0;
        while (i < p.length()) {
            int c = p.codePointAt(i);
            i += Character.charCount(c);
            int a = p.codePointAt(i);
            i += Character.charCount(a);
            int b = p.codePointAt(i);
            i += Character.charCount(b);
            dec.put(c, new int[] {a, b});
            comp.put(((long) a << 21) | b, c);
        }
        decompositions = dec;
        compositions = comp;
        nfkc = forms;
    }
}
