package dev.snakebox.objects;

import dev.snakebox.objects.text.UnicodeCtype;

/**
 * {@code float(x)} for text: CPython's {@code PyFloat_FromString} (Objects/floatobject.c). A str
 * first has its Unicode decimal digits made ASCII and its Unicode whitespace a space
 * ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}; any other non-ASCII character makes it
 * invalid); bytes and bytearray are read as they are. The ValueError shows the argument's repr.
 */
final class FloatText {
    private FloatText() {}

    static double parse(PyObject original, String text) {
        try {
            return FloatParser.parseWithUnderscores(text);
        } catch (FloatTextException e) {
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(original).value());
        }
    }

    static double fromStr(PyStr s) {
        return parse(s, toAscii(s.value()));
    }

    static double fromBytes(PyObject original, byte[] b) {
        StringBuilder text = new StringBuilder(b.length);
        for (byte x : b) {
            // a byte past ASCII can never be part of a float: make it one that fails
            text.append(x < 0 ? '?' : (char) x);
        }
        return parse(original, text.toString());
    }

    /** {@code _PyUnicode_TransformDecimalAndSpaceToASCII}. */
    static String toAscii(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (UnicodeCtype.isSpace(cp)) {
                out.append(' ');
            } else if (UnicodeCtype.isDecimal(cp) && Character.digit(cp, 10) >= 0) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }
}
