package dev.snakebox.parser;

import static dev.snakebox.parser.TokenTypes.*;

import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.lexer.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The expression rules of {@code Grammar/python.gram} ("EXPRESSIONS" to "Primary elements"):
 * expressions, conditional and named expressions, lambda, yield, starred forms, and the
 * operators from {@code disjunction} down to {@code power}, with their {@code invalid_*} rules.
 *
 * <p>The grammar gives each operator level a rule ({@code disjunction}, {@code conjunction},
 * {@code inversion}, {@code comparison}, {@code bitwise_or}, ..., {@code term}, {@code factor},
 * {@code power}). Here one loop ({@link #level}) reads them by precedence climbing, which makes
 * the same trees with fewer Java frames per nested bracket; prefix operators and {@code **}
 * chains are read in loops too. Where the grammar tries an {@code invalid_*} rule at the start
 * of a level ({@code invalid_arithmetic} at a {@code shift_expr}, {@code invalid_factor} at a
 * {@code term}), the loop does so at the same positions.
 */
abstract class ExpressionRules extends ParserBase {
    /** Levels CPython's parser nests from an expression down to its operands (expression ... term). */
    static final int EXPRESSION_LEVELS = 17;
    /** Levels CPython's parser nests from a factor down to an atom (power ... atom). */
    static final int FACTOR_LEVELS = 5;

    // operator levels, loosest first
    static final int L_OR = 0;
    static final int L_AND = 1;
    static final int L_NOT = 2;
    static final int L_CMP = 3;
    static final int L_BOR = 4;
    static final int L_BXOR = 5;
    static final int L_BAND = 6;
    static final int L_SHIFT = 7;
    static final int L_SUM = 8;
    static final int L_TERM = 9;

    ExpressionRules(Source src, TokenStream ts) {
        super(src, ts);
    }

    // ---- expressions -------------------------------------------------------------------------

    /** expressions: expression (',' expression)+ [','] | expression ',' | expression */
    @Override
    final ExprNode expressions() {
        int start = mark();
        ExprNode a = expression();
        if (a == null) {
            return null;
        }
        if (type() != COMMA) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark();
            if (!accept(COMMA)) {
                break;
            }
            ExprNode b = expression();
            if (b == null) {
                reset(m);
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return at(new ExprNode.Tuple(elts, ExprContextNode.Load.INSTANCE), start);
    }

    /**
     * expression (memo):
     *     | invalid_expression | invalid_legacy_expression
     *     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
     */
    @Override
    final ExprNode expression() {
        int start = mark();
        Object m = memo(M_EXPRESSION);
        if (m != null) {
            return m == FAILED ? null : (ExprNode) m;
        }
        enter(EXPRESSION_LEVELS);
        ExprNode r = expressionAlternatives(start, true);
        leave(EXPRESSION_LEVELS);
        return memoize(M_EXPRESSION, start, r);
    }

    /**
     * The alternatives of expression at {@code start}. The last part of a conditional expression
     * and the body of a lambda are expressions again; a chain of them ({@code a if b else c if d
     * else ...}, {@code lambda: lambda: ...}) is read in a loop, each link waiting in
     * {@code pending} for the expression after it, and built from the inside out.
     */
    private ExprNode expressionAlternatives(int start, boolean withInvalid) {
        List<Pending> pending = null;
        int pos = start;
        ExprNode result = null;
        while (true) {
            if (withInvalid && callInvalidRules) {
                invalidExpression();
                reset(pos);
                invalidLegacyExpression();
                reset(pos);
            }
            ExprNode a = disjunction();
            if (a != null) {
                if (type() == IF) {
                    int m = mark();
                    ts.next();
                    ExprNode b = disjunction();
                    if (b != null && accept(ELSE)) {
                        pending = push(pending, new Pending(pos, a, b, m, null));
                        enter(1);
                        pos = mark();
                        continue;
                    }
                    reset(m);
                }
                result = a;
                break;
            }
            reset(pos);
            // lambdef: 'lambda' [lambda_params] ':' expression
            if (type() == LAMBDA) {
                ts.next();
                Arguments args = lambdaParams();
                if (accept(COLON)) {
                    pending = push(pending, new Pending(pos, null, null, pos, args != null ? args : ParameterRules.emptyArguments()));
                    enter(2);
                    pos = mark();
                    continue;
                }
                reset(pos);
            }
            break;
        }
        if (pending == null) {
            return result;
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            Pending p = pending.get(i);
            leave(p.args == null ? 1 : 2);
            if (result == null) {
                // what follows failed: a conditional expression is then its first part alone,
                // a lambda nothing
                if (p.args == null) {
                    result = p.body;
                }
                reset(p.fallback);
            } else if (p.args == null) {
                result = at(new ExprNode.IfExp(p.test, p.body, result), p.start);
            } else {
                result = at(new ExprNode.Lambda(p.args, result), p.start);
            }
        }
        return result;
    }

    /** A conditional expression (body, test) or a lambda (args) waiting for its last part. */
    private static final class Pending {
        final int start;
        final ExprNode body;
        final ExprNode test;
        /** Where the expression ends if its last part fails (after the body; the start for a lambda). */
        final int fallback;
        final Arguments args;

        Pending(int start, ExprNode body, ExprNode test, int fallback, Arguments args) {
            this.start = start;
            this.body = body;
            this.test = test;
            this.fallback = fallback;
            this.args = args;
        }
    }

    private static List<Pending> push(List<Pending> l, Pending p) {
        if (l == null) {
            l = new ArrayList<>();
        }
        l.add(p);
        return l;
    }

    /**
     * expression, as CPython's second pass reads a dictionary key after a comma: without
     * invalid_expression and invalid_legacy_expression at its top level (CPython reports
     * {@code {1: 2, 3 4}} as "':' expected after dictionary key", not as a forgotten comma;
     * brackets inside the key are read as usual). Memoised as expression, so that
     * invalid_kvpair reads the same key.
     */
    final ExprNode dictKeyExpression() {
        int start = mark();
        Object m = memo(M_EXPRESSION);
        if (m != null) {
            return m == FAILED ? null : (ExprNode) m;
        }
        enter(EXPRESSION_LEVELS);
        ExprNode r = expressionAlternatives(start, false);
        leave(EXPRESSION_LEVELS);
        return memoize(M_EXPRESSION, start, r);
    }

    /**
     * expression_without_invalid: the alternatives of expression, with the invalid rules
     * switched off below it (the "_without_invalid" suffix in CPython's generator).
     */
    @Override
    final ExprNode expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        int start = mark();
        int savedLevel = level;
        try {
            enter(EXPRESSION_LEVELS);
            ExprNode r = expressionAlternatives(start, false);
            leave(EXPRESSION_LEVELS);
            return r;
        } catch (FirstPassFailure e) {
            if (!saved) {
                throw e;
            }
            // in the second pass, a broken f-string just fails this rule, as in CPython
            level = savedLevel;
            reset(start);
            return null;
        } finally {
            callInvalidRules = saved;
        }
    }

    /**
     * invalid_expression:
     *     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
     *           "invalid syntax. Perhaps you forgot a comma?" (inside brackets only)
     *     | a=disjunction 'if' b=disjunction !('else'|':') "expected 'else' after 'if' expression"
     *     | a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE
     *           "f-string: lambda expressions are not allowed without parentheses"
     */
    private void invalidExpression() {
        int start = mark();
        boolean nameString = type() == NAME && type(1) == STRING;
        if (!nameString && !isSoftKeywordToken()) {
            ExprNode a = disjunction();
            if (a != null) {
                ExprNode b = expressionWithoutInvalid();
                if (b != null && !isLegacyName(a) && ts.level(mark() - 1) != 0) {
                    throw knownRange("invalid syntax. Perhaps you forgot a comma?", a, b);
                }
            }
        }
        reset(start);
        ExprNode a = disjunction();
        if (a != null && accept(IF)) {
            ExprNode b = disjunction();
            if (b != null && type() != ELSE && type() != COLON) {
                throw knownRange("expected 'else' after 'if' expression", a, b);
            }
        }
        reset(start);
        if (type() == LAMBDA) {
            int lambdaTok = mark();
            ts.next();
            lambdaParams();
            if (type() == COLON) {
                int colon = mark();
                ts.next();
                if (type() == FSTRING_MIDDLE) {
                    throw knownRange("f-string: lambda expressions are not allowed without parentheses",
                            tokenSpan(lambdaTok), tokenSpan(colon));
                }
            }
        }
        reset(start);
    }

    /** SOFT_KEYWORD: a NAME that is one of the soft keywords. */
    private boolean isSoftKeywordToken() {
        if (type() != NAME || ts.peek().written != null) {
            return false;
        }
        switch (ts.peek().text) {
            case "_": case "case": case "match": case "type":
                return true;
            default:
                return false;
        }
    }

    /** {@code _PyPegen_check_legacy_stmt}: a Name {@code print} or {@code exec}. */
    static boolean isLegacyName(ExprNode e) {
        if (!(e instanceof ExprNode.Name)) {
            return false;
        }
        String id = ((ExprNode.Name) e).id;
        return id.equals("print") || id.equals("exec");
    }

    /**
     * invalid_legacy_expression: a=NAME !'(' b=star_expressions
     *     "Missing parentheses in call to 'print'. Did you mean print(...)?"
     */
    private void invalidLegacyExpression() {
        int start = mark();
        ExprNode.Name a = name();
        if (a != null && type() != LPAR) {
            ExprNode b = starExpressions();
            if (b != null && isLegacyName(a)) {
                throw knownRange("Missing parentheses in call to '" + a.id + "'. Did you mean " + a.id + "(...)?", a, b);
            }
        }
        reset(start);
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    @Override
    final ExprNode yieldExpr() {
        int start = mark();
        if (type() != YIELD) {
            return null;
        }
        ts.next();
        if (accept(FROM)) {
            ExprNode a = expression();
            if (a != null) {
                return at(new ExprNode.YieldFrom(a), start);
            }
            reset(start + 1);
        }
        ExprNode a = starExpressions();
        return at(new ExprNode.Yield(a), start);
    }

    /**
     * star_expressions:
     *     | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
     */
    @Override
    final ExprNode starExpressions() {
        int start = mark();
        ExprNode a = starExpression();
        if (a == null) {
            return null;
        }
        if (type() != COMMA) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark();
            if (!accept(COMMA)) {
                break;
            }
            ExprNode b = starExpression();
            if (b == null) {
                reset(m);
                break;
            }
            elts.add(b);
        }
        accept(COMMA);
        return at(new ExprNode.Tuple(elts, ExprContextNode.Load.INSTANCE), start);
    }

    /** star_expression (memo): '*' bitwise_or | expression */
    @Override
    final ExprNode starExpression() {
        int start = mark();
        Object m = memo(M_STAR_EXPRESSION);
        if (m != null) {
            return m == FAILED ? null : (ExprNode) m;
        }
        ExprNode r = null;
        if (type() == STAR) {
            ts.next();
            ExprNode a = bitwiseOr();
            if (a != null) {
                r = at(new ExprNode.Starred(a, ExprContextNode.Load.INSTANCE), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = expression();
        }
        return memoize(M_STAR_EXPRESSION, start, r);
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    @Override
    final List<ExprNode> starNamedExpressions() {
        ExprNode a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<ExprNode> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark();
            if (!accept(COMMA)) {
                break;
            }
            ExprNode b = starNamedExpression();
            if (b == null) {
                reset(m);
                break;
            }
            out.add(b);
        }
        accept(COMMA);
        return out;
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    @Override
    final ExprNode starNamedExpression() {
        int start = mark();
        if (type() == STAR) {
            ts.next();
            ExprNode a = bitwiseOr();
            if (a != null) {
                return at(new ExprNode.Starred(a, ExprContextNode.Load.INSTANCE), start);
            }
            reset(start);
        }
        return namedExpression();
    }

    /** assignment_expression: NAME ':=' ~ expression */
    @Override
    final ExprNode assignmentExpression() {
        int start = mark();
        if (type() != NAME || type(1) != COLONEQUAL) {
            return null;
        }
        ExprNode.Name a = name();
        ts.next();
        ExprNode b = expression();
        if (b == null) {
            reset(start);
            return null;
        }
        return at(new ExprNode.NamedExpr(withContext(a, ExprContextNode.Store.INSTANCE), b), start);
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    @Override
    final ExprNode namedExpression() {
        int start = mark();
        ExprNode a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            reset(start);
        }
        a = expression();
        if (a != null && type() != COLONEQUAL) {
            return a;
        }
        reset(start);
        return null;
    }

    /**
     * invalid_named_expression (memo):
     *     | a=expression ':=' expression "cannot use assignment expressions with %s"
     *     | a=NAME '=' b=bitwise_or !('='|':=')
     *           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
     *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
     *           "cannot assign to %s here. Maybe you meant '==' instead of '='?"
     * Its only outcome is an error, so its memo records that it did not raise one.
     */
    private void invalidNamedExpression() {
        int start = mark();
        if (memo(M_INVALID_NAMED_EXPRESSION) != null) {
            reset(start);
            return;
        }
        ExprNode a = expression();
        if (a != null && accept(COLONEQUAL) && expression() != null) {
            throw knownLocation("cannot use assignment expressions with " + Targets.exprName(a), a);
        }
        reset(start);
        if (type() == NAME && type(1) == EQUAL) {
            ExprNode.Name n = name();
            ts.next();
            ExprNode b = bitwiseOr();
            if (b != null && type() != EQUAL && type() != COLONEQUAL) {
                throw knownRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n, b);
            }
        }
        reset(start);
        if (!startsListTupleGenexpOrSingleton()) {
            ExprNode b = bitwiseOr();
            if (b != null && accept(EQUAL) && bitwiseOr() != null && type() != EQUAL && type() != COLONEQUAL) {
                throw knownLocation("cannot assign to " + Targets.exprName(b) + " here. Maybe you meant '==' instead of '='?", b);
            }
        }
        reset(start);
        memoize(M_INVALID_NAMED_EXPRESSION, start, null);
    }

    /** The lookahead (list|tuple|genexp|'True'|'None'|'False'). */
    private boolean startsListTupleGenexpOrSingleton() {
        int start = mark();
        switch (type()) {
            case KW_TRUE: case KW_NONE: case KW_FALSE:
                return true;
            case LSQB: {
                boolean r = list() != null;
                reset(start);
                return r;
            }
            case LPAR: {
                boolean r = tuple() != null;
                reset(start);
                if (!r) {
                    r = genexp() != null;
                    reset(start);
                }
                return r;
            }
            default:
                return false;
        }
    }

    // ---- operators ---------------------------------------------------------------------------

    /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
    @Override
    final ExprNode disjunction() {
        return memoLevel(M_DISJUNCTION, L_OR);
    }

    /** conjunction (memo): inversion ('and' inversion)+ | inversion */
    final ExprNode conjunction() {
        return memoLevel(M_CONJUNCTION, L_AND);
    }

    /** inversion (memo): 'not' inversion | comparison */
    @Override
    final ExprNode inversion() {
        return memoLevel(M_INVERSION, L_NOT);
    }

    /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor (left-recursive, so memoised) */
    @Override
    final ExprNode bitwiseOr() {
        return memoLevel(M_BITWISE_OR, L_BOR);
    }

    /** sum: sum '+' term | sum '-' term | term (left-recursive, so memoised) */
    @Override
    final ExprNode sum() {
        return memoLevel(M_SUM, L_SUM);
    }

    private ExprNode memoLevel(int rule, int min) {
        int start = mark();
        Object m = memo(rule);
        if (m != null) {
            return m == FAILED ? null : (ExprNode) m;
        }
        return memoize(rule, start, level(min));
    }

    /**
     * An expression whose operators bind at least as tightly as {@code min}: the rule of that
     * level (disjunction for L_OR, ..., term for L_TERM), by precedence climbing.
     */
    private ExprNode level(int min) {
        int start = mark();
        if (min <= L_NOT && type() == NOT) {
            ExprNode e = notChain(start);
            // after 'not x' only 'and' and 'or' can follow
            return e == null ? null : operators(e, min, start, L_AND);
        }
        if (callInvalidRules) {
            if (min <= L_SHIFT) {
                invalidArithmetic(start);
            } else {
                invalidFactor(start);
            }
        }
        ExprNode left = factor();
        if (left == null) {
            return null;
        }
        return operators(left, min, start, L_TERM);
    }

    /** 'not' inversion, read as a run of 'not's before a comparison. */
    private ExprNode notChain(int start) {
        int count = 0;
        while (type(count) == NOT) {
            count++;
        }
        reset(start + count);
        enter(count);
        ExprNode e = level(L_CMP);
        leave(count);
        if (e == null) {
            reset(start);
            return null;
        }
        for (int i = count - 1; i >= 0; i--) {
            e = at(new ExprNode.UnaryOp(dev.snakebox.ast.UnaryopNode.Not.INSTANCE, e), start + i);
        }
        return e;
    }

    /**
     * The operators after {@code left} (which started at token {@code start}) whose level is at
     * least {@code min} and at most {@code cap}: the loops of the left-recursive rules. An operator
     * whose right operand does not parse is left unread, as the grammar backtracks over it.
     */
    private ExprNode operators(ExprNode left, int min, int start, int cap) {
        while (true) {
            int t = type();
            int lvl = operatorLevel(t);
            if (lvl < 0 || lvl < min || lvl > cap) {
                return left;
            }
            if (lvl == L_OR || lvl == L_AND) {
                ExprNode r = boolOp(left, t, start);
                if (r == left) {
                    return left;
                }
                left = r;
                cap = lvl - 1;
                continue;
            }
            if (lvl == L_CMP) {
                if (t == NOT && type(1) != IN) {
                    return left;
                }
                ExprNode r = compare(left, start);
                if (r == left) {
                    return left;
                }
                left = r;
                cap = L_CMP - 1;
                continue;
            }
            int opPos = mark();
            ts.next();
            ExprNode right = lvl == L_TERM ? factor() : lvl == L_SHIFT ? sum() : level(lvl + 1);
            if (right == null) {
                reset(opPos);
                return left;
            }
            left = at(new ExprNode.BinOp(left, binaryOperator(t), right), start);
            cap = lvl;
        }
    }

    private static int operatorLevel(int t) {
        switch (t) {
            case OR: return L_OR;
            case AND: return L_AND;
            case EQEQUAL: case NOTEQUAL: case LESS: case LESSEQUAL: case GREATER: case GREATEREQUAL:
            case IN: case IS: case NOT:
                return L_CMP;
            case VBAR: return L_BOR;
            case CIRCUMFLEX: return L_BXOR;
            case AMPER: return L_BAND;
            case LEFTSHIFT: case RIGHTSHIFT: return L_SHIFT;
            case PLUS: case MINUS: return L_SUM;
            case STAR: case SLASH: case DOUBLESLASH: case PERCENT: case AT: return L_TERM;
            default: return -1;
        }
    }

    static dev.snakebox.ast.OperatorNode binaryOperator(int t) {
        switch (t) {
            case VBAR: return dev.snakebox.ast.OperatorNode.BitOr.INSTANCE;
            case CIRCUMFLEX: return dev.snakebox.ast.OperatorNode.BitXor.INSTANCE;
            case AMPER: return dev.snakebox.ast.OperatorNode.BitAnd.INSTANCE;
            case LEFTSHIFT: return dev.snakebox.ast.OperatorNode.LShift.INSTANCE;
            case RIGHTSHIFT: return dev.snakebox.ast.OperatorNode.RShift.INSTANCE;
            case PLUS: return dev.snakebox.ast.OperatorNode.Add.INSTANCE;
            case MINUS: return dev.snakebox.ast.OperatorNode.Sub.INSTANCE;
            case STAR: return dev.snakebox.ast.OperatorNode.Mult.INSTANCE;
            case SLASH: return dev.snakebox.ast.OperatorNode.Div.INSTANCE;
            case DOUBLESLASH: return dev.snakebox.ast.OperatorNode.FloorDiv.INSTANCE;
            case PERCENT: return dev.snakebox.ast.OperatorNode.Mod.INSTANCE;
            case AT: return dev.snakebox.ast.OperatorNode.MatMult.INSTANCE;
            default: throw new IllegalStateException("not a binary operator: " + t);
        }
    }

    /** ('or' conjunction)+ or ('and' inversion)+ after {@code left}; {@code left} itself if none. */
    private ExprNode boolOp(ExprNode left, int op, int start) {
        List<ExprNode> values = null;
        while (type() == op) {
            int m = mark();
            ts.next();
            ExprNode v = op == OR ? conjunction() : inversion();
            if (v == null) {
                reset(m);
                break;
            }
            if (values == null) {
                values = new ArrayList<>();
                values.add(left);
            }
            values.add(v);
        }
        if (values == null) {
            return left;
        }
        dev.snakebox.ast.BoolopNode o = op == OR ? dev.snakebox.ast.BoolopNode.Or.INSTANCE : dev.snakebox.ast.BoolopNode.And.INSTANCE;
        return at(new ExprNode.BoolOp(o, values), start);
    }

    /** compare_op_bitwise_or_pair+ after {@code left}; {@code left} itself if none. */
    private ExprNode compare(ExprNode left, int start) {
        List<dev.snakebox.ast.CmpopNode> ops = null;
        List<ExprNode> comparators = null;
        while (true) {
            int m = mark();
            dev.snakebox.ast.CmpopNode op;
            switch (type()) {
                case EQEQUAL: op = dev.snakebox.ast.CmpopNode.Eq.INSTANCE; break;
                case NOTEQUAL: op = dev.snakebox.ast.CmpopNode.NotEq.INSTANCE; break;
                case LESSEQUAL: op = dev.snakebox.ast.CmpopNode.LtE.INSTANCE; break;
                case LESS: op = dev.snakebox.ast.CmpopNode.Lt.INSTANCE; break;
                case GREATEREQUAL: op = dev.snakebox.ast.CmpopNode.GtE.INSTANCE; break;
                case GREATER: op = dev.snakebox.ast.CmpopNode.Gt.INSTANCE; break;
                case IN: op = dev.snakebox.ast.CmpopNode.In.INSTANCE; break;
                case NOT:
                    if (type(1) != IN) {
                        op = null;
                        break;
                    }
                    ts.next();
                    op = dev.snakebox.ast.CmpopNode.NotIn.INSTANCE;
                    break;
                case IS:
                    if (type(1) == NOT) {
                        ts.next();
                        op = dev.snakebox.ast.CmpopNode.IsNot.INSTANCE;
                    } else {
                        op = dev.snakebox.ast.CmpopNode.Is.INSTANCE;
                    }
                    break;
                default:
                    op = null;
                    break;
            }
            if (op == null) {
                break;
            }
            ts.next();
            ExprNode b = bitwiseOr();
            if (b == null && op instanceof dev.snakebox.ast.CmpopNode.IsNot) {
                // is_bitwise_or after isnot_bitwise_or: 'is' followed by a bitwise_or at 'not'
                reset(m + 1);
                b = bitwiseOr();
                op = dev.snakebox.ast.CmpopNode.Is.INSTANCE;
            }
            if (b == null) {
                reset(m);
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return left;
        }
        return at(new ExprNode.Compare(left, ops, comparators), start);
    }

    /**
     * invalid_arithmetic, tried where a shift_expr starts:
     *     sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
     *         "'not' after an operator must be parenthesized"
     */
    private void invalidArithmetic(int start) {
        ExprNode s = sum();
        if (s != null) {
            switch (type()) {
                case PLUS: case MINUS: case STAR: case SLASH: case PERCENT: case DOUBLESLASH: case AT:
                    if (type(1) == NOT) {
                        ts.next();
                        int not = mark();
                        ts.next();
                        ExprNode b = inversion();
                        if (b != null) {
                            throw knownRange("'not' after an operator must be parenthesized", tokenSpan(not), span(b));
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        reset(start);
    }

    /**
     * invalid_factor, tried where a term starts:
     *     ('+' | '-' | '~') a='not' b=factor "'not' after an operator must be parenthesized"
     */
    private void invalidFactor(int start) {
        int t = type();
        if ((t == PLUS || t == MINUS || t == TILDE) && type(1) == NOT) {
            ts.next();
            int not = mark();
            ts.next();
            ExprNode b = factor();
            if (b != null) {
                throw knownRange("'not' after an operator must be parenthesized", tokenSpan(not), span(b));
            }
        }
        reset(start);
    }

    /**
     * factor (memo): '+' factor | '-' factor | '~' factor | power. A run of prefix operators is
     * read in a loop and applied from the inside out.
     */
    @Override
    final ExprNode factor() {
        int start = mark();
        Object m = memo(M_FACTOR);
        if (m != null) {
            return m == FAILED ? null : (ExprNode) m;
        }
        int count = 0;
        while (isPrefixOperator(type(count))) {
            count++;
        }
        reset(start + count);
        enter(count + FACTOR_LEVELS);
        ExprNode e = power();
        leave(count + FACTOR_LEVELS);
        if (e == null) {
            reset(start);
            return memoize(M_FACTOR, start, null);
        }
        e = applyPrefixes(start, count, e);
        return memoize(M_FACTOR, start, e);
    }

    private static boolean isPrefixOperator(int t) {
        return t == PLUS || t == MINUS || t == TILDE;
    }

    /** Wraps {@code e} in the prefix operators at tokens {@code first}..{@code first+count-1}. */
    private ExprNode applyPrefixes(int first, int count, ExprNode e) {
        for (int i = count - 1; i >= 0; i--) {
            dev.snakebox.ast.UnaryopNode op;
            switch (ts.type(first + i)) {
                case PLUS: op = dev.snakebox.ast.UnaryopNode.UAdd.INSTANCE; break;
                case MINUS: op = dev.snakebox.ast.UnaryopNode.USub.INSTANCE; break;
                default: op = dev.snakebox.ast.UnaryopNode.Invert.INSTANCE; break;
            }
            e = at(new ExprNode.UnaryOp(op, e), first + i);
        }
        return e;
    }

    /**
     * power: await_primary '**' factor | await_primary. The right operand of '**' is a factor,
     * which may be another power: the chain is read in a loop and folded from the right.
     */
    private ExprNode power() {
        int start = mark();
        ExprNode base = awaitPrimary();
        if (base == null) {
            return null;
        }
        if (type() != DOUBLESTAR) {
            return base;
        }
        List<ExprNode> operands = new ArrayList<>();
        List<int[]> places = new ArrayList<>(); // per operand: first prefix token, prefix count, operand start
        operands.add(base);
        places.add(new int[] {start, 0, start});
        int extra = 0;
        while (type() == DOUBLESTAR) {
            int opPos = mark();
            ts.next();
            int prefixStart = mark();
            int count = 0;
            while (isPrefixOperator(type(count))) {
                count++;
            }
            reset(prefixStart + count);
            int operandStart = mark();
            enter(2 + count);
            extra += 2 + count;
            ExprNode b = awaitPrimary();
            if (b == null) {
                reset(opPos);
                break;
            }
            operands.add(b);
            places.add(new int[] {prefixStart, count, operandStart});
        }
        leave(extra);
        int n = operands.size();
        ExprNode v = operands.get(n - 1);
        for (int i = n - 1; i >= 1; i--) {
            int[] p = places.get(i);
            v = applyPrefixes(p[0], p[1], v);
            v = at(new ExprNode.BinOp(operands.get(i - 1), dev.snakebox.ast.OperatorNode.Pow.INSTANCE, v), places.get(i - 1)[2]);
        }
        return v;
    }

    /** await_primary (memo): 'await' primary | primary */
    private ExprNode awaitPrimary() {
        int start = mark();
        if (type() == AWAIT) {
            ts.next();
            ExprNode a = primary();
            if (a != null) {
                return at(new ExprNode.Await(a), start);
            }
            reset(start);
            return null;
        }
        return primary();
    }

    static List<ExprNode> none() {
        return Collections.emptyList();
    }
}
