package dev.snakebox.lexer;

/**
 * A compile-time error found in the source text: what CPython raises as {@code SyntaxError},
 * {@code IndentationError} or {@code TabError}. Lexer, parser and compiler all report through
 * this one type; the runtime turns it into the Python exception object.
 *
 * <p>Positions follow CPython's {@code SyntaxError} attributes: {@code lineno} and
 * {@code end_lineno} are 1-based lines, {@code offset} and {@code end_offset} are 1-based
 * columns counted in code points (0 or -1 where CPython has them so). A {@code lineno} of -1
 * stands for CPython's None: the error has no location at all (as for null bytes in the source).
 */
public final class SourceError extends RuntimeException {
    /** The Python exception type name: {@code SyntaxError}, {@code IndentationError}, {@code TabError}. */
    public final String type;
    public final String msg;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** Set for "'(' was never closed": the parser treats it specially after its own errors. */
    public boolean unclosedBracket;
    /**
     * Set for a tokenizer error found while reading an f-string. When CPython reads the rest of
     * the source after a parser error to look for tokenizer errors, such an error does not
     * replace the parser's ({@code _PyPegen_tokenize_full_source_to_check_for_errors}).
     */
    public boolean insideFString;
    /**
     * Set for the errors of the compiler's stages (symbol table, {@code __future__}, code
     * generation). CPython reads their source line back from the file
     * ({@code PyErr_ProgramTextObject}): at most the line's first 999 bytes, and no line at all
     * when there is no file to read ({@code -c}, standard input).
     */
    public boolean textFromFile;

    public SourceError(String type, String msg, int lineno, int offset, int endLineno, int endOffset) {
        super(type + ": " + msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    public static SourceError syntax(String msg, int lineno, int offset, int endLineno, int endOffset) {
        return new SourceError("SyntaxError", msg, lineno, offset, endLineno, endOffset);
    }

    /** A SyntaxError without location (lineno, offset and their ends None in CPython). */
    public static SourceError unlocated(String msg) {
        return new SourceError("SyntaxError", msg, -1, -1, -1, -1);
    }

    /**
     * Whether the error has a location (CPython's lineno is not None). The compiler's errors at
     * an artificial location ({@code NO_LOCATION}: a break in an except* block reached after
     * unwinding a finally body) have one: line -1, offset 0, which CPython prints as such.
     */
    public boolean hasLocation() {
        return lineno >= 0 || offset >= 0;
    }
}
