package dev.snakebox.objects;

/**
 * {@code bytes.hex()} and {@code bytes.fromhex()}; CPython's {@code Python/pystrhex.c}
 * ({@code _Py_strhex_impl}) and {@code _PyBytes_FromHex} (Objects/bytesobject.c).
 */
final class BytesHex {
    private BytesHex() {}

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** Hex digits, a separator between groups of {@code bytesPerSep} bytes counted from the right (from the left if negative). */
    static String hex(byte[] s, PyObject sepArg, PyObject perSepArg) {
        char sep = 0;
        if (sepArg != null) {
            String text;
            if (sepArg instanceof PyStr) {
                text = ((PyStr) sepArg).value();
            } else {
                byte[] b = BytesData.of(sepArg);
                if (b == null) {
                    throw Errors.typeError("object of type '" + sepArg.type().name + "' has no len()");
                }
                StringBuilder sb = new StringBuilder();
                for (byte x : b) {
                    sb.append((char) (x & 0xff));
                }
                text = sb.toString();
            }
            if (text.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            sep = text.charAt(0);
            if (sep > 0x7f) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        long perSep = Abstract.asIndexSized(perSepArg, true);
        StringBuilder out = new StringBuilder(s.length * 3);
        if (sepArg == null || perSep == 0 || s.length == 0) {
            for (byte b : s) {
                out.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
            }
            return out.toString();
        }
        long group = Math.abs(perSep);
        for (int i = 0; i < s.length; i++) {
            // a separator before byte i when a group boundary falls there
            if (i > 0) {
                long fromStart = i;
                long fromEnd = s.length - i;
                if (perSep < 0 ? fromStart % group == 0 : fromEnd % group == 0) {
                    out.append(sep);
                }
            }
            out.append(DIGITS[(s[i] >> 4) & 0xf]).append(DIGITS[s[i] & 0xf]);
        }
        return out.toString();
    }

    /** Pairs of hex digits, ASCII whitespace allowed between pairs. */
    static byte[] fromHex(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() / 2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 && BytesSplit.isSpace(c)) {
                i++;
                continue;
            }
            int top = digit(c);
            if (top < 0) {
                throw invalid(i);
            }
            int bot = i + 1 < n ? digit(text.charAt(i + 1)) : -1;
            if (bot < 0) {
                throw invalid(i + 1);
            }
            out.write(top * 16 + bot);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException invalid(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
