package dev.snakebox.objects.text;

/**
 * {@code str.find}, {@code rfind}, {@code index}, {@code rindex}, {@code count},
 * {@code startswith}, {@code endswith} and {@code in}; CPython's {@code any_find_slice},
 * {@code unicode_count_impl} and {@code tailmatch} (Objects/unicodeobject.c).
 *
 * <p>{@code start} and {@code end} are the arguments as CPython's slice-index converter gives
 * them ({@code _PyEval_SliceIndex}: None is 0 and {@code PY_SSIZE_T_MAX}, huge ints are clamped),
 * clamped further to the int range, which changes nothing since strings are far shorter; pass
 * {@link #NO_START} and {@link #NO_END} for omitted arguments. They count code points, and
 * so do the results. A match never starts or ends inside a surrogate pair.
 */
public final class StrSearch {
    private StrSearch() {
    }

    /** The start of an omitted start argument. */
    public static final int NO_START = 0;
    /** The end of an omitted end argument ({@code PY_SSIZE_T_MAX}, clamped). */
    public static final int NO_END = Integer.MAX_VALUE;

    /** The start and end of a search after CPython's {@code ADJUST_INDICES}. */
    private static int adjustEnd(int end, int len) {
        if (end > len) {
            return len;
        }
        if (end < 0) {
            end += len;
            if (end < 0) {
                return 0;
            }
        }
        return end;
    }

    private static int adjustStart(int start, int len) {
        if (start < 0) {
            start += len;
            if (start < 0) {
                return 0;
            }
        }
        return start;
    }

    /** {@code s.find(sub, start, end)}: the code point index of the first match, or -1. */
    public static int find(String s, CodePointIndex ix, String sub, int start, int end) {
        int len = ix.length(s);
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        if (end - start < Utf16.length(sub)) {
            return -1;
        }
        int p = indexOf(s, sub, ix.offset(start), ix.offset(end));
        return p < 0 ? -1 : ix.index(p);
    }

    /** {@code s.rfind(sub, start, end)}: the code point index of the last match, or -1. */
    public static int rfind(String s, CodePointIndex ix, String sub, int start, int end) {
        int len = ix.length(s);
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        if (end - start < Utf16.length(sub)) {
            return -1;
        }
        int p = lastIndexOf(s, sub, ix.offset(start), ix.offset(end));
        return p < 0 ? -1 : ix.index(p);
    }

    /** {@code s.index(sub, start, end)}: as find, but ValueError when there is no match. */
    public static int index(String s, CodePointIndex ix, String sub, int start, int end) {
        int i = find(s, ix, sub, start, end);
        if (i < 0) {
            throw StrErrors.substringNotFound();
        }
        return i;
    }

    /** {@code s.rindex(sub, start, end)}: as rfind, but ValueError when there is no match. */
    public static int rindex(String s, CodePointIndex ix, String sub, int start, int end) {
        int i = rfind(s, ix, sub, start, end);
        if (i < 0) {
            throw StrErrors.substringNotFound();
        }
        return i;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping matches; the empty string matches between code points. */
    public static int count(String s, CodePointIndex ix, String sub, int start, int end) {
        int len = ix.length(s);
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        int subLen = Utf16.length(sub);
        if (end - start < subLen) {
            return 0;
        }
        if (subLen == 0) {
            return end - start + 1;
        }
        int from = ix.offset(start);
        int to = ix.offset(end);
        int n = 0;
        while (true) {
            int p = indexOf(s, sub, from, to);
            if (p < 0) {
                return n;
            }
            n++;
            from = p + sub.length();
        }
    }

    /** {@code sub in s}. */
    public static boolean contains(String s, String sub) {
        return indexOf(s, sub, 0, s.length()) >= 0;
    }

    /** {@code s.startswith(prefix, start, end)}. */
    public static boolean startsWith(String s, CodePointIndex ix, String prefix, int start, int end) {
        return tailMatch(s, ix, prefix, start, end, false);
    }

    /** {@code s.startswith(prefixes, start, end)} for a tuple: whether any of them matches. */
    public static boolean startsWith(String s, CodePointIndex ix, String[] prefixes, int start, int end) {
        for (String prefix : prefixes) {
            if (tailMatch(s, ix, prefix, start, end, false)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.endswith(suffix, start, end)}. */
    public static boolean endsWith(String s, CodePointIndex ix, String suffix, int start, int end) {
        return tailMatch(s, ix, suffix, start, end, true);
    }

    /** {@code s.endswith(suffixes, start, end)} for a tuple: whether any of them matches. */
    public static boolean endsWith(String s, CodePointIndex ix, String[] suffixes, int start, int end) {
        for (String suffix : suffixes) {
            if (tailMatch(s, ix, suffix, start, end, true)) {
                return true;
            }
        }
        return false;
    }

    /** CPython's {@code tailmatch}: whether {@code s[start:end]} starts (or ends) with {@code sub}. */
    private static boolean tailMatch(String s, CodePointIndex ix, String sub, int start, int end, boolean atEnd) {
        int len = ix.length(s);
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        int subLen = Utf16.length(sub);
        if (end - subLen < start) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int first = atEnd ? end - subLen : start;
        int from = ix.offset(first);
        int to = ix.offset(first + subLen);
        return to - from == sub.length() && s.regionMatches(from, sub, 0, sub.length());
    }

    /**
     * The first UTF-16 offset {@code p >= from} where {@code sub} occurs in {@code s} with
     * {@code p + sub.length() <= to}, both ends on code point boundaries; -1 if none.
     * {@code from} must be a boundary.
     */
    static int indexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        if (m == 0) {
            return from <= to ? from : -1;
        }
        boolean check = splitsPairs(sub);
        int p = from;
        while (true) {
            p = s.indexOf(sub, p);
            if (p < 0 || p + m > to) {
                return -1;
            }
            if (!check || (onBoundary(s, p) && onBoundary(s, p + m))) {
                return p;
            }
            p++;
        }
    }

    /**
     * The last UTF-16 offset {@code p >= from} where {@code sub} occurs in {@code s} with
     * {@code p + sub.length() <= to}, both ends on code point boundaries; -1 if none.
     */
    static int lastIndexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        boolean check = m > 0 && splitsPairs(sub);
        int p = to - m;
        while (p >= from) {
            p = s.lastIndexOf(sub, p);
            if (p < from) {
                return -1;
            }
            if (!check || (onBoundary(s, p) && onBoundary(s, p + m))) {
                return p;
            }
            p--;
        }
        return -1;
    }

    /** Whether a match of {@code sub} could start or end inside a pair: it starts low or ends high. */
    private static boolean splitsPairs(String sub) {
        char first = sub.charAt(0);
        char last = sub.charAt(sub.length() - 1);
        return (first >= 0xDC00 && first <= 0xDFFF) || (last >= 0xD800 && last <= 0xDBFF);
    }

    /** Whether UTF-16 offset {@code i} is not between the two units of a pair. */
    static boolean onBoundary(String s, int i) {
        return i == 0 || i >= s.length() || !CodePointIndex.isPair(s, i - 1);
    }
}
