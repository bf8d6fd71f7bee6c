package dev.snakebox.lexer;

import dev.snakebox.objects.text.UnicodeCtype;
import dev.snakebox.objects.text.UnicodeData;
import dev.snakebox.objects.text.UnicodeNormalization;

/**
 * Unicode identifiers (PEP 3131): which characters may start and continue a name
 * ({@code _PyUnicode_IsXidStart}, {@code _PyUnicode_IsXidContinue} in Objects/unicodectype.c,
 * the same tables as {@code str.isidentifier}), and the NFKC normal form under which
 * the parser stores a name ({@code _PyPegen_new_identifier} in Parser/pegen.c, which calls
 * {@code unicodedata.normalize('NFKC', ...)}): the same normalisation as {@code unicodedata}'s,
 * whose data file is read the first time a name holds a character beyond ASCII.
 */
final class Identifiers {
    private Identifiers() {}

    static boolean isXidStart(int cp) {
        return UnicodeCtype.isXidStart(cp);
    }

    static boolean isXidContinue(int cp) {
        return UnicodeCtype.isXidContinue(cp);
    }

    /**
     * {@code unicodedata.normalize('NFKC', s)}; {@code s} itself when it is ASCII, or when the
     * Unicode data file cannot be had (a browser that cannot fetch it: most names are in NFKC
     * already).
     */
    static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return UnicodeData.available() ? UnicodeNormalization.normalize("NFKC", s) : s;
            }
        }
        return s;
    }
}
