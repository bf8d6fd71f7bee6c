package dev.snakebox.parser;

import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.objects.FloatParser;
import dev.snakebox.objects.IntText;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyObject;

/**
 * The value of a NUMBER token; CPython's {@code parsenumber} and {@code _PyPegen_number_token}
 * (Parser/pegen.c): an int, a float, or for an imaginary literal a complex with real part 0.
 */
final class NumberLiterals {
    private NumberLiterals() {}

    static PyObject parse(Token t) {
        String s = t.text.indexOf('_') >= 0 ? t.text.replace("_", "") : t.text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, FloatParser.parse(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return IntText.parse(s.substring(2), 16);
            }
            if (k == 'o' || k == 'O') {
                return IntText.parse(s.substring(2), 8);
            }
            if (k == 'b' || k == 'B') {
                return IntText.parse(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new PyFloat(FloatParser.parse(s));
            }
        }
        int zeros = 0;
        while (zeros < s.length() - 1 && s.charAt(zeros) == '0') {
            zeros++;
        }
        int digits = s.length() - zeros;
        int limit = IntText.maxStrDigits();
        if (limit > 0 && digits > limit) {
            // Converting a long decimal literal is quadratic: CPython refuses past the limit, and
            // names the line only, to spare a wall of carets.
            throw SourceError.syntax("Exceeds the limit (" + limit
                    + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    t.line, 0, t.endLine, 0);
        }
        return IntText.parse(s, 10);
    }
}
