package dev.snakebox.parser;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.lexer.Token;
import dev.snakebox.lexer.TokenKind;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.StrRepr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The string literals of the grammar: the rules {@code strings}, {@code fstring},
 * {@code fstring_replacement_field} (with {@code invalid_replacement_field}'s errors),
 * {@code fstring_conversion} and {@code fstring_full_format_spec} of Grammar/python.gram, and
 * their actions in Parser/action_helpers.c ({@code _PyPegen_concatenate_strings},
 * {@code _PyPegen_joined_str}, {@code _PyPegen_formatted_value},
 * {@code _PyPegen_setup_full_format_spec}). The expressions of replacement fields are parsed by
 * the main parser, through {@link ExpressionParser}.
 */
public final class FStrings {
    /** What the f-string rules need from the main parser. */
    public interface ExpressionParser {
        /**
         * Parses {@code annotated_rhs} ({@code yield_expr | star_expressions}) from the token
         * stream's mark, for a replacement field's expression: returns the node with the mark
         * after it; or null, with the mark where it was, when no such expression starts there.
         * The SyntaxErrors of the grammar's {@code invalid_} rules that apply inside it (such as
         * "Perhaps you forgot a comma?") are thrown.
         */
        ExprNode annotatedRhs();

        /** Whether the grammar's {@code invalid_} rules are on (the parser's second pass). */
        boolean invalidRulesOn();
    }

    /** How the SyntaxError made of an escape decoder's error begins. */
    private static final String UNICODE_ERROR = "(unicode error) ";

    private final TokenStream ts;
    private final Source src;
    private final ExpressionParser expressions;

    private FStrings(TokenStream ts, Source src, ExpressionParser expressions) {
        this.ts = ts;
        this.src = src;
        this.expressions = expressions;
    }

    /**
     * {@code strings: (fstring|string)+}, at a STRING or FSTRING_START token: the literals that
     * follow one another, concatenated into one Constant or JoinedStr.
     */
    static ExprNode strings(TokenStream ts, Source src, ExpressionParser expressions) {
        return new FStrings(ts, src, expressions).strings();
    }

    private ExprNode strings() {
        Token first = ts.peek();
        List<ExprNode> items = new ArrayList<>();
        while (true) {
            Token t = ts.peek();
            if (t.kind == TokenKind.STRING) {
                ts.next();
                StringLiterals.Literal lit = StringLiterals.decode(t, src);
                items.add(new ExprNode.Constant(lit.value, lit.uPrefix ? "u" : null, t.line, startCol(t), t.endLine,
                        endCol(t)));
            } else if (t.kind == TokenKind.FSTRING_START) {
                items.add(fstring());
            } else {
                break;
            }
        }
        Token last = ts.previous();
        return concatenate(items, first.line, startCol(first), last.endLine, endCol(last));
    }

    /**
     * An error of {@code invalid_replacement_field} or {@code invalid_conversion_character}:
     * raised in the second pass only; in the first, the parse just fails ({@link FirstPassFailure}).
     */
    private RuntimeException invalidRule(Token at, String msg) {
        if (!expressions.invalidRulesOn()) {
            return new FirstPassFailure();
        }
        return errorAt(at, msg);
    }

    // ---- positions --------------------------------------------------------------------------

    private int startCol(Token t) {
        return src.byteCol(t.line, t.col);
    }

    private int endCol(Token t) {
        return src.byteCol(t.endLine, t.endCol);
    }

    /** An error at a token, as {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION} and {@code _ON_NEXT_TOKEN} report it. */
    private static SourceError errorAt(Token t, String msg) {
        return SourceError.syntax(msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    // ---- f-strings ----------------------------------------------------------------------------

    /** A piece of an f-string before {@code _PyPegen_joined_str}: a node, or literal text still to decode. */
    private static final class Part {
        final ExprNode node;
        final Token text;

        Part(ExprNode node, Token text) {
            this.node = node;
            this.text = text;
        }
    }

    /** {@code fstring: FSTRING_START fstring_middle* FSTRING_END}. */
    private ExprNode fstring() {
        Token start = ts.next();
        List<Part> parts = new ArrayList<>();
        while (true) {
            Token t = ts.peek();
            if (t.kind == TokenKind.FSTRING_MIDDLE) {
                ts.next();
                parts.add(new Part(null, t));
            } else if (t.isOp("{")) {
                parts.add(new Part(replacementField(), null));
            } else if (t.kind == TokenKind.FSTRING_END) {
                break;
            } else {
                ts.next();
                throw invalidSyntax();
            }
        }
        Token end = ts.next();
        return joinedStr(start, parts, end);
    }

    /** The generic error at the furthest token read, as the main parser reports it. */
    private SourceError invalidSyntax() {
        Token t = ts.lastFilled();
        return SourceError.syntax("invalid syntax", t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    /**
     * {@code _PyPegen_joined_str}: the literal parts decoded (errors reported at the f-string's
     * end, warnings naming its line), empty ones dropped, and the text of {@code =} fields
     * spliced in beside their values.
     */
    private ExprNode joinedStr(Token start, List<Part> parts, Token end) {
        boolean raw = false;
        for (int i = 0; i < start.text.length(); i++) {
            char c = start.text.charAt(i);
            raw |= c == 'r' || c == 'R';
        }
        List<ExprNode> values = new ArrayList<>();
        for (Part p : parts) {
            if (p.text != null) {
                String text = p.text.text;
                if (text.equals("{{") || text.equals("}}")) {
                    text = text.substring(0, 1);
                }
                String value = StringLiterals.decodeFStringText(text, raw, p.text, end, end.line, src);
                if (!value.isEmpty()) {
                    values.add(new ExprNode.Constant(PyStr.of(value), null, p.text.line, startCol(p.text), p.text.endLine,
                            endCol(p.text)));
                }
            } else if (p.node instanceof ExprNode.JoinedStr) {
                values.addAll(((ExprNode.JoinedStr) p.node).values);
            } else {
                values.add(p.node);
            }
        }
        return new ExprNode.JoinedStr(values, start.line, startCol(start), end.endLine, endCol(end));
    }

    /**
     * {@code fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion]
     * [fstring_full_format_spec] '}'}, with the errors of {@code invalid_replacement_field} and
     * {@code invalid_conversion_character} where it does not match. A field with {@code =}
     * comes back as a JoinedStr of its text and its FormattedValue.
     */
    private ExprNode replacementField() {
        Token lbrace = ts.next();
        Token t = ts.peek();
        if (t.isOp("=") || t.isOp("!") || t.isOp(":") || t.isOp("}")) {
            throw invalidRule(t, "f-string: valid expression required before '" + t.text + "'");
        }
        ExprNode value = expressions.annotatedRhs();
        if (value == null) {
            throw invalidRule(ts.peek(), "f-string: expecting a valid expression after '{'");
        }
        Token debug = null;
        if (ts.peek().isOp("=")) {
            debug = ts.next();
            t = ts.peek();
            if (!(t.isOp("!") || t.isOp(":") || t.isOp("}"))) {
                throw invalidRule(t, "f-string: expecting '!', or ':', or '}'");
            }
        } else {
            t = ts.peek();
            if (!(t.isOp("!") || t.isOp(":") || t.isOp("}"))) {
                throw invalidRule(t, "f-string: expecting '=', or '!', or ':', or '}'");
            }
        }
        Token bang = null;
        Token conversion = null;
        if (ts.peek().isOp("!")) {
            bang = ts.next();
            t = ts.peek();
            if (t.isOp(":") || t.isOp("}")) {
                throw invalidRule(t, "f-string: missing conversion character");
            }
            if (t.kind != TokenKind.NAME || Keywords.isKeyword(t.text)) {
                throw invalidRule(t, "f-string: invalid conversion character");
            }
            conversion = ts.next();
            if (bang.line != conversion.line || bang.endCol != conversion.col) {
                throw SourceError.syntax("f-string: conversion type must come right after the exclamanation mark", bang.line,
                        bang.col + 1, conversion.endLine, conversion.endCol + 1);
            }
            t = ts.peek();
            if (!(t.isOp(":") || t.isOp("}"))) {
                throw invalidRule(t, "f-string: expecting ':' or '}'");
            }
        }
        Token colon = null;
        ExprNode spec = null;
        if (ts.peek().isOp(":")) {
            colon = ts.next();
            spec = formatSpec(colon);
        }
        if (!ts.peek().isOp("}")) {
            throw invalidRule(ts.peek(), "f-string: expecting '}'");
        }
        Token rbrace = ts.next();
        return formattedValue(lbrace, value, debug, bang, conversion, colon, spec, rbrace);
    }

    /**
     * {@code fstring_full_format_spec: ':' fstring_format_spec*}: the spec's text (decoded as a
     * non-raw string even in a raw f-string, as CPython does) and nested fields, as a JoinedStr
     * ({@code _PyPegen_setup_full_format_spec}).
     */
    private ExprNode formatSpec(Token colon) {
        List<ExprNode> items = new ArrayList<>();
        while (true) {
            Token t = ts.peek();
            if (t.kind == TokenKind.FSTRING_MIDDLE) {
                ts.next();
                String value = specText(t);
                items.add(new ExprNode.Constant(PyStr.of(value), null, t.line, startCol(t), t.endLine, endCol(t)));
            } else if (t.isOp("{")) {
                items.add(replacementField());
            } else {
                break;
            }
        }
        if (!ts.peek().isOp("}")) {
            throw invalidRule(ts.peek(), "f-string: expecting '}', or format specs");
        }
        Token last = ts.previous();
        List<ExprNode> nonEmpty = new ArrayList<>();
        for (ExprNode e : items) {
            if (!isEmptyStr(e)) {
                nonEmpty.add(e);
            }
        }
        int line = colon.line;
        int col = startCol(colon);
        if (nonEmpty.isEmpty() || nonEmpty.size() == 1 && nonEmpty.get(0) instanceof ExprNode.Constant) {
            return new ExprNode.JoinedStr(nonEmpty, line, col, last.endLine, endCol(last));
        }
        return concatenate(nonEmpty, line, col, last.endLine, endCol(last));
    }

    /**
     * A format spec's literal text, decoded as a non-raw string. A bad escape there is not made a
     * SyntaxError: CPython lets the escape decoder's UnicodeDecodeError through as it is.
     */
    private String specText(Token t) {
        try {
            return StringLiterals.decodeFStringText(t.text, false, t, t, t.line, src);
        } catch (SourceError e) {
            if (e.msg.startsWith(UNICODE_ERROR)) {
                throw Errors.raise(ExceptionTypes.UnicodeDecodeError, e.msg.substring(UNICODE_ERROR.length()));
            }
            throw e;
        }
    }

    /**
     * {@code _PyPegen_formatted_value}: checks the conversion character, defaults it to
     * {@code r} for an {@code =} field without format spec, and puts the field's text before
     * the value for an {@code =} field.
     */
    private ExprNode formattedValue(Token lbrace, ExprNode value, Token debug, Token bang, Token conversion, Token colon,
            ExprNode spec, Token rbrace) {
        int conv = -1;
        if (conversion != null) {
            String id = conversion.text;
            char first = id.charAt(0);
            if (id.codePointCount(0, id.length()) > 1 || !(first == 's' || first == 'r' || first == 'a')) {
                throw errorAt(conversion, "f-string: invalid conversion character " + StrRepr.repr(id)
                        + ": expected 's', 'r', or 'a'");
            }
            conv = first;
        } else if (debug != null && spec == null) {
            conv = 'r';
        }
        int line = lbrace.line;
        int col = startCol(lbrace);
        ExprNode.FormattedValue fv = new ExprNode.FormattedValue(value, conv, spec, line, col, rbrace.endLine, endCol(rbrace));
        if (debug == null) {
            return fv;
        }
        int debugEndLine;
        int debugEndCol;
        String text;
        if (conversion != null) {
            debugEndLine = conversion.line;
            debugEndCol = startCol(conversion);
            text = bang.metadata;
        } else if (spec != null) {
            debugEndLine = spec.lineno;
            debugEndCol = spec.colOffset + 1;
            text = colon.metadata;
        } else {
            debugEndLine = rbrace.endLine;
            debugEndCol = endCol(rbrace);
            text = rbrace.metadata;
        }
        ExprNode.Constant debugText = new ExprNode.Constant(PyStr.of(text == null ? "" : text), null, line, col + 1,
                debugEndLine, debugEndCol - 1);
        List<ExprNode> pair = new ArrayList<>(2);
        pair.add(debugText);
        pair.add(fv);
        return new ExprNode.JoinedStr(pair, line, col, debugEndLine, debugEndCol);
    }

    private static boolean isEmptyStr(ExprNode e) {
        return e instanceof ExprNode.Constant && ((ExprNode.Constant) e).value instanceof PyStr
                && ((PyStr) ((ExprNode.Constant) e).value).value().isEmpty();
    }

    // ---- concatenation ------------------------------------------------------------------------

    /**
     * {@code _PyPegen_concatenate_strings}: adjacent literals joined. Bytes join into one bytes
     * Constant (and may not meet str); otherwise the parts of f-strings are spliced in, runs of
     * Constants merged (the run's first kind, its span from first to last) and, when an f-string
     * took part, empty strings dropped and the result a JoinedStr.
     */
    private ExprNode concatenate(List<ExprNode> items, int line, int col, int endLine, int endCol) {
        boolean fstring = false;
        boolean unicode = false;
        boolean bytes = false;
        for (ExprNode e : items) {
            if (e instanceof ExprNode.Constant) {
                if (((ExprNode.Constant) e).value instanceof PyBytes) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            Token t = ts.lastFilled();
            throw SourceError.syntax("cannot mix bytes and nonbytes literals", t.line, t.col + 1, t.endLine, t.endCol + 1);
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (ExprNode e : items) {
                byte[] b = ((PyBytes) ((ExprNode.Constant) e).value).toByteArray();
                out.write(b, 0, b.length);
            }
            String kind = ((ExprNode.Constant) items.get(0)).kind;
            return new ExprNode.Constant(new PyBytes(out.toByteArray()), kind, line, col, endLine, endCol);
        }
        if (!fstring && items.size() == 1) {
            return items.get(0);
        }
        List<ExprNode> flat = new ArrayList<>();
        for (ExprNode e : items) {
            if (e instanceof ExprNode.JoinedStr) {
                flat.addAll(((ExprNode.JoinedStr) e).values);
            } else {
                flat.add(e);
            }
        }
        List<ExprNode> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            ExprNode e = flat.get(i);
            if (e instanceof ExprNode.Constant) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof ExprNode.Constant) {
                    ExprNode.Constant firstConst = (ExprNode.Constant) e;
                    ExprNode lastConst = e;
                    StringBuilder sb = new StringBuilder();
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof ExprNode.Constant) {
                        sb.append(((PyStr) ((ExprNode.Constant) flat.get(j)).value).value());
                        lastConst = flat.get(j);
                        j++;
                    }
                    i = j - 1;
                    e = new ExprNode.Constant(PyStr.of(sb.toString()), firstConst.kind, firstConst.lineno,
                            firstConst.colOffset, lastConst.endLineno, lastConst.endColOffset);
                }
                if (fstring && isEmptyStr(e)) {
                    continue;
                }
            }
            values.add(e);
        }
        if (!fstring) {
            return values.get(0);
        }
        return new ExprNode.JoinedStr(values.isEmpty() ? Collections.<ExprNode>emptyList() : values, line, col, endLine,
                endCol);
    }
}
