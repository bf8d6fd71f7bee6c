package dev.snakebox.objects;

/**
 * {@code complex(str)}: CPython's {@code complex_from_string_inner} (Objects/complexobject.c)
 * after {@code _Py_string_to_number_with_underscores}. Accepted: optional whitespace and
 * parentheses around {@code <float>}, {@code <float>j}, {@code <float><signed-float>j},
 * {@code <float><sign>j}, {@code <sign>j} or {@code j} (Unicode digits and spaces made ASCII first),
 * where a float is what {@code float()}
 * accepts (infinities and nans included; an overflowing one is an infinity).
 */
final class ComplexParser {
    private ComplexParser() {}

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    /** The parts of the complex number {@code text} spells, or ValueError. */
    static double[] parse(String text) {
        String s = dropUnderscores(text, FloatText.toAscii(text));
        int n = s.length();
        int i = 0;
        while (i < n && FloatParser.isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && FloatParser.isSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatEnd(s, i);
        if (end != i) {
            double z = FloatParser.parse(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                int end2 = floatEnd(s, i);
                if (end2 != i) {
                    y = FloatParser.parse(s.substring(i, end2));
                    i = end2;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                    throw malformed();
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                throw malformed();
            }
            i++;
        }
        while (i < n && FloatParser.isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (!(i < n && s.charAt(i) == ')')) {
                throw malformed();
            }
            i++;
            while (i < n && FloatParser.isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[] {x, y};
    }

    /**
     * {@code _Py_string_to_number_with_underscores}: underscores only between two digits are
     * dropped; any other is "could not convert string to complex", showing the original text.
     */
    private static String dropUnderscores(String original, String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev) || i + 1 >= s.length() || !isDigit(s.charAt(i + 1))) {
                    throw Errors.valueError("could not convert string to complex: " + StrRepr.repr(original));
                }
            } else {
                kept.append(c);
            }
            prev = c;
        }
        return kept.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Where the longest float at {@code i} ends ({@code _Py_dg_strtod}'s prefix: sign, digits with
     * an optional point, an exponent only when digits follow it; or an infinity or nan); {@code i}
     * when there is none.
     */
    private static int floatEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
        }
        int special = specialEnd(s, j);
        if (special > j) {
            return special;
        }
        int digits = 0;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    k++;
                }
                j = k;
            }
        }
        return j;
    }

    private static int specialEnd(String s, int j) {
        if (matches(s, j, "infinity")) {
            return j + 8;
        }
        if (matches(s, j, "inf") || matches(s, j, "nan")) {
            return j + 3;
        }
        return j;
    }

    private static boolean matches(String s, int j, String word) {
        if (j + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(j + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
