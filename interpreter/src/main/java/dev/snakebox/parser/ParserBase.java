package dev.snakebox.parser;

import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import java.util.List;

/**
 * What every rule of the parser shares: the token stream, backtracking, memos, node positions,
 * CPython's ways of raising a SyntaxError, and the stack guard ({@code Parser/pegen.h},
 * {@code Parser/pegen.c}, {@code Parser/pegen_errors.c}).
 *
 * <p>The parser is a PEG parser written by hand after {@code Grammar/python.gram}: one method
 * per rule (named after it), returning the rule's result or null when the rule does not match,
 * with the mark put back where it was. It is split over a chain of classes, one file per part
 * of the grammar (expressions, primaries, call arguments, parameters, targets, patterns, type
 * parameters, simple and compound statements); rules used across files are declared here.
 *
 * <p>As in CPython, a failed parse is run again with the {@code invalid_*} rules on
 * ({@link #callInvalidRules}); those rules recognise common mistakes and raise the specific
 * SyntaxError. A raised error is a Java exception ({@link SourceError}) that ends the parse.
 */
abstract class ParserBase {
    /** CPython's {@code MAXSTACK}: past this many nested rules the parser gives up with MemoryError. */
    static final int MAX_LEVEL = 6000;

    final Source src;
    final TokenStream ts;
    /** Second pass: the {@code invalid_*} rules are tried ({@code p->call_invalid_rules}). */
    boolean callInvalidRules;
    /** An estimate of CPython's {@code p->level}, the depth of nested rule calls. */
    int level;

    ParserBase(Source src, TokenStream ts) {
        this.src = src;
        this.ts = ts;
    }

    // ---- memo rule numbers -------------------------------------------------------------------

    static final int M_EXPRESSION = 1;
    static final int M_DISJUNCTION = 2;
    static final int M_BITWISE_OR = 3;
    static final int M_FACTOR = 4;
    static final int M_SUM = 5;
    static final int M_INVERSION = 6;
    static final int M_CONJUNCTION = 7;
    static final int M_STAR_EXPRESSION = 8;
    static final int M_PRIMARY = 9;
    static final int M_ARGUMENTS = 10;
    static final int M_STRINGS = 11;
    static final int M_T_PRIMARY = 12;
    static final int M_STAR_TARGET = 13;
    static final int M_TARGET_WITH_STAR_ATOM = 14;
    static final int M_DEL_TARGET = 15;
    static final int M_SIMPLE_STMT = 16;
    static final int M_BLOCK = 17;
    static final int M_CLOSED_PATTERN = 18;
    static final int M_STAR_PATTERN = 19;
    static final int M_TYPE_PARAM = 20;
    static final int M_INVALID_NAMED_EXPRESSION = 21;
    static final int M_IMPORT_STMT = 22;
    static final int M_COMPARISON = 23;
    static final int M_NAMED_EXPRESSION = 24;
    static final int M_AWAIT_PRIMARY = 25;
    static final int M_ATOM = 26;
    static final int M_NAME_OR_ATTR = 27;
    static final int M_FOR_IF_CLAUSES = 28;
    static final int M_ARGS = 29;
    static final int M_KWARGS = 30;
    static final int M_STAR_EXPRESSIONS = 31;

    /** A memoised result: the marker of a memoised failure. */
    static final Object FAILED = new Object();

    /**
     * The memo of {@code rule} at the mark: if there is one, moves the mark to where it ended and
     * returns the result ({@link #FAILED} for a failure); null if the rule has not run here.
     */
    final Object memo(int rule) {
        TokenStream.Memo m = ts.memo(rule);
        if (m == null) {
            return null;
        }
        ts.mark = m.end;
        return m.node == null ? FAILED : m.node;
    }

    /** Records the result of {@code rule} started at {@code start}, ending at the mark. */
    final <T> T memoize(int rule, int start, T result) {
        ts.memoize(start, rule, result, result == null ? start : ts.mark);
        return result;
    }

    // ---- tokens ------------------------------------------------------------------------------

    final int mark() {
        return ts.mark;
    }

    final void reset(int m) {
        ts.mark = m;
    }

    /** The type of the token at the mark (reading it if needed). */
    final int type() {
        return ts.type(ts.mark);
    }

    /** The type of the token {@code ahead} places after the mark. */
    final int type(int ahead) {
        return ts.type(ts.mark + ahead);
    }

    /** {@code _PyPegen_expect_token}: consumes and returns the next token if it has this type. */
    final Token expect(int type) {
        if (ts.type(ts.mark) == type) {
            return ts.next();
        }
        return null;
    }

    /** As {@link #expect}, as a boolean. */
    final boolean accept(int type) {
        if (ts.type(ts.mark) == type) {
            ts.mark++;
            return true;
        }
        return false;
    }

    /** Whether the next token is the soft keyword {@code kw} (a NAME with that text). */
    final boolean isSoftKeyword(String kw) {
        return ts.type(ts.mark) == TokenTypes.NAME && ts.peek().written == null && ts.peek().text.equals(kw);
    }

    /** {@code _PyPegen_expect_soft_keyword}. */
    final Token expectSoftKeyword(String kw) {
        return isSoftKeyword(kw) ? ts.next() : null;
    }

    /** A NAME token (not a keyword) as a Name node in Load context ({@code _PyPegen_name_token}). */
    final ExprNode.Name name() {
        int start = ts.mark;
        if (ts.type(start) != TokenTypes.NAME) {
            return null;
        }
        Token t = ts.next();
        ExprNode.Name n = new ExprNode.Name(t.text, ExprContextNode.Load.INSTANCE);
        n.setPosition(t.line, ts.startByte(start), t.endLine, ts.endByte(start));
        return n;
    }

    /** The text of a NAME token, consumed, or null. */
    final String nameText() {
        if (ts.type(ts.mark) != TokenTypes.NAME) {
            return null;
        }
        return ts.next().text;
    }

    // ---- positions ---------------------------------------------------------------------------

    /**
     * Sets a node's span as CPython's {@code EXTRA} does: from the token at {@code start} to the
     * last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER.
     */
    final <T extends Node> T at(T node, int start) {
        Token first = ts.token(start);
        int last = ts.lastNonWhitespace();
        Token end = ts.token(last);
        node.setPosition(first.line, ts.startByte(start), end.endLine, ts.endByte(last));
        return node;
    }

    /** As {@link #at(Node, int)}, from token {@code first}. */
    final <T extends Node> T at(T node, Token first) {
        int last = ts.lastNonWhitespace();
        Token end = ts.token(last);
        node.setPosition(first.line, ts.byteCol(first.line, first.col), end.endLine, ts.endByte(last));
        return node;
    }

    /** As {@link #at(Node, int)}, from the start of node {@code first}. */
    final <T extends Node> T at(T node, Node first) {
        int last = ts.lastNonWhitespace();
        Token end = ts.token(last);
        node.setPosition(first.lineno, first.colOffset, end.endLine, ts.endByte(last));
        return node;
    }

    /** A copy of a Name, Tuple, List, Starred, Attribute or Subscript with another context. */
    static ExprNode withContext(ExprNode e, ExprContextNode ctx) {
        return Targets.withContext(e, ctx);
    }

    // ---- errors ------------------------------------------------------------------------------

    /** A place in the source: lines from 1, columns in UTF-8 bytes from 0, as AST nodes count. */
    static final class Span {
        final int line;
        final int col;
        final int endLine;
        final int endCol;

        Span(int line, int col, int endLine, int endCol) {
            this.line = line;
            this.col = col;
            this.endLine = endLine;
            this.endCol = endCol;
        }
    }

    static Span span(Node n) {
        return new Span(n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    /**
     * The span of token {@code i}, which has been read. INDENT, DEDENT and ENDMARKER have no
     * place of their own in CPython (their columns are -1), only a line.
     */
    final Span tokenSpan(int i) {
        Token t = ts.token(i);
        if (isPlaceless(i)) {
            int line = placelessLine(i);
            return new Span(line, -1, line, -1);
        }
        return new Span(t.line, ts.startByte(i), t.endLine, ts.endByte(i));
    }

    private boolean isPlaceless(int i) {
        return ts.placeless(i);
    }

    /** CPython's line of an INDENT, DEDENT or ENDMARKER: at the end of input, the last line read. */
    private int placelessLine(int i) {
        Token t = ts.token(i);
        int lines = src.lineCount();
        return t.line > lines ? lines : t.line;
    }

    /**
     * Where the tokenizer stood after reading the placeless token {@code i}, as a byte column on
     * {@link #placelessLine}: after the indentation, or at the end of the input after the last
     * line and its newline (CPython supplies one a last line lacks).
     */
    private int placelessColumn(int i) {
        Token t = ts.token(i);
        if (t.kind == dev.snakebox.lexer.TokenKind.NEWLINE) {
            return ts.startByte(i); // the end of an interactive input, read as a NEWLINE
        }
        if (t.line > src.lineCount()) {
            String last = src.line(placelessLine(i));
            int bytes = ts.byteCol(placelessLine(i), last.length());
            return last.endsWith("\n") || !ts.implicitNewline ? bytes : bytes + 1;
        }
        return ts.endByte(i);
    }

    /**
     * {@code _PyPegen_raise_error_known_location}: a SyntaxError (or IndentationError) from byte
     * columns. Offsets become 1-based character offsets counted on the first line's text, as
     * CPython counts them (the end too, even when it lies on another line); an end column below
     * 0 means none.
     */
    final SourceError error(String type, String msg, int line, int col, int endLine, int endCol) {
        String text = errorLine(line);
        int offset = charOffset(text, col + 1);
        int endOffset = endCol < 0 ? 0 : charOffset(text, endCol + 1);
        return new SourceError(type, msg, line, offset, endLine, endOffset);
    }

    /**
     * The text of line {@code n} as CPython converts offsets against it: a file's line as read
     * from the file, but a string's from the tokenizer's buffer, where the last line has the
     * newline the tokenizer supplies. Sources named like {@code <string>} are strings.
     */
    final String errorLine(int n) {
        String s = src.line(n);
        if (ts.implicitNewline && !s.endsWith("\n") && src.path != null && src.path.startsWith("<")) {
            return s + "\n";
        }
        return s;
    }

    /**
     * {@code _PyPegen_byte_offset_to_character_offset}: how many characters the first
     * {@code bytes} bytes of a line decode to (a character cut in two counts), at most one past
     * the end of the line.
     */
    static int charOffset(String line, int bytes) {
        int consumed = 0;
        int chars = 0;
        int i = 0;
        while (i < line.length() && consumed < bytes) {
            char c = line.charAt(i);
            int n;
            int units = 1;
            if (c < 0x80) {
                n = 1;
            } else if (c < 0x800) {
                n = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                n = 4;
                units = 2;
            } else {
                n = 3;
            }
            consumed += n;
            // SyntaxError offsets count code points, as Python's str does
            chars += 1;
            i += units;
        }
        // past the end, the C string's terminating NUL counts as one more character
        return consumed < bytes ? chars + 1 : chars;
    }

    /** {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)}. */
    final SourceError knownLocation(String msg, Span a) {
        return error("SyntaxError", msg, a.line, a.col, a.endLine, a.endCol);
    }

    final SourceError knownLocation(String msg, Node a) {
        return knownLocation(msg, span(a));
    }

    /** {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)}: from the start of a to the end of b. */
    final SourceError knownRange(String msg, Span a, Span b) {
        return error("SyntaxError", msg, a.line, a.col, b.endLine, b.endCol);
    }

    final SourceError knownRange(String msg, Node a, Node b) {
        return knownRange(msg, span(a), span(b));
    }

    /**
     * {@code RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)}: from the start of a to where the
     * tokenizer stands, the end of the furthest token read.
     */
    final SourceError startingFrom(String msg, Span a) {
        int last = ts.fill() - 1;
        Token t = ts.token(last);
        String text = errorLine(a.line);
        int offset = charOffset(text, a.col + 1);
        int endOffset = charOffset(text, ts.endByte(last));
        return new SourceError("SyntaxError", msg, a.line, offset, t.endLine, endOffset);
    }

    /** {@code RAISE_SYNTAX_ERROR(msg)}: at the furthest token read. */
    final SourceError atLastToken(String msg) {
        return atToken("SyntaxError", msg, ts.fill() - 1);
    }

    /** {@code RAISE_INDENTATION_ERROR(msg)}: at the furthest token read. */
    final SourceError indentationError(String msg) {
        return atToken("IndentationError", msg, ts.fill() - 1);
    }

    /** {@code RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg)}: at the token after the mark. */
    final SourceError onNextToken(String msg) {
        ts.get(ts.mark);
        return atToken("SyntaxError", msg, ts.mark);
    }

    /**
     * {@code _PyPegen_raise_error} at token {@code i}. For a token without a place of its own
     * (INDENT, DEDENT, ENDMARKER) the offset is where the tokenizer stood and there is no end.
     */
    final SourceError atToken(String type, String msg, int i) {
        Token t = ts.token(i);
        if (isPlaceless(i)) {
            int line = placelessLine(i);
            return new SourceError(type, msg, line, charOffset(errorLine(line), placelessColumn(i)), line, -1);
        }
        return error(type, msg, t.line, ts.startByte(i), t.endLine, ts.endByte(i));
    }

    // ---- the stack guard ---------------------------------------------------------------------

    /**
     * Counts {@code n} more levels of nested rules. Past {@link #MAX_LEVEL}, CPython's parser gives
     * up with MemoryError, and so do we, before the Java stack could overflow (which wasm-gc
     * cannot catch). Long chains (operators, calls, elif, prefix operators) are read in loops and
     * count only what CPython would count.
     */
    final void enter(int n) {
        level += n;
        if (level > MAX_LEVEL) {
            level = 0;
            throw Errors.raise(ExceptionTypes.MemoryError, "Parser stack overflowed - Python source too complex to parse");
        }
    }

    final void leave(int n) {
        level -= n;
    }

    /**
     * The levels a bracket adds between the expressions inside and outside it: more in the
     * second pass, where the invalid rules sit between them too (measured against CPython:
     * an error inside brackets nested about 190 deep is a MemoryError there).
     */
    final int bracketLevels() {
        return callInvalidRules ? 9 : 4;
    }

    /** As {@link #bracketLevels}, for a list display, which nests one rule more. */
    final int listLevels() {
        return callInvalidRules ? 10 : 4;
    }

    /** As {@link #bracketLevels}, for a generator expression, the way a call's '(' is first read. */
    final int genexpLevels() {
        return callInvalidRules ? 7 : 4;
    }

    // ---- rules defined in the other parts of the grammar ---------------------------------------

    // expressions
    abstract ExprNode expressions();

    abstract ExprNode expression();

    abstract ExprNode expressionWithoutInvalid();

    abstract ExprNode yieldExpr();

    abstract ExprNode starExpressions();

    abstract ExprNode starExpression();

    abstract List<ExprNode> starNamedExpressions();

    abstract ExprNode starNamedExpression();

    abstract ExprNode assignmentExpression();

    abstract ExprNode namedExpression();

    abstract ExprNode disjunction();

    abstract ExprNode inversion();

    abstract ExprNode bitwiseOr();

    abstract ExprNode sum();

    abstract ExprNode factor();

    // primaries
    abstract ExprNode primary();

    abstract ExprNode atom();

    abstract ExprNode slices();

    abstract ExprNode tuple();

    abstract ExprNode group();

    abstract ExprNode genexp();

    abstract ExprNode list();

    abstract ExprNode strings();

    abstract List<Comprehension> forIfClauses();

    abstract void invalidForTarget();

    // call arguments
    abstract ExprNode.Call arguments();

    abstract ExprNode starredExpression();

    // parameters
    abstract Arguments params();

    abstract Arguments lambdaParams();

    // targets
    abstract ExprNode starTargets();

    abstract ExprNode starTarget();

    abstract ExprNode singleTarget();

    abstract ExprNode singleSubscriptAttributeTarget();

    abstract List<ExprNode> delTargets();

    // patterns
    abstract PatternNode patterns();

    // type parameters
    abstract List<TypeParamNode> typeParams();

    // statements
    abstract List<StmtNode> statements();

    abstract List<StmtNode> simpleStmts();

    abstract List<StmtNode> block();

    abstract StmtNode compoundStmt();
}
