package dev.snakebox.objects.text;

import dev.snakebox.data.DataFiles;
import dev.snakebox.data.DataLines;
import java.util.HashMap;
import java.util.Map;

/**
 * The character properties of the {@code unicodedata} module: CPython's
 * {@code _PyUnicode_Database_Records} and the decomposition and numeric tables
 * (Modules/unicodedata_db.h, Objects/unicodetype_db.h), Unicode 15.1.
 *
 * <p>They come from the data file {@code unicode_data.txt} (written by
 * {@code interpreter/src/tools/gen_unicode_data.py} under CPython 3.13), read on first use, never
 * from {@code java.lang.Character}, whose Unicode version differs. {@link #available()} says
 * whether the file could be had; without it every query answers as for an unassigned character.
 */
public final class UnicodeData {
    private UnicodeData() {}

    private static final String FILE = "unicode_data.txt";

    private static boolean loaded;
    private static boolean available;
    private static String[] categories = {"Cn"};
    private static String[] bidirectionals = {""};
    private static String[] widths = {"N"};
    /** Per record: indexes of category, bidirectional and east_asian_width; mirrored; combining class. */
    private static int[] recCategory = new int[1];
    private static int[] recBidi = new int[1];
    private static int[] recWidth = new int[1];
    private static boolean[] recMirrored = new boolean[1];
    private static int[] recCombining = new int[1];
    /** The first code point of each run, ascending, and its record. */
    private static int[] runStart = {0};
    private static int[] runRecord = {0};
    private static final Map<Integer, String[]> numeric = new HashMap<>();
    private static final Map<Integer, String> decomposition = new HashMap<>();
    /** The two characters' code points (first << 21 | second) -> the primary composite. */
    private static final Map<Long, Integer> composites = new HashMap<>();

    /** Whether the data file could be read. */
    public static boolean available() {
        load();
        return available;
    }

    /** {@code unicodedata.category}: the general category ("Lu", "Cn"...). */
    public static String category(int cp) {
        int r = record(cp); // loads the file first: read the arrays after
        return categories[recCategory[r]];
    }

    /** {@code unicodedata.bidirectional}: the bidirectional class, "" for unassigned characters. */
    public static String bidirectional(int cp) {
        int r = record(cp);
        return bidirectionals[recBidi[r]];
    }

    /** {@code unicodedata.east_asian_width}. */
    public static String eastAsianWidth(int cp) {
        int r = record(cp);
        return widths[recWidth[r]];
    }

    /** {@code unicodedata.mirrored}. */
    public static boolean mirrored(int cp) {
        int r = record(cp);
        return recMirrored[r];
    }

    /** {@code unicodedata.combining}: the canonical combining class. */
    public static int combining(int cp) {
        int r = record(cp);
        return recCombining[r];
    }

    /** The decimal value, or -1. */
    public static int decimal(int cp) {
        String[] v = numericFields(cp);
        return v == null || v[0].isEmpty() ? -1 : Integer.parseInt(v[0]);
    }

    /** The digit value, or -1. */
    public static int digit(int cp) {
        String[] v = numericFields(cp);
        return v == null || v[1].isEmpty() ? -1 : Integer.parseInt(v[1]);
    }

    /**
     * The numeric value as an integer numerator and denominator (CPython's table holds the double
     * {@code (double) N / D}), or null.
     */
    public static long[] numeric(int cp) {
        String[] v = numericFields(cp);
        if (v == null) {
            return null;
        }
        String n = v[2];
        int slash = n.indexOf('/');
        if (slash < 0) {
            return new long[] {Long.parseLong(n), 1};
        }
        return new long[] {Long.parseLong(n.substring(0, slash)), Long.parseLong(n.substring(slash + 1))};
    }

    /** {@code unicodedata.decomposition}: "" when the character has none. */
    public static String decomposition(int cp) {
        load();
        String d = decomposition.get(cp);
        return d == null ? "" : d;
    }

    /** The primary composite of {@code first} and {@code second}, or -1 (Hangul not included). */
    public static int composite(int first, int second) {
        load();
        Integer c = composites.get(((long) first << 21) | second);
        return c == null ? -1 : c;
    }

    private static String[] numericFields(int cp) {
        load();
        return numeric.get(cp);
    }

    private static int record(int cp) {
        load();
        if (cp < 0 || cp > 0x10FFFF) {
            return 0;
        }
        int lo = 0;
        int hi = runStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runStart[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return runRecord[lo];
    }

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String text = DataFiles.read(FILE);
        if (text == null) {
            return;
        }
        parse(text);
        available = true;
    }

    /** Reads the file (its format: the generator's docstring). */
    private static void parse(String text) {
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        java.util.ArrayList<String> records = new java.util.ArrayList<>();
        int[] starts = new int[1024];
        int[] recs = new int[1024];
        int runs = 0;
        int cp = 0;
        DataLines lines = new DataLines(text);
        while (lines.next()) {
            String line = lines.line();
            switch (lines.section()) {
                case "#values":
                    values.add(line);
                    break;
                case "#records":
                    records.add(line);
                    break;
                case "#runs": {
                    int star = line.indexOf('*');
                    int rec = Integer.parseInt(star < 0 ? line : line.substring(0, star), 36);
                    int count = star < 0 ? 1 : Integer.parseInt(line.substring(star + 1), 36);
                    if (runs == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, runs * 2);
                        recs = java.util.Arrays.copyOf(recs, runs * 2);
                    }
                    starts[runs] = cp;
                    recs[runs] = rec;
                    runs++;
                    cp += count;
                    break;
                }
                case "#numeric": {
                    int semi = line.indexOf(';');
                    numeric.put(Integer.parseInt(line.substring(0, semi), 16), line.substring(semi + 1).split(";", -1));
                    break;
                }
                case "#decomposition": {
                    int semi = line.indexOf(';');
                    int c = Integer.parseInt(line.substring(0, semi), 16);
                    String d = line.substring(semi + 1);
                    if (d.startsWith("=")) {
                        d = d.substring(1);
                        int space = d.indexOf(' ');
                        long key = ((long) Integer.parseInt(d.substring(0, space), 16) << 21)
                                | Integer.parseInt(d.substring(space + 1), 16);
                        composites.put(key, c);
                    }
                    decomposition.put(c, d);
                    break;
                }
                default:
                    break;
            }
        }
        categories = values.get(0).split(";", -1);
        bidirectionals = values.get(1).split(";", -1);
        widths = values.get(2).split(";", -1);
        int n = records.size();
        recCategory = new int[n];
        recBidi = new int[n];
        recWidth = new int[n];
        recMirrored = new boolean[n];
        recCombining = new int[n];
        for (int i = 0; i < n; i++) {
            String r = records.get(i);
            recCategory[i] = Character.digit(r.charAt(0), 36);
            recBidi[i] = Character.digit(r.charAt(1), 36);
            recWidth[i] = Character.digit(r.charAt(2), 36);
            recMirrored[i] = r.charAt(3) == '1';
            recCombining[i] = Integer.parseInt(r.substring(4));
        }
        runStart = java.util.Arrays.copyOf(starts, runs);
        runRecord = java.util.Arrays.copyOf(recs, runs);
    }
}
