package dev.snakebox.parser;

import dev.snakebox.ast.TypeIgnoreNode;
import dev.snakebox.lexer.Lexer;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the tokens: a growing array filled from the lexer on demand, with a mark
 * to backtrack to and a memo per token (CPython's {@code p->tokens}, {@code p->mark},
 * {@code p->fill} and {@code Token.memo}, {@code Parser/pegen.c}). The highest index ever filled
 * tells where "invalid syntax" points, as in CPython.
 *
 * <p>Each token is classified once ({@link TokenTypes}) and gets its columns in UTF-8 bytes, as
 * the AST counts them, and the bracket depth after it ({@code Token.level}).
 */
final class TokenStream {
    /** A memoised rule result at a token: CPython's {@code Memo}. */
    static final class Memo {
        final int rule;
        final Object node;
        final int end;
        final Memo next;

        Memo(int rule, Object node, int end, Memo next) {
            this.rule = rule;
            this.node = node;
            this.end = end;
            this.next = next;
        }
    }

    private final Source src;
    private final Lexer lexer;
    /** {@code mode='single'}: the first ENDMARKER after some input reads as a NEWLINE. */
    private final boolean singleInput;
    private boolean parsingStarted;
    /**
     * Whether the input ends with the newline CPython's tokenizer supplies to a last line that
     * lacks one: only for {@code mode='exec'} ({@code exec_input} in {@code _PyTokenizer_FromString}).
     */
    final boolean implicitNewline;

    private Token[] tokens = new Token[64];
    private int[] types = new int[64];
    private int[] levels = new int[64];
    private int[] startBytes = new int[64];
    private int[] endBytes = new int[64];
    /** Tokens CPython gives no columns: INDENT, DEDENT, ENDMARKER (also when read as NEWLINE). */
    private boolean[] placeless = new boolean[64];
    private Memo[] memos = new Memo[64];
    private int fill;
    private int parenLevel;
    private boolean tokenizerFailed;
    private final List<TypeIgnoreNode> typeIgnores = new ArrayList<>();
    /** Per line: 0 not yet known, 1 all ASCII (bytes = chars), 2 not. */
    private byte[] asciiLines = new byte[64];

    /** The parser's position: the index of the next token. */
    int mark;

    TokenStream(Source src, boolean typeComments, ParseMode mode) {
        this.src = src;
        this.lexer = new Lexer(src, typeComments);
        this.singleInput = mode == ParseMode.SINGLE;
        this.implicitNewline = mode == ParseMode.EXEC;
    }

    // ---- filling -------------------------------------------------------------------------

    /** Token {@code i}, reading from the lexer as far as needed. */
    Token get(int i) {
        while (fill <= i) {
            fillOne();
        }
        return tokens[i];
    }

    /** {@code _PyPegen_fill_token}: one more token; type-ignore comments are recorded and skipped. */
    private void fillOne() {
        Token t;
        try {
            t = lexer.next();
            while (t.kind == TokenKind.TYPE_IGNORE) {
                TypeIgnoreNode.TypeIgnore ti = new TypeIgnoreNode.TypeIgnore(t.line, t.text);
                typeIgnores.add(ti);
                t = lexer.next();
            }
        } catch (SourceError e) {
            tokenizerFailed = true;
            throw e;
        }
        int type = TokenTypes.classify(t);
        if (type == TokenTypes.NEWLINE && t.text.isEmpty() && !implicitNewline) {
            // The lexer's NEWLINE for a last line without one: outside exec mode CPython's
            // tokenizer reads the end of the input there instead.
            if (!singleInput) {
                fillOne();
                return;
            }
            type = TokenTypes.ENDMARKER;
        }
        if (type == TokenTypes.ENDMARKER && singleInput && parsingStarted) {
            // CPython adds a NEWLINE at the end of interactive input
            type = TokenTypes.NEWLINE;
            parsingStarted = false;
        } else {
            parsingStarted = true;
        }
        if (fill == tokens.length) {
            grow();
        }
        switch (type) {
            case TokenTypes.LPAR: case TokenTypes.LSQB: case TokenTypes.LBRACE:
                parenLevel++;
                break;
            case TokenTypes.RPAR: case TokenTypes.RSQB: case TokenTypes.RBRACE:
                if (parenLevel > 0) {
                    parenLevel--;
                }
                break;
            default:
                break;
        }
        tokens[fill] = t;
        placeless[fill] = t.kind == TokenKind.INDENT || t.kind == TokenKind.DEDENT || t.kind == TokenKind.ENDMARKER
                || type == TokenTypes.NEWLINE && t.text.isEmpty() && singleInput;
        types[fill] = type;
        levels[fill] = parenLevel;
        startBytes[fill] = byteCol(t.line, t.col);
        endBytes[fill] = byteCol(t.endLine, t.endCol);
        fill++;
    }

    private void grow() {
        int n = tokens.length * 2;
        tokens = java.util.Arrays.copyOf(tokens, n);
        types = java.util.Arrays.copyOf(types, n);
        levels = java.util.Arrays.copyOf(levels, n);
        startBytes = java.util.Arrays.copyOf(startBytes, n);
        endBytes = java.util.Arrays.copyOf(endBytes, n);
        memos = java.util.Arrays.copyOf(memos, n);
        placeless = java.util.Arrays.copyOf(placeless, n);
    }

    /** The UTF-8 byte column of a character column (lines of ASCII only are the common case). */
    int byteCol(int line, int col) {
        if (line >= asciiLines.length) {
            asciiLines = java.util.Arrays.copyOf(asciiLines, Math.max(line + 1, asciiLines.length * 2));
        }
        if (asciiLines[line] == 0) {
            String s = src.line(line);
            byte kind = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    kind = 2;
                    break;
                }
            }
            asciiLines[line] = kind;
        }
        return asciiLines[line] == 1 ? col : src.byteCol(line, col);
    }

    // ---- reading -------------------------------------------------------------------------

    Token peek() {
        return get(mark);
    }

    Token peek(int ahead) {
        return get(mark + ahead);
    }

    Token next() {
        Token t = get(mark);
        mark++;
        return t;
    }

    /** The type of token {@code i} (filling as needed). */
    int type(int i) {
        get(i);
        return types[i];
    }

    /** The bracket depth after token {@code i} (CPython's {@code Token.level}); {@code i} filled. */
    int level(int i) {
        return levels[i];
    }

    /** Whether token {@code i} has no columns of its own in CPython (INDENT, DEDENT, ENDMARKER). */
    boolean placeless(int i) {
        return placeless[i];
    }

    int startByte(int i) {
        return startBytes[i];
    }

    int endByte(int i) {
        return endBytes[i];
    }

    /** Token {@code i}, which must have been filled. */
    Token token(int i) {
        return tokens[i];
    }

    /** The last token consumed. */
    Token previous() {
        return tokens[mark - 1];
    }

    /** How many tokens have been read ({@code p->fill}). */
    int fill() {
        return fill;
    }

    /** The furthest token the parser has looked at ({@code p->tokens[p->fill - 1]}). */
    Token lastFilled() {
        return tokens[fill - 1];
    }

    int lastFilledType() {
        return types[fill - 1];
    }

    /**
     * {@code _PyPegen_get_last_nonnwhitespace_token}: the index of the last token before the mark
     * that is not NEWLINE, INDENT, DEDENT or ENDMARKER, which is where a node ends.
     */
    int lastNonWhitespace() {
        int m = mark - 1;
        while (m > 0) {
            int t = types[m];
            if (t != TokenTypes.NEWLINE && t != TokenTypes.INDENT && t != TokenTypes.DEDENT && t != TokenTypes.ENDMARKER) {
                break;
            }
            m--;
        }
        return Math.max(m, 0);
    }

    List<TypeIgnoreNode> typeIgnores() {
        return typeIgnores;
    }

    boolean tokenizerFailed() {
        return tokenizerFailed;
    }

    // ---- memo ------------------------------------------------------------------------------

    /** The memo of {@code rule} at the mark, or null ({@code _PyPegen_is_memoized}). */
    Memo memo(int rule) {
        get(mark);
        for (Memo m = memos[mark]; m != null; m = m.next) {
            if (m.rule == rule) {
                return m;
            }
        }
        return null;
    }

    void memoize(int pos, int rule, Object node, int end) {
        memos[pos] = new Memo(rule, node, end, memos[pos]);
    }

    /** Forgets every memo, for the second pass ({@code reset_parser_state_for_error_pass}). */
    void clearMemos() {
        java.util.Arrays.fill(memos, 0, fill, null);
    }

    // ---- after an error ---------------------------------------------------------------------

    /**
     * After a parser error, CPython tokenizes the rest of the source and lets a tokenizer error
     * found there win ({@code _PyPegen_tokenize_full_source_to_check_for_errors}); an unclosed
     * bracket wins only when the parser had read past the line it opened on.
     */
    void checkRestForTokenizerErrors() {
        int lastLine = lastFilled().line;
        while (true) {
            Token t;
            try {
                t = lexer.next();
            } catch (SourceError e) {
                if (e.unclosedBracket && lastLine <= e.lineno) {
                    return;
                }
                if (e.insideFString) {
                    // found inside an f-string: the parser's error in the expression part stands
                    // (CPython keeps it when its tokenizer is in an f-string mode)
                    return;
                }
                throw e;
            }
            if (t.kind == TokenKind.ENDMARKER) {
                return;
            }
        }
    }
}
