package dev.snakebox.lexer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A source text split into lines, with the conversions between the code-point columns the lexer
 * counts (and CPython's SyntaxError reports) and the UTF-8 byte columns CPython's AST and location
 * tables count; and the warnings compiling it produced.
 */
public final class Source {
    public final String path;
    public final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineStarts = new ArrayList<>();
    private final List<SourceWarning> warnings = new ArrayList<>();

    public Source(String path, String text) {
        this.path = path;
        // A byte order mark is not part of the text (CPython drops it when decoding the file).
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // CPython's tokenizer reads every line ending as '\n'.
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        this.text = text;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lineStarts.add(start);
            lines.add(text.substring(start, end));
            start = end;
        }
    }

    /** Number of lines (a final line without a newline counts). */
    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n} (1-based) with its newline, or "" past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** Offset in {@link #text} of the start of line {@code n} (1-based). */
    public int lineStart(int n) {
        if (n >= 1 && n <= lineStarts.size()) {
            return lineStarts.get(n - 1);
        }
        return text.length();
    }

    /** The UTF-8 byte offset within line {@code n} of code-point column {@code col}. */
    public int byteCol(int n, int col) {
        String s = line(n);
        int bytes = 0;
        int i = 0;
        int cps = 0;
        while (i < s.length() && cps < col) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            cps++;
        }
        return bytes + Math.max(0, col - cps);
    }

    /** The code-point column within line {@code n} of UTF-8 byte offset {@code byteCol}. */
    public int charCol(int n, int byteCol) {
        String s = line(n);
        int bytes = 0;
        int i = 0;
        int cps = 0;
        while (i < s.length() && bytes < byteCol) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            cps++;
        }
        return cps + Math.max(0, byteCol - bytes);
    }

    /**
     * Records a warning raised while compiling this source (CPython's
     * {@code PyErr_WarnExplicitObject} from the tokenizer and parser). A warning with the same
     * {@code origin} (the token it is about) and message is recorded once, so that a parser
     * that reads a token twice does not warn twice.
     */
    public SourceWarning warn(String category, String message, int lineno, Object origin) {
        for (SourceWarning w : warnings) {
            if (origin != null && w.origin == origin && w.message.equals(message)) {
                return w;
            }
        }
        SourceWarning w = new SourceWarning(category, message, lineno, origin);
        warnings.add(w);
        return w;
    }

    /** {@link #warn}, with where the SyntaxError replacing it goes (see {@link SourceWarning#toError}). */
    public void warn(String category, String message, int lineno, Object origin, int offset, int endLineno, int endOffset,
            boolean textFromFile) {
        SourceWarning w = warn(category, message, lineno, origin);
        w.offset = offset;
        w.endLineno = endLineno;
        w.endOffset = endOffset;
        w.textFromFile = textFromFile;
    }

    /**
     * The warnings compiling this source produced, in the order CPython emits them. CPython
     * prints each to stderr as it occurs ({@link SourceWarning#format}), before any
     * SyntaxError and before the program runs.
     */
    public List<SourceWarning> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
