package dev.snakebox.vm;

import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;

/**
 * Formats a SyntaxError (or IndentationError, TabError) as CPython 3.13 prints it: file and
 * line, the stripped source line, the caret run, then {@code Type: message};
 * {@code TracebackException._format_syntax_error} in {@code Lib/traceback.py}.
 */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    /** {@code err_programtext} reads at most this many bytes of the line ({@code fgets} into 1000). */
    static final int PROGRAM_TEXT_BYTES = 999;

    public static String format(SourceError e, Source src) {
        StringBuilder sb = new StringBuilder();
        if (!e.hasLocation()) {
            // Raised before there is a location (a null byte in the source): CPython's
            // SyntaxError then has neither line nor file.
            return sb.append(e.type).append(": ").append(e.msg).append('\n').toString();
        }
        sb.append("  File \"").append(src.path).append("\", line ").append(e.lineno).append('\n');
        String text = e.lineno >= 1 && e.lineno <= src.lineCount() ? src.line(e.lineno) : null;
        if (e.textFromFile && text != null) {
            text = programText(text, src.path);
        }
        if (text != null) {
            String rtext = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            int b = 0;
            while (b < rtext.length() && (rtext.charAt(b) == ' ' || rtext.charAt(b) == '\n' || rtext.charAt(b) == '\f')) {
                b++;
            }
            String ltext = rtext.substring(b);
            int spaces = rtext.length() - ltext.length();
            // Python's len() counts code points.
            int rlen = rtext.codePointCount(0, rtext.length());
            int tlen = text.codePointCount(0, text.length());
            int offset = e.offset;
            int endOffset;
            if (e.lineno == e.endLineno) {
                endOffset = e.endOffset != 0 ? e.endOffset : offset;
            } else {
                endOffset = rlen + 1;
            }
            if (offset > tlen) {
                offset = rlen + 1;
            }
            if (endOffset > tlen) {
                endOffset = rlen + 1;
            }
            if (offset >= endOffset || endOffset < 0) {
                endOffset = offset + 1;
            }
            // Offsets count code points; so does the caret line.
            int[] cps = ltext.codePoints().toArray();
            int colno = offset - 1 - spaces;
            int endColno = endOffset - 1 - spaces;
            sb.append("    ").append(ltext).append('\n');
            if (colno >= 0) {
                sb.append("    ");
                for (int i = 0; i < colno; i++) {
                    int c = i < cps.length ? cps[i] : ' ';
                    sb.appendCodePoint(Character.isWhitespace(c) ? c : ' ');
                }
                for (int i = colno; i < endColno; i++) {
                    sb.append('^');
                }
                sb.append('\n');
            }
        }
        sb.append(e.type).append(": ").append(e.msg.isEmpty() ? "<no detail available>" : e.msg).append('\n');
        return sb.toString();
    }

    /**
     * The line as {@code PyErr_ProgramTextObject} reads it back from the file: none where there
     * is no file ({@code <string>} for {@code -c}, {@code <stdin>}), else its first 999 UTF-8
     * bytes, a character cut in two becoming U+FFFD as the "replace" decoding makes it.
     */
    static String programText(String line, String path) {
        if (path.startsWith("<") && path.endsWith(">")) {
            return null;
        }
        int bytes = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > PROGRAM_TEXT_BYTES) {
                return line.substring(0, i) + (bytes < PROGRAM_TEXT_BYTES ? "\uFFFD" : "");
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return line;
    }
}
