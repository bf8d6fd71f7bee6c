package dev.snakebox.objects.text;

import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyStr;

/**
 * UnicodeEncodeError as the codecs raise it; CPython's {@code PyUnicodeEncodeError_Create} and
 * {@code UnicodeEncodeError_str} (Objects/exceptions.c).
 *
 * <p>The exception's args are CPython's: (encoding, object, start, end, reason), start and end
 * code point indexes into object. Its text is not the generic one of its args: the runtime's
 * UnicodeEncodeError type must give {@code str(exc)} as {@link #describe}.
 */
public final class UnicodeEncodeErrors {
    private UnicodeEncodeErrors() {
    }

    /** A UnicodeEncodeError for {@code object[start:end]}. */
    public static PyException create(String encoding, String object, int start, int end, String reason) {
        return new PyException(new PyBaseException(ExceptionTypes.UnicodeEncodeError,
                PyStr.of(encoding), PyStr.of(object), PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
    }

    /**
     * {@code str()} of a UnicodeEncodeError: one character named by its escape when the range
     * holds exactly one, else the range of positions.
     */
    public static String describe(String encoding, String object, long start, long end, String reason) {
        CodePointIndex ix = CodePointIndex.of(object);
        if (start >= 0 && start < ix.length(object) && end == start + 1) {
            int bad = StrIndexing.codePointAt(object, ix, (int) start);
            String escape;
            if (bad <= 0xFF) {
                escape = "\\x" + hex(bad, 2);
            } else if (bad <= 0xFFFF) {
                escape = "\\u" + hex(bad, 4);
            } else {
                escape = "\\U" + hex(bad, 8);
            }
            return "'" + encoding + "' codec can't encode character '" + escape + "' in position " + start
                    + ": " + reason;
        }
        return "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1)
                + ": " + reason;
    }

    /** {@code value} in lowercase hexadecimal, zero-padded to {@code digits}. */
    static String hex(int value, int digits) {
        String h = Integer.toHexString(value);
        StringBuilder out = new StringBuilder(digits);
        for (int i = h.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(h).toString();
    }
}
