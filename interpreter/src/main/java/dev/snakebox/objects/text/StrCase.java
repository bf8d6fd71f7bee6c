package dev.snakebox.objects.text;

import dev.snakebox.objects.PyStr;

/**
 * {@code str.upper}, {@code lower}, {@code casefold}, {@code title}, {@code capitalize} and
 * {@code swapcase}; CPython's {@code do_upper}, {@code do_lower}, {@code do_casefold},
 * {@code do_title}, {@code do_capitalize} and {@code do_swapcase} (Objects/unicodeobject.c).
 *
 * <p>Full case mappings (one character may become up to three: ß → SS, ŉ → ʼN, ﬃ → FFI) from
 * {@link UnicodeCtype}, without locale, and with the one context rule CPython applies: a capital
 * sigma lowers to final sigma ς at the end of a word ({@code handle_capital_sigma}).
 */
public final class StrCase {
    private StrCase() {
    }

    private static final int CAPITAL_SIGMA = 0x3A3;
    private static final char SMALL_SIGMA = '\u03C3';
    private static final char FINAL_SIGMA = '\u03C2';

    /** {@code s.upper()}. */
    public static String upper(String s) {
        int i = 0;
        int n = s.length();
        // the prefix that is already upper ASCII stays as it is
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'a' && c <= 'z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 8).append(s, 0, i);
        while (i < n) {
            int cp = Utf16.codePointAt(s, i);
            UnicodeCtype.appendUpper(out, cp);
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** {@code s.lower()}. */
    public static String lower(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 8).append(s, 0, i);
        while (i < n) {
            int cp = Utf16.codePointAt(s, i);
            appendLowerInContext(out, s, i, cp);
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** {@code s.casefold()}. */
    public static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            UnicodeCtype.appendFolded(out, cp);
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** {@code s.title()}: titlecase after an uncased character, lowercase after a cased one. */
    public static String title(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean previousIsCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (previousIsCased) {
                appendLowerInContext(out, s, i, cp);
            } else {
                UnicodeCtype.appendTitle(out, cp);
            }
            previousIsCased = UnicodeCtype.isCased(cp);
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** {@code s.capitalize()}: the first character in titlecase, the rest in lowercase. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int first = Utf16.codePointAt(s, 0);
        UnicodeCtype.appendTitle(out, first);
        for (int i = Utf16.units(first); i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            appendLowerInContext(out, s, i, cp);
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** {@code s.swapcase()}: uppercase characters lowered, lowercase ones raised, others kept. */
    public static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (UnicodeCtype.isUpper(cp)) {
                appendLowerInContext(out, s, i, cp);
            } else if (UnicodeCtype.isLower(cp)) {
                UnicodeCtype.appendUpper(out, cp);
            } else {
                UnicodeCtype.appendCodePoint(out, cp);
            }
            i += Utf16.units(cp);
            check(out);
        }
        return finish(out);
    }

    /** The result, unless a mapping grew it past the longest string (a character maps to at most three). */
    private static String finish(StringBuilder out) {
        StrErrors.checkLength(out.length());
        return out.toString();
    }

    /** Stops a growing result as soon as it passes the longest string, before it exhausts the heap. */
    private static void check(StringBuilder out) {
        if (out.length() > PyStr.MAX_LENGTH) {
            throw StrErrors.tooLong();
        }
    }

    /** CPython's {@code lower_ucs4}: the full lowercase of the code point at unit {@code i} of {@code s}. */
    private static void appendLowerInContext(StringBuilder out, String s, int i, int cp) {
        if (cp == CAPITAL_SIGMA) {
            out.append(isFinalSigma(s, i) ? FINAL_SIGMA : SMALL_SIGMA);
        } else {
            UnicodeCtype.appendLower(out, cp);
        }
    }

    /**
     * CPython's {@code handle_capital_sigma}: the sigma at unit {@code i} ends a word when a cased
     * character precedes it and none follows it, case-ignorable characters between being skipped.
     */
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = Utf16.codePointBefore(s, j);
            j -= Utf16.units(c);
            if (!UnicodeCtype.isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !UnicodeCtype.isCased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = Utf16.codePointAt(s, j);
            if (!UnicodeCtype.isCaseIgnorable(c)) {
                return !UnicodeCtype.isCased(c);
            }
            j += Utf16.units(c);
        }
        return true;
    }
}
