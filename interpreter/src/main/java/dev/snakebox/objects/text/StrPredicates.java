package dev.snakebox.objects.text;

import dev.snakebox.objects.UnicodePrintable;

/**
 * The {@code str.is...} predicates; CPython's {@code unicode_isalpha_impl} and its siblings
 * (Objects/unicodeobject.c) over the character properties of {@link UnicodeCtype}. All but
 * isascii and isprintable are false for the empty string.
 */
public final class StrPredicates {
    private StrPredicates() {
    }

    /** The character properties tested one code point at a time. */
    private enum Property {
        ALPHA, ALNUM, DECIMAL, DIGIT, NUMERIC, SPACE
    }

    private static boolean test(Property p, int cp) {
        switch (p) {
            case ALPHA:
                return UnicodeCtype.isAlpha(cp);
            case ALNUM:
                return UnicodeCtype.isAlnum(cp);
            case DECIMAL:
                return UnicodeCtype.isDecimal(cp);
            case DIGIT:
                return UnicodeCtype.isDigit(cp);
            case NUMERIC:
                return UnicodeCtype.isNumeric(cp);
            default:
                return UnicodeCtype.isSpace(cp);
        }
    }

    /** Whether {@code s} is not empty and every code point has property {@code p}. */
    private static boolean all(String s, Property p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (!test(p, cp)) {
                return false;
            }
            i += Utf16.units(cp);
        }
        return true;
    }

    /** {@code s.isalpha()}. */
    public static boolean isAlpha(String s) {
        return all(s, Property.ALPHA);
    }

    /** {@code s.isalnum()}. */
    public static boolean isAlnum(String s) {
        return all(s, Property.ALNUM);
    }

    /** {@code s.isdecimal()}. */
    public static boolean isDecimal(String s) {
        return all(s, Property.DECIMAL);
    }

    /** {@code s.isdigit()}. */
    public static boolean isDigit(String s) {
        return all(s, Property.DIGIT);
    }

    /** {@code s.isnumeric()}. */
    public static boolean isNumeric(String s) {
        return all(s, Property.NUMERIC);
    }

    /** {@code s.isspace()}. */
    public static boolean isSpace(String s) {
        return all(s, Property.SPACE);
    }

    /** {@code s.isascii()}: true for the empty string. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isprintable()}: true for the empty string. */
    public static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (!UnicodePrintable.isPrintable(cp)) {
                return false;
            }
            i += Utf16.units(cp);
        }
        return true;
    }

    /** {@code s.islower()}: no uppercase or titlecase character, and at least one lowercase one. */
    public static boolean isLower(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = Utf16.codePointAt(s, 0);
        if (Utf16.units(first) == s.length()) {
            return UnicodeCtype.isLower(first);
        }
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (UnicodeCtype.isUpper(cp) || UnicodeCtype.isTitle(cp)) {
                return false;
            }
            if (UnicodeCtype.isLower(cp)) {
                cased = true;
            }
            i += Utf16.units(cp);
        }
        return cased;
    }

    /** {@code s.isupper()}: no lowercase or titlecase character, and at least one uppercase one. */
    public static boolean isUpper(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = Utf16.codePointAt(s, 0);
        if (Utf16.units(first) == s.length()) {
            return UnicodeCtype.isUpper(first);
        }
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (UnicodeCtype.isLower(cp) || UnicodeCtype.isTitle(cp)) {
                return false;
            }
            if (UnicodeCtype.isUpper(cp)) {
                cased = true;
            }
            i += Utf16.units(cp);
        }
        return cased;
    }

    /**
     * {@code s.istitle()}: uppercase and titlecase characters only after uncased ones, lowercase
     * ones only after cased ones, and at least one cased character.
     */
    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (UnicodeCtype.isUpper(cp) || UnicodeCtype.isTitle(cp)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (UnicodeCtype.isLower(cp)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
            i += Utf16.units(cp);
        }
        return cased;
    }

    /** {@code s.isidentifier()}: XID_Start or '_', then XID_Continue characters. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = Utf16.codePointAt(s, 0);
        if (!UnicodeCtype.isXidStart(first) && first != '_') {
            return false;
        }
        for (int i = Utf16.units(first); i < s.length(); ) {
            int cp = Utf16.codePointAt(s, i);
            if (!UnicodeCtype.isXidContinue(cp)) {
                return false;
            }
            i += Utf16.units(cp);
        }
        return true;
    }
}
