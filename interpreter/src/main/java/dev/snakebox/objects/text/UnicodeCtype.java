package dev.snakebox.objects.text;

/**
 * Character properties and full case mappings of one code point; CPython's
 * {@code Objects/unicodectype.c} ({@code _PyUnicode_IsAlpha}, {@code _PyUnicode_ToUpperFull}, ...).
 *
 * <p>Everything comes from {@link UnicodeTypeTables} (Unicode 15.1, generated from the oracle),
 * never from {@code java.lang.Character}: the JDK and TeaVM know other Unicode versions and
 * other case rules. Code points outside 0..0x10FFFF have no properties; the mappings are for
 * code points read from strings.
 */
public final class UnicodeCtype {
    private UnicodeCtype() {
    }

    private static final char[] TOP = join(UnicodeTypeTables.TOP);
    private static final char[] MID = join(UnicodeTypeTables.MID);
    private static final char[] LEAF = join(UnicodeTypeTables.LEAF);
    private static final int MID_MASK = (1 << (UnicodeTypeTables.SHIFT_TOP - UnicodeTypeTables.SHIFT_LEAF)) - 1;
    private static final int LEAF_MASK = (1 << UnicodeTypeTables.SHIFT_LEAF) - 1;
    private static final String EXTENDED_CASE = String.join("", UnicodeTypeTables.EXTENDED_CASE);

    /** Per record: its flags and its four mappings (a delta, or an extended-case reference). */
    private static final int[] FLAGS = new int[UnicodeTypeTables.RECORD_COUNT];
    private static final int[] UPPER = new int[UnicodeTypeTables.RECORD_COUNT];
    private static final int[] LOWER = new int[UnicodeTypeTables.RECORD_COUNT];
    private static final int[] TITLE = new int[UnicodeTypeTables.RECORD_COUNT];
    private static final int[] FOLD = new int[UnicodeTypeTables.RECORD_COUNT];

    static {
        char[] r = join(UnicodeTypeTables.RECORDS);
        for (int i = 0; i < UnicodeTypeTables.RECORD_COUNT; i++) {
            int at = i * 10;
            FLAGS[i] = intAt(r, at);
            UPPER[i] = intAt(r, at + 2);
            LOWER[i] = intAt(r, at + 4);
            TITLE[i] = intAt(r, at + 6);
            FOLD[i] = intAt(r, at + 8);
        }
    }

    private static char[] join(String[] parts) {
        return String.join("", parts).toCharArray();
    }

    private static int intAt(char[] units, int at) {
        return (units[at] << 16) | units[at + 1];
    }

    /** The record number of a code point (CPython's {@code gettyperecord}); 0, which maps nothing, outside the range. */
    private static int record(int cp) {
        if (cp < 0 || cp > 0x10FFFF) {
            return 0;
        }
        int mid = TOP[cp >>> UnicodeTypeTables.SHIFT_TOP];
        int leaf = MID[(mid << (UnicodeTypeTables.SHIFT_TOP - UnicodeTypeTables.SHIFT_LEAF))
                + ((cp >>> UnicodeTypeTables.SHIFT_LEAF) & MID_MASK)];
        return LEAF[(leaf << UnicodeTypeTables.SHIFT_LEAF) + (cp & LEAF_MASK)];
    }

    /** Whether the record of {@code cp} has {@code flag}; record 0 (U+0000's) has none. */
    private static boolean has(int cp, int flag) {
        return (FLAGS[record(cp)] & flag) != 0;
    }

    /** {@code Py_UNICODE_ISALPHA}: general category Lu, Ll, Lt, Lm or Lo. */
    public static boolean isAlpha(int cp) {
        return has(cp, UnicodeTypeTables.ALPHA);
    }

    /** {@code Py_UNICODE_ISDECIMAL}: has a decimal digit value. */
    public static boolean isDecimal(int cp) {
        return has(cp, UnicodeTypeTables.DECIMAL);
    }

    /** {@code Py_UNICODE_ISDIGIT}: has a digit value. */
    public static boolean isDigit(int cp) {
        return has(cp, UnicodeTypeTables.DIGIT);
    }

    /** {@code Py_UNICODE_ISNUMERIC}: has a numeric value. */
    public static boolean isNumeric(int cp) {
        return has(cp, UnicodeTypeTables.NUMERIC);
    }

    /** {@code Py_UNICODE_ISALNUM}: alphabetic, decimal, digit or numeric. */
    public static boolean isAlnum(int cp) {
        return has(cp, UnicodeTypeTables.ALPHA | UnicodeTypeTables.DECIMAL | UnicodeTypeTables.DIGIT
                | UnicodeTypeTables.NUMERIC);
    }

    /**
     * {@code Py_UNICODE_ISSPACE}: what {@code str.split()} and {@code str.strip()} cut at
     * (bidirectional class WS, B or S, or category Zs). ASCII is answered without the table.
     */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            // \t \n \v \f \r, the four information separators 0x1c-0x1f, and the space
            return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
        }
        return has(cp, UnicodeTypeTables.SPACE);
    }

    /** {@code Py_UNICODE_ISLOWER}: the Lowercase property. */
    public static boolean isLower(int cp) {
        return has(cp, UnicodeTypeTables.LOWER);
    }

    /** {@code Py_UNICODE_ISUPPER}: the Uppercase property. */
    public static boolean isUpper(int cp) {
        return has(cp, UnicodeTypeTables.UPPER);
    }

    /** {@code Py_UNICODE_ISTITLE}: general category Lt. */
    public static boolean isTitle(int cp) {
        return has(cp, UnicodeTypeTables.TITLE);
    }

    /** {@code _PyUnicode_IsCased}: Lowercase, Uppercase or Lt. */
    public static boolean isCased(int cp) {
        return has(cp, UnicodeTypeTables.CASED);
    }

    /** {@code _PyUnicode_IsCaseIgnorable}: skipped when deciding the final-sigma context. */
    public static boolean isCaseIgnorable(int cp) {
        return has(cp, UnicodeTypeTables.CASE_IGNORABLE);
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: a line boundary of {@code str.splitlines}. */
    public static boolean isLinebreak(int cp) {
        return has(cp, UnicodeTypeTables.LINEBREAK);
    }

    /** {@code _PyUnicode_IsXidStart}: XID_Start (the underscore is not in it). */
    public static boolean isXidStart(int cp) {
        return has(cp, UnicodeTypeTables.XID_START);
    }

    /** {@code _PyUnicode_IsXidContinue}: XID_Continue. */
    public static boolean isXidContinue(int cp) {
        return has(cp, UnicodeTypeTables.XID_CONTINUE);
    }

    /** Appends the full uppercase of {@code cp} ({@code _PyUnicode_ToUpperFull}). */
    public static void appendUpper(StringBuilder out, int cp) {
        if (cp >= 'a' && cp <= 'z') {
            out.append((char) (cp - 32));
        } else if (cp < 128) {
            out.append((char) cp);
        } else {
            appendMapped(out, cp, UPPER, UnicodeTypeTables.EXTENDED_UPPER);
        }
    }

    /** Appends the full lowercase of {@code cp} ({@code _PyUnicode_ToLowerFull}), without the final-sigma rule. */
    public static void appendLower(StringBuilder out, int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            out.append((char) (cp + 32));
        } else if (cp < 128) {
            out.append((char) cp);
        } else {
            appendMapped(out, cp, LOWER, UnicodeTypeTables.EXTENDED_LOWER);
        }
    }

    /** Appends the full titlecase of {@code cp} ({@code _PyUnicode_ToTitleFull}). */
    public static void appendTitle(StringBuilder out, int cp) {
        appendMapped(out, cp, TITLE, UnicodeTypeTables.EXTENDED_TITLE);
    }

    /** Appends the full case folding of {@code cp} ({@code _PyUnicode_ToFoldedFull}). */
    public static void appendFolded(StringBuilder out, int cp) {
        appendMapped(out, cp, FOLD, UnicodeTypeTables.EXTENDED_FOLD);
    }

    private static void appendMapped(StringBuilder out, int cp, int[] mapping, int extendedFlag) {
        int rec = record(cp);
        int value = mapping[rec];
        if ((FLAGS[rec] & extendedFlag) != 0) {
            int offset = value >>> 2;
            out.append(EXTENDED_CASE, offset, offset + (value & 3));
        } else {
            appendCodePoint(out, cp + value);
        }
    }

    /** Appends one code point as UTF-16 (a lone surrogate code point as its single unit). */
    static void appendCodePoint(StringBuilder out, int cp) {
        if (cp < 0x10000) {
            out.append((char) cp);
        } else {
            out.append((char) (0xD7C0 + (cp >>> 10))).append((char) (0xDC00 | (cp & 0x3FF)));
        }
    }
}
