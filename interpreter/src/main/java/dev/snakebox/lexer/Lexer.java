package dev.snakebox.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer; CPython's {@code Parser/lexer/lexer.c} ({@code tok_get_normal_mode},
 * {@code tok_get_fstring_mode}). Produces tokens on demand, so that (as in CPython) a parser
 * error earlier in the file is reported before a tokenizer error later in it.
 *
 * <p>It reads the text as CPython's string tokenizer does: one character at a time, with a final
 * newline supplied when the text lacks one; the line number advances when the first character
 * of the next line is read, so at the end of the text it is the number of the last line. Token
 * columns are code points. Error offsets follow CPython's rule: unless a position is named, the
 * 1-based offset is the number of code points consumed on the line, so the caret falls on the
 * last character read.
 *
 * <p>F-strings are read with CPython's mode stack ({@link FStringMode}): FSTRING_START, then
 * FSTRING_MIDDLE for literal text, the tokens of each replacement field in regular mode, and
 * FSTRING_END.
 */
public final class Lexer {
    static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;
    private static final int MAX_FSTRING_LEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final Source src;
    /** The source text, with the final newline CPython supplies when it is missing. */
    private final String text;
    /** Where the supplied final newline is, or -1. */
    private final int suppliedNewline;
    private final boolean hasSurrogates;
    int pos;
    /** The current line (advanced when its first character is read) and its start in {@link #text}. */
    int line = 1;
    int lineStart;
    private boolean atBol = true;

    /** Indentation stack: columns with tabs to 8, and with tabs as 1 (CPython's altcol check). */
    private final int[] indstack = new int[MAX_INDENT + 1];
    private final int[] altindstack = new int[MAX_INDENT + 1];
    private int indent;
    /** Pending INDENT (positive) or DEDENT (negative) tokens. */
    private int pendin;

    /** Open brackets: the character, and the line and code-point column where it stands. */
    private final char[] parenstack = new char[MAX_PAREN];
    private final int[] parenLines = new int[MAX_PAREN];
    private final int[] parenCols = new int[MAX_PAREN];
    private int level;

    /** The mode stack: the file's regular mode at 0, an entry per f-string being read above it. */
    private final FStringMode[] modes = new FStringMode[MAX_FSTRING_LEVEL];
    private int modeIndex;

    /** The current token's start: position, line and code-point column. */
    private int tokStart;
    private int tokLine;
    private int tokCol;
    /** The debug text to attach to the token being made ({@code token->metadata}). */
    private String pendingMetadata;
    private boolean done;

    /** Cache for {@link #col}: a position on the line starting at {@link #colLineStart} and its column. */
    private int colLineStart = -1;
    private int colPos;
    private int colValue;

    /** Whether {@code # type: ...} comments are tokens (CPython's {@code tok->type_comments}). */
    private final boolean typeComments;

    public Lexer(Source src) {
        this(src, false);
    }

    /**
     * A lexer that, when {@code typeComments} is set, makes TYPE_COMMENT and TYPE_IGNORE tokens
     * of {@code # type:} comments, as CPython's tokenizer does under {@code PyCF_TYPE_COMMENTS}
     * ({@code ast.parse(..., type_comments=True)}, which {@code python -m ast} uses).
     */
    public Lexer(Source src, boolean typeComments) {
        this.typeComments = typeComments;
        this.src = src;
        String t = src.text;
        if (!t.isEmpty() && t.charAt(t.length() - 1) != '\n') {
            suppliedNewline = t.length();
            t = t + "\n";
        } else {
            suppliedNewline = -1;
        }
        this.text = t;
        boolean surrogates = false;
        for (int i = 0; i < t.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(t.charAt(i));
        }
        this.hasSurrogates = surrogates;
        modes[0] = new FStringMode();
        if (t.indexOf('\0') >= 0) {
            throw SourceError.unlocated("source code string cannot contain null bytes");
        }
    }

    /** Tokenizes the whole source (used by tests and tools; the parser pulls tokens lazily). */
    public static List<Token> tokenize(Source src) {
        Lexer lx = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind != TokenKind.ENDMARKER);
        return out;
    }

    /** The next token. After ENDMARKER, keeps returning ENDMARKER. */
    public Token next() {
        if (done) {
            return new Token(TokenKind.ENDMARKER, "", tokLine, 0, tokLine, 0);
        }
        pendingMetadata = null;
        FStringMode mode = modes[modeIndex];
        try {
            if (mode.kind == FStringMode.REGULAR) {
                return normalMode(mode);
            }
            return FStringLexing.fstringMode(this, mode);
        } catch (SourceError e) {
            e.insideFString = modeIndex > 0;
            throw e;
        }
    }

    // ---- reading characters ------------------------------------------------------------------

    /** CPython's {@code tok_nextc}: the next character, or EOF; entering a line counts it. */
    int nextc() {
        if (pos >= text.length()) {
            return EOF;
        }
        if (pos > lineStart && text.charAt(pos - 1) == '\n') {
            line++;
            lineStart = pos;
        }
        return text.charAt(pos++);
    }

    /** CPython's {@code tok_backup}. */
    void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    String text() {
        return text;
    }

    Source source() {
        return src;
    }

    /** The code-point column of position {@code p} on the current line. */
    int col(int p) {
        if (!hasSurrogates) {
            return p - lineStart;
        }
        if (colLineStart != lineStart || p < colPos) {
            colLineStart = lineStart;
            colPos = lineStart;
            colValue = 0;
        }
        for (int i = colPos; i < p; i++) {
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > lineStart && Character.isHighSurrogate(text.charAt(i - 1)))) {
                colValue++;
            }
        }
        colPos = p;
        return colValue;
    }

    /** The number of UTF-8 bytes from the start of the current line to position {@code p}. */
    int byteCol(int p) {
        int bytes = 0;
        for (int i = lineStart; i < p; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    // ---- making tokens and errors ------------------------------------------------------------

    /** Marks the start of a token at the current position. */
    void startToken() {
        tokStart = pos;
        tokLine = line;
        tokCol = col(pos);
    }

    /** Marks the start of a token at position {@code p} on the current line. */
    void startTokenAt(int p) {
        tokStart = p;
        tokLine = line;
        tokCol = col(p);
    }

    int tokStart() {
        return tokStart;
    }

    /** A token from the marked start to the current position, with text {@code [tokStart, textEnd)}. */
    Token make(TokenKind kind, int textEnd) {
        return new Token(kind, text.substring(tokStart, textEnd), tokLine, tokCol, line, col(pos), pendingMetadata, level);
    }

    Token make(TokenKind kind) {
        return make(kind, pos);
    }

    /** CPython's {@code _PyTokenizer_syntaxerror}: the caret on the last character consumed. */
    SourceError errorHere(String msg) {
        int off = col(pos);
        return SourceError.syntax(msg, line, off, line, off);
    }

    /**
     * The error CPython's parser reports for a tokenizer error code ({@code E_TABSPACE},
     * {@code E_TOODEEP}, {@code E_LINECONT}): at column {@code col0} (0-based) of the current
     * line, with end offset 0 ({@code _Pypegen_tokenizer_error}).
     */
    private SourceError codeError(String type, String msg, int col0) {
        return new SourceError(type, msg, line, col0 + 1, line, 0);
    }

    /**
     * The error CPython's parser reports at an error token without a position
     * ({@code _PyPegen_raise_error} on {@code ERRORTOKEN}): the offset is the number of code
     * points consumed on the line, the end offset -1.
     */
    private SourceError errorTokenError(String type, String msg) {
        return new SourceError(type, msg, line, col(pos), line, -1);
    }

    /** Records a warning of the tokenizer at the current line ({@code _PyTokenizer_parser_warn}). */
    void warn(String msg) {
        // placed as errorHere places it, should a filter make the warning an error
        int offset = col(pos);
        src.warn("SyntaxWarning", msg, line, null, offset, line, offset, false);
    }

    // ---- regular mode -------------------------------------------------------------------------

    /** CPython's {@code tok_get_normal_mode}. */
    Token normalMode(FStringMode current) {
        while (true) {
            boolean blankline = false;
            if (atBol) {
                blankline = indentation();
            }
            startToken();
            if (pendin != 0) {
                return pendingIndent();
            }
            Token t = scanToken(current, blankline);
            if (t != null) {
                return t;
            }
            // a blank line, or a newline inside brackets: read on from the next line
        }
    }

    /**
     * Measures the indentation at the start of a line and updates the indentation stack
     * (setting {@link #pendin}); returns whether the line is blank or a comment only.
     */
    private boolean indentation() {
        atBol = false;
        int colVal = 0;
        int altcol = 0;
        int contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                colVal++;
                altcol++;
            } else if (c == '\t') {
                colVal = (colVal / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                colVal = 0;
                altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines: the first backslash fixes it.
                contLineCol = contLineCol != 0 ? contLineCol : colVal;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        boolean blankline = c == '#' || c == '\n';
        if (!blankline && level == 0) {
            if (contLineCol != 0) {
                colVal = contLineCol;
                altcol = contLineCol;
            }
            if (colVal == indstack[indent]) {
                if (altcol != altindstack[indent]) {
                    throw codeError("TabError", "inconsistent use of tabs and spaces in indentation", 0);
                }
            } else if (colVal > indstack[indent]) {
                if (indent + 1 >= MAX_INDENT) {
                    pos = lineEnd();
                    throw codeError("IndentationError", "too many levels of indentation", 0);
                }
                if (altcol <= altindstack[indent]) {
                    throw codeError("TabError", "inconsistent use of tabs and spaces in indentation", 0);
                }
                pendin++;
                indstack[++indent] = colVal;
                altindstack[indent] = altcol;
            } else {
                while (indent > 0 && colVal < indstack[indent]) {
                    pendin--;
                    indent--;
                }
                if (colVal != indstack[indent]) {
                    pos = lineEnd();
                    throw errorTokenError("IndentationError", "unindent does not match any outer indentation level");
                }
                if (altcol != altindstack[indent]) {
                    throw codeError("TabError", "inconsistent use of tabs and spaces in indentation", 0);
                }
            }
        }
        return blankline;
    }

    /** The position after the current line's newline. */
    private int lineEnd() {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl + 1;
    }

    private Token pendingIndent() {
        if (pendin < 0) {
            pendin++;
            if (pos >= text.length()) {
                // at the end of the text the dedents stand at the start of the line after the last
                int l = col(pos) == 0 ? line : line + 1;
                return new Token(TokenKind.DEDENT, "", l, 0, l, 0);
            }
            int c = col(pos);
            return new Token(TokenKind.DEDENT, "", line, c, line, c);
        }
        pendin--;
        return new Token(TokenKind.INDENT, text.substring(lineStart, pos), line, 0, line, col(pos));
    }

    /** CPython's {@code tok_continuation_line}, after a backslash: the newline it must precede. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw codeError("SyntaxError", "unexpected character after line continuation character", col(pos) - 1);
        }
        c = nextc();
        if (c == EOF) {
            throw eofError();
        }
        backup(c);
    }

    /** The end of the text where a token must continue: an unclosed bracket, or the plain EOF error. */
    private SourceError eofError() {
        if (level > 0) {
            return unclosedBracket();
        }
        return errorTokenError("SyntaxError", "unexpected EOF while parsing");
    }

    private SourceError unclosedBracket() {
        int k = level - 1;
        SourceError e = SourceError.syntax("'" + parenstack[k] + "' was never closed", parenLines[k], parenCols[k] + 1,
                parenLines[k], 0);
        e.unclosedBracket = true;
        return e;
    }

    /**
     * One token of regular mode after the indentation ({@code again:} in CPython), or null when
     * a newline that ends no logical line was read.
     */
    private Token scanToken(FStringMode current, boolean blankline) {
        while (true) {
            int c;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            if (c != EOF) {
                startTokenAt(pos - 1);
            } else {
                startToken();
            }
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = nextc();
                }
                if (typeComments) {
                    Token t = typeComment(c, blankline);
                    if (t != null) {
                        return t;
                    }
                }
            }
            if (c == EOF) {
                if (level > 0) {
                    throw unclosedBracket();
                }
                done = true;
                int l = col(pos) == 0 ? line : line + 1;
                return new Token(TokenKind.ENDMARKER, "", l, 0, l, 0);
            }
            if (isPotentialIdentifierStart(c)) {
                return nameOrPrefixedString(c, current);
            }
            if (c == '\n') {
                atBol = true;
                if (blankline || level > 0) {
                    return null;
                }
                String nl = pos - 1 == suppliedNewline ? "" : "\n";
                return new Token(TokenKind.NEWLINE, nl, tokLine, tokCol, line, col(pos));
            }
            if (c == '.') {
                int c2 = nextc();
                if (c2 >= '0' && c2 <= '9') {
                    pos = tokStart;
                    return Numbers.scan(this);
                }
                if (c2 == '.') {
                    int c3 = nextc();
                    if (c3 == '.') {
                        return make(TokenKind.OP);
                    }
                    backup(c3);
                }
                backup(c2);
                return make(TokenKind.OP);
            }
            if (c >= '0' && c <= '9') {
                pos = tokStart;
                return Numbers.scan(this);
            }
            if (c == '"' || c == '\'') {
                return StringScanning.string(this, c);
            }
            if (c == '\\') {
                continuationLine();
                continue;
            }
            return operator(c, current);
        }
    }

    /**
     * The comment just read (from {@link #tokStart} to before {@code c}, the newline or EOF that
     * ended it) as a type comment, or null if it is not one ({@code tok_get_normal_mode}'s
     * comment case). The prefix is {@code "# type: "}, each space standing for any run of spaces
     * and tabs. {@code type: ignore} followed by nothing or by an ASCII non-alphanumeric
     * character is a TYPE_IGNORE whose text is what follows {@code ignore}; on a line of its own
     * it takes the newline with it.
     */
    private Token typeComment(int c, boolean blankline) {
        int end = c == EOF ? pos : pos - 1;
        String prefix = "# type: ";
        int p = tokStart;
        int k = 0;
        while (k < prefix.length() && p < end) {
            char want = prefix.charAt(k);
            if (want == ' ') {
                while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                    p++;
                }
            } else if (text.charAt(p) == want) {
                p++;
            } else {
                break;
            }
            k++;
        }
        if (k < prefix.length()) {
            return null;
        }
        backup(c);
        int ignoreEnd = p + 6;
        boolean ignore = end >= ignoreEnd && text.startsWith("ignore", p)
                && !(end > ignoreEnd && (text.charAt(ignoreEnd) >= 128 || Character.isLetterOrDigit(text.charAt(ignoreEnd))));
        int l = line;
        if (ignore) {
            if (blankline) {
                // CPython's tokenizer consumes the newline (one it supplied at the end too) into the tag.
                int nl = nextc();
                atBol = true;
                return new Token(TokenKind.TYPE_IGNORE, text.substring(ignoreEnd, end) + (nl == '\n' ? "\n" : ""), l,
                        col(ignoreEnd), l, col(end) + 1);
            }
            return new Token(TokenKind.TYPE_IGNORE, text.substring(ignoreEnd, end), l, col(ignoreEnd), l, col(end));
        }
        return new Token(TokenKind.TYPE_COMMENT, text.substring(p, end), l, col(p), l, col(end));
    }

    /** An identifier, or the prefix of a string literal ({@code b"", r"", u"", f""} and their mixes). */
    private Token nameOrPrefixedString(int c, FStringMode current) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                // u"" is for backwards compatibility, and does not combine.
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                if (sawF) {
                    return fstringStart(c);
                }
                return StringScanning.string(this, c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        String name = text.substring(tokStart, pos);
        if (nonascii) {
            verifyIdentifier(name);
            String normalized = Identifiers.nfkc(name);
            if (!normalized.equals(name)) {
                return new Token(TokenKind.NAME, normalized, name, tokLine, tokCol, line, col(pos), null, level);
            }
        }
        return new Token(TokenKind.NAME, name, tokLine, tokCol, line, col(pos), null, level);
    }

    /**
     * CPython's {@code verify_identifier}: a name with non-ASCII characters must be a Unicode
     * identifier (PEP 3131); else the error names the first character that is not, with the
     * caret on it.
     */
    private void verifyIdentifier(String name) {
        int i = 0;
        boolean first = true;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            boolean ok = first ? cp == '_' || Identifiers.isXidStart(cp) : Identifiers.isXidContinue(cp);
            if (!ok) {
                pos = tokStart + i + Character.charCount(cp);
                throw invalidCharacter(cp);
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    SourceError invalidCharacter(int cp) {
        String hex = Integer.toHexString(cp).toUpperCase();
        while (hex.length() < 4) {
            hex = "0" + hex;
        }
        if (dev.snakebox.objects.UnicodePrintable.isPrintable(cp)) {
            return errorHere("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
        }
        return errorHere("invalid non-printable character U+" + hex);
    }

    static boolean isPotentialIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    /** The FSTRING_START token, after the prefix and the first quote: pushes an f-string mode. */
    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int after = nextc();
        if (after == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(after);
            }
        } else {
            backup(after);
        }
        if (modeIndex + 1 >= MAX_FSTRING_LEVEL) {
            throw errorHere("too many nested f-strings");
        }
        FStringMode m = new FStringMode();
        m.kind = FStringMode.FSTRING;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.startPos = tokStart;
        m.startLineStart = lineStart;
        m.startLine = line;
        char p0 = text.charAt(tokStart);
        m.raw = p0 == 'r' || p0 == 'R' || text.charAt(tokStart + 1) == 'r' || text.charAt(tokStart + 1) == 'R';
        modes[++modeIndex] = m;
        return make(TokenKind.FSTRING_START);
    }

    /** The f-string being read, or null ({@code INSIDE_FSTRING}). */
    FStringMode innermostFString() {
        return modeIndex > 0 ? modes[modeIndex] : null;
    }

    /** Leaves the innermost f-string (at its FSTRING_END). */
    void popMode() {
        modeIndex--;
    }

    private static final String[] OPERATORS_3 = {"**=", "...", "//=", ">>=", "<<="};
    private static final String[] OPERATORS_2 = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="
    };

    /** Punctuation: operators and brackets ({@code _PyToken_OneChar} and friends). */
    private Token operator(int c, FStringMode current) {
        boolean insideFString = modeIndex > 0;
        if ((c == ':' || c == '}' || c == '!' || c == '{') && insideFString && current.insideExpr()) {
            // The expression of a replacement field ends at ':', '!' or '}' on its own bracket
            // level (or one deeper in a format spec or after '=').
            int cursor = current.curlyDepth - (c != '{' ? 1 : 0);
            boolean cursorValid = cursor == 0 || cursor == 1 && (current.debug || current.inFormatSpec);
            boolean notEqual = c == '!' && pos < text.length() && text.charAt(pos) == '=';
            if (cursorValid && !notEqual) {
                FStringLexing.updateExpr(this, current, c);
                if (c != '{') {
                    pendingMetadata = FStringLexing.debugText(this, current);
                }
            }
            if (c == ':' && cursor == current.exprStartDepth) {
                current.kind = FStringMode.FSTRING;
                current.inFormatSpec = true;
                return make(TokenKind.OP);
            }
        }
        if (c < 128) {
            for (String op : OPERATORS_3) {
                if (op.charAt(0) == c && text.startsWith(op, pos - 1)) {
                    pos += 2;
                    return make(TokenKind.OP);
                }
            }
            for (String op : OPERATORS_2) {
                if (op.charAt(0) == c && text.startsWith(op, pos - 1)) {
                    pos += 1;
                    return make(TokenKind.OP);
                }
            }
        }
        switch (c) {
            case '(': case '[': case '{':
                if (level >= MAX_PAREN) {
                    throw errorHere("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenLines[level] = line;
                parenCols[level] = tokCol;
                level++;
                if (insideFString) {
                    current.curlyDepth++;
                }
                break;
            case ')': case ']': case '}':
                closeBracket(c, current, insideFString);
                break;
            default:
                break;
        }
        if (!dev.snakebox.objects.UnicodePrintable.isPrintable(c)) {
            throw invalidCharacter(c);
        }
        if (c == '=' && current.insideExpr()) {
            current.debug = true;
        }
        return make(TokenKind.OP);
    }

    private void closeBracket(int c, FStringMode current, boolean insideFString) {
        if (insideFString && current.curlyDepth == 0 && c == '}') {
            throw errorHere("f-string: single '}' is not allowed");
        }
        if (level == 0) {
            throw errorHere("unmatched '" + (char) c + "'");
        }
        level--;
        char opening = parenstack[level];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            if (insideFString && opening == '{' && current.curlyDepth - 1 == current.exprStartDepth) {
                throw errorHere("f-string: unmatched '" + (char) c + "'");
            }
            if (parenLines[level] != line) {
                throw errorHere("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening
                        + "' on line " + parenLines[level]);
            }
            throw errorHere("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'");
        }
        if (insideFString) {
            current.curlyDepth--;
            if (current.curlyDepth < 0) {
                throw errorHere("f-string: unmatched '" + (char) c + "'");
            }
            if (c == '}' && current.curlyDepth == current.exprStartDepth) {
                current.exprStartDepth--;
                current.kind = FStringMode.FSTRING;
                current.inFormatSpec = false;
                current.debug = false;
            }
        }
    }

    // ---- for the helpers in this package -------------------------------------------------------

    int lineStart() {
        return lineStart;
    }

    /** Moves back to an earlier position on an earlier line, for reporting an error there. */
    void rewindTo(int p, int l, int ls) {
        pos = p;
        line = l;
        lineStart = ls;
    }

    void setPos(int p) {
        pos = p;
    }

    int pos() {
        return pos;
    }

    int line() {
        return line;
    }

    /** The position of the supplied final newline, or -1. */
    int suppliedNewline() {
        return suppliedNewline;
    }
}
