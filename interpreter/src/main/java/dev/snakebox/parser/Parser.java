package dev.snakebox.parser;

import static dev.snakebox.parser.TokenTypes.COMMA;
import static dev.snakebox.parser.TokenTypes.DOUBLESTAR;
import static dev.snakebox.parser.TokenTypes.ENDMARKER;
import static dev.snakebox.parser.TokenTypes.INDENT;
import static dev.snakebox.parser.TokenTypes.LPAR;
import static dev.snakebox.parser.TokenTypes.NEWLINE;
import static dev.snakebox.parser.TokenTypes.RARROW;
import static dev.snakebox.parser.TokenTypes.RPAR;
import static dev.snakebox.parser.TokenTypes.STAR;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.lexer.TokenKind;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens to AST; CPython's {@code Grammar/python.gram}, its generated {@code Parser/parser.c}
 * and {@code _PyPegen_run_parser} ({@code Parser/pegen.c}). This class holds the start rules
 * and the two passes; the rules themselves are in the classes it extends, one per part of the
 * grammar (see {@link ParserBase}). Positions are set as CPython sets them: lines from 1,
 * columns in UTF-8 bytes.
 *
 * <p>The first pass parses without the {@code invalid_*} rules. If it fails, the parser runs
 * again with them, and the first one that recognises a mistake raises its SyntaxError; if none
 * does, the error is "invalid syntax" at the furthest token the first pass read. A tokenizer
 * error further on in the file takes precedence (see {@link TokenStream#checkRestForTokenizerErrors}).
 */
public final class Parser extends CompoundStatementRules {
    private Parser(Source src, TokenStream ts) {
        super(src, ts);
    }

    /** Parses a whole file ({@code mode='exec'}), without type comments, as {@code python FILE} does. */
    public static ModNode.Module parseFile(Source src) {
        return (ModNode.Module) parse(src, ParseMode.EXEC, false);
    }

    /**
     * Parses {@code src} as {@code ast.parse(source, mode=mode, type_comments=typeComments)} does.
     *
     * @throws SourceError the SyntaxError (or IndentationError, TabError) CPython reports
     * @throws dev.snakebox.objects.PyException MemoryError for a source nested too deeply
     */
    public static ModNode parse(Source src, ParseMode mode, boolean typeComments) {
        TokenStream ts = new TokenStream(src, typeComments, mode);
        return new Parser(src, ts).run(mode);
    }

    /** {@code _PyPegen_run_parser}: the first pass, and the second one if it fails. */
    private ModNode run(ParseMode mode) {
        try {
            ModNode res;
            try {
                res = startRule(mode);
            } catch (FirstPassFailure e) {
                res = null;
                level = 0; // the rules it left did not leave their levels
            }
            if (res != null) {
                if (mode == ParseMode.SINGLE && badSingleStatement()) {
                    throw atLastToken("multiple statements found while compiling a single statement");
                }
                return res;
            }
            int lastToken = ts.fill() - 1;
            ts.clearMemos();
            reset(0);
            callInvalidRules = true;
            startRule(mode);
            throw genericError(lastToken);
        } catch (SourceError e) {
            if (!ts.tokenizerFailed()) {
                ts.checkRestForTokenizerErrors();
            }
            throw e;
        }
    }

    private ModNode startRule(ParseMode mode) {
        switch (mode) {
            case EVAL: return eval();
            case SINGLE: return interactive();
            case FUNC_TYPE: return funcType();
            default: return file();
        }
    }

    /**
     * {@code _Pypegen_set_syntax_error} when no rule raised anything: "unexpected indent" or
     * "unexpected unindent" if the first pass stopped at an INDENT or DEDENT, else "invalid
     * syntax" at the furthest token the first pass read.
     */
    private SourceError genericError(int lastToken) {
        int type = ts.type(lastToken);
        if (type == INDENT) {
            return atToken("IndentationError", "unexpected indent", ts.fill() - 1);
        }
        if (type == TokenTypes.DEDENT) {
            return atToken("IndentationError", "unexpected unindent", ts.fill() - 1);
        }
        return knownLocation("invalid syntax", tokenSpan(lastToken));
    }

    // ---- start rules -----------------------------------------------------------------------

    /** file: [statements] ENDMARKER */
    private ModNode file() {
        List<StmtNode> a = statements();
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new ModNode.Module(a != null ? a : new ArrayList<>(), new ArrayList<>(ts.typeIgnores()));
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    private ModNode eval() {
        ExprNode a = expressions();
        if (a == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new ModNode.Expression(a);
    }

    /**
     * interactive: statement_newline
     * statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
     */
    private ModNode interactive() {
        int start = mark();
        StmtNode c = compoundStmt();
        if (c != null && accept(NEWLINE)) {
            List<StmtNode> one = new ArrayList<>(1);
            one.add(c);
            return new ModNode.Interactive(one);
        }
        reset(start);
        List<StmtNode> s = simpleStmts();
        if (s != null) {
            return new ModNode.Interactive(s);
        }
        reset(start);
        if (accept(NEWLINE)) {
            List<StmtNode> one = new ArrayList<>(1);
            one.add(at(new StmtNode.Pass(), start));
            return new ModNode.Interactive(one);
        }
        // ENDMARKER: _PyPegen_interactive_exit, which fails
        return null;
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
    private ModNode funcType() {
        if (!accept(LPAR)) {
            return null;
        }
        int m = mark();
        List<ExprNode> a = typeExpressions();
        if (a == null) {
            reset(m);
            a = new ArrayList<>();
        }
        if (!accept(RPAR) || !accept(RARROW)) {
            return null;
        }
        ExprNode b = expression();
        if (b == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // NEWLINE*
        }
        if (!accept(ENDMARKER)) {
            return null;
        }
        return new ModNode.FunctionType(a, b);
    }

    /**
     * type_expressions:
     *     | ','.expression+ ',' '*' expression ',' '**' expression
     *     | ','.expression+ ',' '*' expression
     *     | ','.expression+ ',' '**' expression
     *     | '*' expression ',' '**' expression
     *     | '*' expression
     *     | '**' expression
     *     | ','.expression+
     * (the stars are dropped)
     */
    private List<ExprNode> typeExpressions() {
        int start = mark();
        List<ExprNode> out = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!out.isEmpty() && !accept(COMMA)) {
                break;
            }
            ExprNode e = expression();
            if (e == null) {
                reset(m);
                break;
            }
            out.add(e);
        }
        if (!out.isEmpty()) {
            int afterNames = mark();
            if (accept(COMMA)) {
                if (starred(out, STAR)) {
                    int m = mark();
                    if (!(accept(COMMA) && starred(out, DOUBLESTAR))) {
                        reset(m);
                    }
                    return out;
                }
                if (starred(out, DOUBLESTAR)) {
                    return out;
                }
            }
            reset(afterNames);
            return out;
        }
        reset(start);
        if (starred(out, STAR)) {
            int m = mark();
            if (!(accept(COMMA) && starred(out, DOUBLESTAR))) {
                reset(m);
            }
            return out;
        }
        if (starred(out, DOUBLESTAR)) {
            return out;
        }
        reset(start);
        return null;
    }

    /** '*' expression or '**' expression, added to {@code out}. */
    private boolean starred(List<ExprNode> out, int star) {
        int m = mark();
        if (accept(star)) {
            ExprNode e = expression();
            if (e != null) {
                out.add(e);
                return true;
            }
        }
        reset(m);
        return false;
    }

    /**
     * {@code bad_single_statement}: whether, after the statement, the current line of the
     * source holds more than blanks and comments after its first newline (newlines after a
     * backslash or after a quote do not count).
     */
    private boolean badSingleStatement() {
        String text = src.text;
        int bufStart = src.lineStart(ts.lastFilled().line);
        int nl = text.indexOf('\n', bufStart);
        if (nl < 0 || nl > bufStart && text.charAt(nl - 1) == '\\') {
            return false;
        }
        for (int i = nl; i >= bufStart; i--) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                return false;
            }
        }
        int i = nl;
        while (true) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
                    || text.charAt(i) == '\f')) {
                i++;
            }
            if (i >= text.length()) {
                return false;
            }
            if (text.charAt(i) != '#') {
                return true;
            }
            while (i < text.length() && text.charAt(i) != '\n') {
                i++;
            }
        }
    }

    /** strings: (fstring|string)+, implicit concatenation and f-strings, in {@link FStrings}. */
    @Override
    ExprNode strings() {
        return FStrings.strings(ts, src, new FStrings.ExpressionParser() {
            @Override
            public ExprNode annotatedRhs() {
                return Parser.this.annotatedRhs();
            }

            @Override
            public boolean invalidRulesOn() {
                return callInvalidRules;
            }
        });
    }
}
