package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;

/**
 * A str.format field name, {@code first(.attr|[key])*}: CPython's {@code field_name_split} and
 * {@code FieldNameIterator} (Objects/stringlib/unicode_format.h). The first part is split off at
 * once; the accessors are parsed one at a time, so a lookup that fails comes before a syntax
 * error further right, as in CPython.
 */
public final class FieldNameIterator {
    private final String text;
    private final String first;
    private final long firstIndex;
    private int pos;

    private FieldNameIterator(String text, String first, long firstIndex, int pos) {
        this.text = text;
        this.first = first;
        this.firstIndex = firstIndex;
        this.pos = pos;
    }

    /**
     * Splits {@code fieldName}. Without automatic numbering ({@code _string.formatter_field_name_split})
     * an empty first part stays the empty string with index -1.
     */
    public static FieldNameIterator split(String fieldName) {
        return split(fieldName, null);
    }

    static FieldNameIterator split(String fieldName, AutoNumber autoNumber) {
        int i = 0;
        while (i < fieldName.length() && fieldName.charAt(i) != '[' && fieldName.charAt(i) != '.') {
            i++;
        }
        String first = fieldName.substring(0, i);
        long index = integer(first);
        if (autoNumber != null) {
            index = autoNumber.resolve(first.isEmpty(), index);
        }
        return new FieldNameIterator(fieldName, first, index, i);
    }

    /** The part before the first '.' or '['. */
    public String first() {
        return first;
    }

    /** The first part as a positional index, or -1 when it is a keyword name. */
    public long firstIndex() {
        return firstIndex;
    }

    /** The next accessor, or null at the end; ValueError for a malformed one. */
    public FieldAccessor next() {
        int end = text.length();
        if (pos >= end) {
            return null;
        }
        char c = text.charAt(pos++);
        int start = pos;
        FieldAccessor accessor;
        if (c == '.') {
            while (pos < end && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
                pos++;
            }
            accessor = new FieldAccessor(true, -1, text.substring(start, pos));
        } else if (c == '[') {
            while (pos < end && text.charAt(pos) != ']') {
                pos++;
            }
            if (pos >= end) {
                throw Errors.valueError("Missing ']' in format string");
            }
            String name = text.substring(start, pos++);
            accessor = new FieldAccessor(false, integer(name), name);
        } else {
            throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (accessor.name().isEmpty()) {
            throw Errors.valueError("Empty attribute in format string");
        }
        return accessor;
    }

    /**
     * The value of a name made only of decimal digits, -1 for any other name (the empty one too);
     * ValueError when the digits read so far pass the 64-bit limit (unicode_format.h's {@code get_integer}).
     */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long accumulator = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int d = DecimalInt.digit(c);
            if (d < 0) {
                return -1;
            }
            if (accumulator > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            accumulator = accumulator * 10 + d;
        }
        return accumulator;
    }
}
