package dev.snakebox.objects.text;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * {@code str.translate(table)}; CPython's {@code _PyUnicode_TranslateCharmap} with its ASCII
 * fast path ({@code unicode_fast_translate}) and {@code charmaptranslate_lookup}
 * (Objects/unicodeobject.c).
 *
 * <p>The table is Python code ({@code table[ord(c)]}), so the order and number of lookups are
 * CPython's: an ASCII string looks each distinct character up once while every mapping is one
 * ASCII character or a deletion; from the first other answer on, that character and every later
 * one are looked up each time they occur, and after a deleted character the following ones are
 * looked up once more while scanning for the end of the deleted run.
 */
public final class StrTranslate {
    private StrTranslate() {
    }

    /** {@code table[codePoint]} as the runtime answers it. */
    @FunctionalInterface
    public interface Table {
        /**
         * The item for {@code codePoint} (the Python object {@code table.__getitem__} returned),
         * or null when the lookup raised LookupError (or the dict has no such key): the character
         * then stays as it is. Other exceptions propagate.
         */
        PyObject lookup(int codePoint);
    }

    private static final int DELETE = -2;
    private static final int UNKNOWN = -1;

    /** {@code s.translate(table)}. */
    public static String translate(String s, Table table) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        if (StrPredicates.isAscii(s)) {
            i = fastTranslate(s, table, out);
            if (i == n) {
                return out.toString();
            }
        }
        while (i < n) {
            int cp = Utf16.codePointAt(s, i);
            PyObject item = checked(table.lookup(cp));
            i += Utf16.units(cp);
            if (item != PyNone.NONE) {
                appendItem(out, cp, item);
                continue;
            }
            // a deleted character: CPython looks ahead over the run of deleted ones
            int j = i;
            while (j < n) {
                int next = Utf16.codePointAt(s, j);
                if (checked(table.lookup(next)) != PyNone.NONE) {
                    break;
                }
                j += Utf16.units(next);
            }
            i = j;
        }
        StrErrors.checkLength(out.length());
        return out.toString();
    }

    /**
     * The ASCII fast path: translates while every answer is a deletion or one ASCII character,
     * each distinct character looked up once; returns where it stopped (the string's length when
     * it did not).
     */
    private static int fastTranslate(String s, Table table, StringBuilder out) {
        int[] cache = new int[128];
        for (int k = 0; k < 128; k++) {
            cache[k] = UNKNOWN;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int t = cache[c];
            if (t == UNKNOWN) {
                t = fastAnswer(c, checked(table.lookup(c)));
                if (t == UNKNOWN) {
                    return i;
                }
                cache[c] = t;
            }
            if (t != DELETE) {
                out.append((char) t);
            }
        }
        return n;
    }

    /** The cached answer for ASCII character {@code c}: DELETE, an ASCII character, or UNKNOWN (leave the fast path). */
    private static int fastAnswer(char c, PyObject item) {
        if (item == null) {
            return c;
        }
        if (item == PyNone.NONE) {
            return DELETE;
        }
        if (item instanceof PyInt) {
            int v = (int) ((PyInt) item).value;
            return v < 128 ? v : UNKNOWN;
        }
        String text = ((PyStr) item).value();
        if (text.length() == 1 && text.charAt(0) < 128) {
            return text.charAt(0);
        }
        return UNKNOWN;
    }

    /** CPython's {@code charmaptranslate_lookup} checks: an int in range, None, a str, or missing (null). */
    private static PyObject checked(PyObject item) {
        if (item == null || item == PyNone.NONE || item instanceof PyStr) {
            return item;
        }
        if (item instanceof PyInt) {
            PyInt i = (PyInt) item;
            if (!i.isSmall()) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            if (i.value < 0 || i.value > 0x10FFFF) {
                throw StrErrors.mappingOutOfRange();
            }
            return item;
        }
        throw StrErrors.mappingType();
    }

    /** Appends what a checked item other than None stands for; {@code cp} stays when there was none. */
    private static void appendItem(StringBuilder out, int cp, PyObject item) {
        if (item == null) {
            UnicodeCtype.appendCodePoint(out, cp);
        } else if (item instanceof PyInt) {
            UnicodeCtype.appendCodePoint(out, (int) ((PyInt) item).value);
        } else {
            out.append(((PyStr) item).value());
        }
        if (out.length() > PyStr.MAX_LENGTH) {
            throw StrErrors.tooLong();
        }
    }
}
