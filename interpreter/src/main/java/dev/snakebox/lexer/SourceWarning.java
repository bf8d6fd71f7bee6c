package dev.snakebox.lexer;

import dev.snakebox.objects.text.StrStrip;

/**
 * A warning found while compiling a source text, such as {@code SyntaxWarning: invalid escape
 * sequence '\d'}; what CPython's tokenizer and parser pass to {@code PyErr_WarnExplicitObject}
 * with the file name and line. Collected on the {@link Source}; the caller prints them.
 */
public final class SourceWarning {
    /** The warning class name: {@code SyntaxWarning}. */
    public final String category;
    public final String message;
    public final int lineno;
    /** What the warning is about (a token), to record it once; may be null. */
    final Object origin;
    /**
     * Where the SyntaxError CPython raises instead goes when a filter turns the warning into an
     * error ({@link #toError}): 1-based columns as {@link SourceError} counts them, -1 unknown.
     */
    public int offset = -1;
    public int endLineno = -1;
    public int endOffset = -1;
    /** Whether that SyntaxError reads its line back from the file, as the compiler's errors do. */
    public boolean textFromFile;

    SourceWarning(String category, String message, int lineno, Object origin) {
        this.category = category;
        this.message = message;
        this.lineno = lineno;
        this.origin = origin;
    }

    /**
     * The SyntaxError that replaces this warning when the warnings filters make it an error
     * ({@code compiler_warn}, {@code warn_invalid_escape_sequence}, {@code parser_warn}).
     */
    public SourceError toError() {
        SourceError e = SourceError.syntax(message, lineno, offset, endLineno < 0 ? lineno : endLineno, endOffset);
        e.textFromFile = textFromFile;
        return e;
    }

    /**
     * The text CPython's default warning display writes to stderr
     * ({@code warnings.formatwarning}): {@code PATH:LINE: Category: message}, then the source
     * line stripped and indented by two spaces when the file can be read, which is not the case
     * for pseudo-files such as {@code <string>} or {@code <stdin>}.
     */
    public String format(Source src) {
        return formatWarning(src.path, lineno, category, message, src.path.startsWith("<") ? "" : src.line(lineno));
    }

    /**
     * {@code warnings.formatwarning}: {@code FILE:LINE: Category: message}, then {@code line}
     * stripped and indented by two spaces unless it is blank.
     */
    public static String formatWarning(String file, int lineno, String category, String message, String line) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(lineno).append(": ").append(category).append(": ").append(message).append('\n');
        String stripped = StrStrip.strip(line, null);
        if (!stripped.isEmpty()) {
            sb.append("  ").append(stripped).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return lineno + ": " + category + ": " + message;
    }
}
