package dev.snakebox.parser;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.lexer.TokenKind;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.text.UnicodeNames;

/**
 * Decodes string literals: prefix, quotes and escape sequences; CPython's
 * {@code Parser/string_parser.c} ({@code _PyPegen_parse_string},
 * {@code decode_unicode_with_escapes}, {@code decode_bytes_with_escapes}) and the escape decoders
 * it calls ({@code _PyUnicode_DecodeUnicodeEscapeInternal}, {@code _PyBytes_DecodeEscape2}).
 *
 * <p>An unknown escape keeps its backslash and warns ({@code SyntaxWarning: invalid escape
 * sequence '\d'}, once per literal, for the first); a malformed one is a SyntaxError naming the
 * byte positions CPython's decoder reports.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** A decoded STRING token: its value ({@code str} or {@code bytes}) and whether it had a {@code u} prefix. */
    static final class Literal {
        final PyObject value;
        final boolean bytes;
        /** {@code kind='u'}: CPython looks at the first character only, so {@code U"..."} has no kind. */
        final boolean uPrefix;

        Literal(PyObject value, boolean bytes, boolean uPrefix) {
            this.value = value;
            this.bytes = bytes;
            this.uPrefix = uPrefix;
        }
    }

    /** The value of a STRING token; warnings go to {@code src}. */
    static Literal decode(Token tok, Source src) {
        String t = tok.text;
        int q = 0;
        boolean raw = false;
        boolean bytes = false;
        while (t.charAt(q) != '\'' && t.charAt(q) != '"') {
            char c = t.charAt(q);
            raw |= c == 'r' || c == 'R';
            bytes |= c == 'b' || c == 'B';
            q++;
        }
        boolean u = t.charAt(0) == 'u';
        char quote = t.charAt(q);
        int quoteLen = t.length() - q >= 6 && t.charAt(q + 1) == quote && t.charAt(q + 2) == quote ? 3 : 1;
        String body = t.substring(q + quoteLen, t.length() - quoteLen);
        raw |= body.indexOf('\\') < 0;
        if (bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw SourceError.syntax("bytes can only contain ASCII literal characters", tok.line, tok.col + 1,
                            tok.endLine, tok.endCol + 1);
                }
            }
            byte[] b = raw ? ascii(body) : decodeBytes(body, tok, tok, src);
            return new Literal(new PyBytes(b), true, u);
        }
        String s = raw ? body : decodeUnicode(body, tok, tok, tok.line, src);
        return new Literal(PyStr.of(s), false, u);
    }

    /**
     * The value of literal f-string text (an FSTRING_MIDDLE): escapes decoded unless raw.
     * Decoding errors are reported at {@code errorAt}; the warning names line {@code warnLine}
     * (CPython's: the line of the f-string's end, or of a format spec's text).
     */
    static String decodeFStringText(String text, boolean raw, Token part, Token errorAt, int warnLine, Source src) {
        if (raw || text.indexOf('\\') < 0) {
            return text;
        }
        return decodeUnicode(text, part, errorAt, warnLine, src);
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    // ---- str ------------------------------------------------------------------------------------

    /**
     * {@code decode_unicode_with_escapes}: non-ASCII characters become {@code \UXXXXXXXX}
     * escapes (and a backslash before one, or at the end, becomes {@code \u005c}), so the escape
     * decoder sees ASCII only, and the positions in its error messages count that text.
     */
    private static String decodeUnicode(String body, Token part, Token errorAt, int warnLine, Source src) {
        StringBuilder buf = new StringBuilder(body.length() + 16);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                buf.append('\\');
                i++;
                if (i >= body.length() || body.charAt(i) >= 0x80) {
                    buf.append("u005c");
                    if (i >= body.length()) {
                        break;
                    }
                }
            }
            int cp = body.codePointAt(i);
            if (cp >= 0x80) {
                String hex = Integer.toHexString(cp);
                buf.append("\\U");
                for (int k = hex.length(); k < 8; k++) {
                    buf.append('0');
                }
                buf.append(hex);
                i += Character.charCount(cp);
            } else {
                buf.append((char) cp);
                i++;
            }
        }
        return unicodeEscape(buf.toString(), part, errorAt, warnLine, src);
    }

    /** {@code _PyUnicode_DecodeUnicodeEscapeInternal} over ASCII text. */
    private static String unicodeEscape(String s, Token part, Token errorAt, int warnLine, Source src) {
        StringBuilder out = new StringBuilder(s.length());
        int firstInvalid = -1;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw decodeError(errorAt, start, n, "\\ at end of string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 'v': out.append('\u000b'); break;
                case 'a': out.append('\u0007'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int ch = c - '0';
                    if (i < n && isOctal(s.charAt(i))) {
                        ch = ch * 8 + s.charAt(i++) - '0';
                        if (i < n && isOctal(s.charAt(i))) {
                            ch = ch * 8 + s.charAt(i++) - '0';
                        }
                    }
                    if (ch > 0377 && firstInvalid < 0) {
                        firstInvalid = i - 3;
                    }
                    out.append((char) ch);
                    break;
                }
                case 'x':
                    i = hex(s, i, 2, "truncated \\xXX escape", start, out, errorAt);
                    break;
                case 'u':
                    i = hex(s, i, 4, "truncated \\uXXXX escape", start, out, errorAt);
                    break;
                case 'U':
                    i = hex(s, i, 8, "truncated \\UXXXXXXXX escape", start, out, errorAt);
                    break;
                case 'N':
                    i = named(s, i, start, out, errorAt);
                    break;
                default:
                    if (firstInvalid < 0) {
                        firstInvalid = i - 1;
                    }
                    out.append('\\').append(c);
                    break;
            }
        }
        if (firstInvalid >= 0) {
            warnInvalidEscape(s, firstInvalid, part, errorAt, warnLine, src);
        }
        return out.toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** {@code count} hexadecimal digits from {@code i}; returns the position after them. */
    private static int hex(String s, int i, int count, String message, int start, StringBuilder out, Token errorAt) {
        int ch = 0;
        for (int k = 0; k < count; k++, i++) {
            int d = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
            if (d < 0 || s.charAt(i) >= 0x80) {
                throw decodeError(errorAt, start, Math.min(i, s.length()), message);
            }
            ch = ch * 16 + d;
        }
        if (ch < 0 || ch > 0x10FFFF) {
            throw decodeError(errorAt, start, i, "illegal Unicode character");
        }
        out.appendCodePoint(ch);
        return i;
    }

    /** {@code \N{NAME}}, after the N; returns the position after the closing brace. */
    private static int named(String s, int i, int start, StringBuilder out, Token errorAt) {
        String message = "malformed \\N character escape";
        if (i >= s.length()) {
            throw decodeError(errorAt, start, s.length(), message);
        }
        if (s.charAt(i) == '{') {
            int nameStart = ++i;
            while (i < s.length() && s.charAt(i) != '}') {
                i++;
            }
            if (i >= s.length()) {
                throw decodeError(errorAt, start, s.length(), message);
            }
            if (i > nameStart) {
                i++;
                int cp = UnicodeNames.codePoint(s.substring(nameStart, i - 1));
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return i;
                }
                message = "unknown Unicode character name";
            }
        }
        throw decodeError(errorAt, start, i, message);
    }

    /**
     * The SyntaxError CPython makes of a UnicodeDecodeError from the escape decoder
     * ({@code _Pypegen_raise_decode_error}): at the token the parser last read.
     */
    private static SourceError decodeError(Token at, int start, int end, String reason) {
        String where = end - start == 1 ? "byte 0x5c in position " + start : "bytes in position " + start + "-" + (end - 1);
        return SourceError.syntax("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason, at.line,
                at.col + 1, at.endLine, at.endCol + 1);
    }

    /** CPython's {@code warn_invalid_escape_sequence}: about the first invalid escape of a literal. */
    private static void warnInvalidEscape(String s, int at, Token part, Token errorAt, int warnLine, Source src) {
        char c = s.charAt(at);
        if (part.kind != TokenKind.STRING && (c == '{' || c == '}')) {
            // the tokenizer warned about this one already
            return;
        }
        String msg;
        if (c >= '4' && c <= '7') {
            msg = "invalid octal escape sequence '\\" + s.substring(at, Math.min(at + 3, s.length())) + "'";
        } else {
            msg = "invalid escape sequence '\\" + c + "'";
        }
        // should a filter make it an error, the SyntaxError is at the token decoding errors name
        src.warn("SyntaxWarning", msg, warnLine, part, errorAt.col + 1, errorAt.endLine, errorAt.endCol + 1, false);
    }

    // ---- bytes ----------------------------------------------------------------------------------

    /** {@code _PyBytes_DecodeEscape2} over an ASCII body. */
    private static byte[] decodeBytes(String s, Token part, Token errorAt, Source src) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int firstInvalid = -1;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw valueError(errorAt, "Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int ch = c - '0';
                    if (i < n && isOctal(s.charAt(i))) {
                        ch = ch * 8 + s.charAt(i++) - '0';
                        if (i < n && isOctal(s.charAt(i))) {
                            ch = ch * 8 + s.charAt(i++) - '0';
                        }
                    }
                    if (ch > 0377 && firstInvalid < 0) {
                        firstInvalid = i - 3;
                    }
                    out.write(ch & 0xff);
                    break;
                }
                case 'x': {
                    int hi = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw valueError(errorAt, "invalid \\x escape at position " + start);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                    break;
                }
                default:
                    if (firstInvalid < 0) {
                        firstInvalid = i - 1;
                    }
                    out.write('\\');
                    out.write(c);
                    break;
            }
        }
        if (firstInvalid >= 0) {
            warnInvalidEscape(s, firstInvalid, part, errorAt, part.line, src);
        }
        return out.toByteArray();
    }

    private static SourceError valueError(Token at, String message) {
        return SourceError.syntax("(value error) " + message, at.line, at.col + 1, at.endLine, at.endCol + 1);
    }
}
