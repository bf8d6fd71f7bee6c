package dev.snakebox.objects.text;

/**
 * {@code unicodedata.normalize} and {@code is_normalized}: the four normalization forms of
 * Unicode Standard Annex #15; CPython's {@code nfd_nfkd} and {@code nfc_nfkc}
 * (Modules/unicodedata.c). Decompositions, combining classes and primary composites come from
 * {@link UnicodeData}; the Hangul syllables are decomposed and composed by their arithmetic.
 */
public final class UnicodeNormalization {
    private UnicodeNormalization() {}

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** {@code s} in the form {@code "NFC"}, {@code "NFD"}, {@code "NFKC"} or {@code "NFKD"} (checked by the caller). */
    public static String normalize(String form, String s) {
        boolean compat = form.equals("NFKC") || form.equals("NFKD");
        int[] d = decompose(s, compat);
        if (form.equals("NFC") || form.equals("NFKC")) {
            d = compose(d);
        }
        StringBuilder out = new StringBuilder(d.length);
        for (int cp : d) {
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Full decomposition, then the canonical ordering of each run of non-starters. */
    private static int[] decompose(String s, boolean compat) {
        IntList out = new IntList(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            i += Utf16.units(cp);
            decomposeOne(cp, compat, out);
        }
        int[] a = out.toArray();
        // a stable insertion sort by combining class inside each run of non-starters
        for (int i = 1; i < a.length; i++) {
            int cc = UnicodeData.combining(a[i]);
            if (cc == 0) {
                continue;
            }
            int cp = a[i];
            int j = i - 1;
            while (j >= 0) {
                int prev = UnicodeData.combining(a[j]);
                if (prev == 0 || prev <= cc) {
                    break;
                }
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = cp;
        }
        return a;
    }

    private static void decomposeOne(int cp, boolean compat, IntList out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int si = cp - S_BASE;
            out.add(L_BASE + si / N_COUNT);
            out.add(V_BASE + (si % N_COUNT) / T_COUNT);
            if (si % T_COUNT != 0) {
                out.add(T_BASE + si % T_COUNT);
            }
            return;
        }
        String d = UnicodeData.decomposition(cp);
        if (d.isEmpty() || (!compat && d.startsWith("<"))) {
            out.add(cp);
            return;
        }
        int at = d.startsWith("<") ? d.indexOf('>') + 2 : 0;
        while (at < d.length()) {
            int space = d.indexOf(' ', at);
            int end = space < 0 ? d.length() : space;
            decomposeOne(Integer.parseInt(d.substring(at, end), 16), compat, out);
            at = end + 1;
        }
    }

    /** The canonical composition of a decomposed, ordered sequence. */
    private static int[] compose(int[] a) {
        IntList out = new IntList(a.length);
        int starter = -1;
        int lastClass = 0;
        boolean between = false;
        for (int cp : a) {
            int cc = UnicodeData.combining(cp);
            if (starter >= 0 && (!between || (lastClass != 0 && lastClass < cc))) {
                int c = pair(out.get(starter), cp);
                if (c >= 0) {
                    out.set(starter, c);
                    continue;
                }
            }
            if (cc == 0) {
                starter = out.size();
                between = false;
                lastClass = 0;
            } else {
                between = true;
                lastClass = cc;
            }
            out.add(cp);
        }
        return out.toArray();
    }

    /** The primary composite of two characters, or -1. */
    private static int pair(int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
            return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
        }
        if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0
                && second > T_BASE && second < T_BASE + T_COUNT) {
            return first + (second - T_BASE);
        }
        return UnicodeData.composite(first, second);
    }
}
