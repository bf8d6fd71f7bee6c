package dev.snakebox.lexer;

/**
 * One token with its span; CPython's {@code struct token} (Parser/lexer/state.h). Lines are
 * 1-based; columns are 0-based offsets into the line counted in code points, as CPython counts
 * the columns of a SyntaxError ({@code offset - 1}). {@link Source} converts them to the UTF-8
 * byte offsets the AST uses.
 *
 * <p>Positions follow CPython's tokenizer: a NEWLINE starts where a trailing comment starts (or
 * at the newline) and ends after the newline; an FSTRING_MIDDLE that stops at a doubled brace
 * ({@code {{} or {@code }}}) holds one brace in its text but ends after both.
 */
public final class Token {
    public final TokenKind kind;
    /**
     * The source text of the token (for OP the operator itself, e.g. {@code "**="}). For a NAME
     * with non-ASCII characters it is the NFKC-normalised identifier, as CPython's parser makes
     * it ({@code _PyPegen_new_identifier}), even when that spells a keyword. The NEWLINE the
     * tokenizer supplies for a last line without one has the empty text.
     */
    public final String text;
    /**
     * For a NAME that NFKC normalisation changed, the name as written; else null. Keywords and
     * soft keywords are recognised on the written text, so such a name is never one (CPython
     * compares the token's bytes), even when its normalised {@link #text} is {@code def}.
     */
    public final String written;
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;
    /**
     * For the {@code '!'}, {@code ':'} and {@code '}'} closing the expression of an f-string
     * replacement field that has a {@code '='}: the expression's source text up to that token,
     * comments dropped, as the debug form prints it ({@code token->metadata}); otherwise null.
     */
    public final String metadata;
    /**
     * The number of brackets open after this token ({@code token->level}); the grammar's
     * {@code invalid_expression} ("Perhaps you forgot a comma?") only applies inside brackets,
     * which include the braces of an f-string's replacement field.
     */
    public final int level;

    public Token(TokenKind kind, String text, int line, int col, int endLine, int endCol) {
        this(kind, text, line, col, endLine, endCol, null, 0);
    }

    public Token(TokenKind kind, String text, int line, int col, int endLine, int endCol, String metadata, int level) {
        this(kind, text, null, line, col, endLine, endCol, metadata, level);
    }

    /** A NAME whose written form {@code written} normalises to {@code text}. */
    public Token(TokenKind kind, String text, String written, int line, int col, int endLine, int endCol,
            String metadata, int level) {
        this.written = written;
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.metadata = metadata;
        this.level = level;
    }

    public boolean is(TokenKind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == TokenKind.OP && text.equals(t);
    }

    @Override
    public String toString() {
        return kind + " '" + text + "' " + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
