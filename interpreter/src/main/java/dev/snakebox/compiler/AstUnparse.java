package dev.snakebox.compiler;

import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.BoolopNode;
import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.parser.EllipsisObject;
import java.util.List;

/**
 * An expression back to source text, as {@code from __future__ import annotations} stores
 * annotations; CPython's {@code Python/ast_unparse.c} ({@code _PyAST_ExprAsUnicode}). Not
 * {@code ast.unparse} (Lib/ast.py), which differs in details: this one puts parentheses by
 * the precedence levels below, writes an infinite float as {@code 1e309}, and spaces
 * {@code 1 .real}.
 */
final class AstUnparse {
    // precedence levels, lowest first (ast_unparse.c's PR_*)
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1; // if-else, lambda
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    /** {@code "1e" + (DBL_MAX_10_EXP + 1)}: a literal that reads back as infinity. */
    private static final String INF = "1e309";

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private AstUnparse() {}

    /** {@code _PyAST_ExprAsUnicode}. */
    static String unparse(ExprNode e) {
        AstUnparse u = new AstUnparse();
        u.expr(e, PR_TEST);
        return u.out.toString();
    }

    private void append(String s) {
        out.append(s);
    }

    private void appendIf(boolean cond, String s) {
        if (cond) {
            out.append(s);
        }
    }

    private void expr(ExprNode e, int level) {
        if (++depth > CodeGen.MAX_RECURSION) {
            throw Errors.raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
        exprKind(e, level);
        depth--;
    }

    private void exprKind(ExprNode e, int level) {
        switch (e.kind()) {
            case ExprNode.BoolOp.KIND: {
                ExprNode.BoolOp b = (ExprNode.BoolOp) e;
                boolean and = b.op.kind() == BoolopNode.And.KIND;
                int pr = and ? PR_AND : PR_OR;
                appendIf(level > pr, "(");
                for (int i = 0; i < b.values.size(); i++) {
                    appendIf(i > 0, and ? " and " : " or ");
                    expr(b.values.get(i), pr + 1);
                }
                appendIf(level > pr, ")");
                return;
            }
            case ExprNode.BinOp.KIND:
                binOp((ExprNode.BinOp) e, level);
                return;
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp u = (ExprNode.UnaryOp) e;
                String op;
                int pr;
                switch (u.op.kind()) {
                    case UnaryopNode.Invert.KIND: op = "~"; pr = PR_FACTOR; break;
                    case UnaryopNode.Not.KIND: op = "not "; pr = PR_NOT; break;
                    case UnaryopNode.UAdd.KIND: op = "+"; pr = PR_FACTOR; break;
                    default: op = "-"; pr = PR_FACTOR; break;
                }
                appendIf(level > pr, "(");
                append(op);
                expr(u.operand, pr);
                appendIf(level > pr, ")");
                return;
            }
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                appendIf(level > PR_TEST, "(");
                int positional = l.args.args.size() + l.args.posonlyargs.size();
                append(positional > 0 ? "lambda " : "lambda");
                arguments(l.args);
                append(": ");
                expr(l.body, PR_TEST);
                appendIf(level > PR_TEST, ")");
                return;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp i = (ExprNode.IfExp) e;
                appendIf(level > PR_TEST, "(");
                expr(i.body, PR_TEST + 1);
                append(" if ");
                expr(i.test, PR_TEST + 1);
                append(" else ");
                expr(i.orelse, PR_TEST);
                appendIf(level > PR_TEST, ")");
                return;
            }
            case ExprNode.Dict.KIND: {
                ExprNode.Dict d = (ExprNode.Dict) e;
                append("{");
                for (int i = 0; i < d.values.size(); i++) {
                    appendIf(i > 0, ", ");
                    ExprNode key = d.keys.get(i);
                    if (key != null) {
                        expr(key, PR_TEST);
                        append(": ");
                        expr(d.values.get(i), PR_TEST);
                    } else {
                        append("**");
                        expr(d.values.get(i), PR_EXPR);
                    }
                }
                append("}");
                return;
            }
            case ExprNode.Set.KIND:
                items("{", ((ExprNode.Set) e).elts, "}");
                return;
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp g = (ExprNode.GeneratorExp) e;
                comprehension("(", g.elt, null, g.generators, ")");
                return;
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                comprehension("[", c.elt, null, c.generators, "]");
                return;
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                comprehension("{", c.elt, null, c.generators, "}");
                return;
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                comprehension("{", c.key, c.value, c.generators, "}");
                return;
            }
            case ExprNode.Yield.KIND: {
                ExprNode.Yield y = (ExprNode.Yield) e;
                if (y.value == null) {
                    append("(yield)");
                    return;
                }
                append("(yield ");
                expr(y.value, PR_TEST);
                append(")");
                return;
            }
            case ExprNode.YieldFrom.KIND:
                append("(yield from ");
                expr(((ExprNode.YieldFrom) e).value, PR_TEST);
                append(")");
                return;
            case ExprNode.Await.KIND:
                appendIf(level > PR_AWAIT, "(");
                append("await ");
                expr(((ExprNode.Await) e).value, PR_ATOM);
                appendIf(level > PR_AWAIT, ")");
                return;
            case ExprNode.Compare.KIND:
                compare((ExprNode.Compare) e, level);
                return;
            case ExprNode.Call.KIND:
                call((ExprNode.Call) e);
                return;
            case ExprNode.Constant.KIND: {
                ExprNode.Constant c = (ExprNode.Constant) e;
                if (c.value == EllipsisObject.ELLIPSIS) {
                    append("...");
                    return;
                }
                if (c.kind != null) {
                    append(c.kind);
                }
                constant((PyObject) c.value);
                return;
            }
            case ExprNode.JoinedStr.KIND:
                joinedStr((ExprNode.JoinedStr) e, false);
                return;
            case ExprNode.FormattedValue.KIND:
                formattedValue((ExprNode.FormattedValue) e);
                return;
            case ExprNode.Attribute.KIND: {
                ExprNode.Attribute a = (ExprNode.Attribute) e;
                expr(a.value, PR_ATOM);
                // an int needs a space: 1.real would read as a float
                boolean isInt = a.value instanceof ExprNode.Constant
                        && ((ExprNode.Constant) a.value).value instanceof PyInt
                        && ((PyObject) ((ExprNode.Constant) a.value).value).type() == PyInt.TYPE;
                append(isInt ? " ." : ".");
                append(a.attr);
                return;
            }
            case ExprNode.Subscript.KIND: {
                ExprNode.Subscript s = (ExprNode.Subscript) e;
                expr(s.value, PR_ATOM);
                append("[");
                expr(s.slice, PR_TUPLE);
                append("]");
                return;
            }
            case ExprNode.Starred.KIND:
                append("*");
                expr(((ExprNode.Starred) e).value, PR_EXPR);
                return;
            case ExprNode.Slice.KIND: {
                ExprNode.Slice s = (ExprNode.Slice) e;
                if (s.lower != null) {
                    expr(s.lower, PR_TEST);
                }
                append(":");
                if (s.upper != null) {
                    expr(s.upper, PR_TEST);
                }
                if (s.step != null) {
                    append(":");
                    expr(s.step, PR_TEST);
                }
                return;
            }
            case ExprNode.Name.KIND:
                append(((ExprNode.Name) e).id);
                return;
            case ExprNode.List.KIND:
                items("[", ((ExprNode.List) e).elts, "]");
                return;
            case ExprNode.Tuple.KIND: {
                List<ExprNode> elts = ((ExprNode.Tuple) e).elts;
                if (elts.isEmpty()) {
                    append("()");
                    return;
                }
                appendIf(level > PR_TUPLE, "(");
                for (int i = 0; i < elts.size(); i++) {
                    appendIf(i > 0, ", ");
                    expr(elts.get(i), PR_TEST);
                }
                appendIf(elts.size() == 1, ",");
                appendIf(level > PR_TUPLE, ")");
                return;
            }
            default: { // NamedExpr
                ExprNode.NamedExpr n = (ExprNode.NamedExpr) e;
                appendIf(level > PR_TUPLE, "(");
                expr(n.target, PR_ATOM);
                append(" := ");
                expr(n.value, PR_ATOM);
                appendIf(level > PR_TUPLE, ")");
                return;
            }
        }
    }

    private void items(String open, List<ExprNode> elts, String close) {
        append(open);
        for (int i = 0; i < elts.size(); i++) {
            appendIf(i > 0, ", ");
            expr(elts.get(i), PR_TEST);
        }
        append(close);
    }

    /**
     * {@code append_ast_binop}. The left operands of a chain like {@code a + b + c + ...} nest as
     * deep as the chain is long, so the chain is walked in a loop: the opening parentheses
     * outermost first, the innermost left operand, then each operator, right operand and
     * closing parenthesis from the inside out.
     */
    private void binOp(ExprNode.BinOp b, int level) {
        java.util.ArrayList<ExprNode.BinOp> spine = new java.util.ArrayList<>();
        java.util.ArrayList<Integer> levels = new java.util.ArrayList<>();
        ExprNode cur = b;
        int lvl = level;
        while (cur instanceof ExprNode.BinOp) {
            ExprNode.BinOp op = (ExprNode.BinOp) cur;
            spine.add(op);
            levels.add(lvl);
            lvl = precedence(op) + (op.op.kind() == OperatorNode.Pow.KIND ? 1 : 0);
            cur = op.left;
        }
        for (int k = 0; k < spine.size(); k++) {
            appendIf(levels.get(k) > precedence(spine.get(k)), "(");
        }
        expr(cur, lvl);
        for (int k = spine.size() - 1; k >= 0; k--) {
            ExprNode.BinOp op = spine.get(k);
            int pr = precedence(op);
            boolean rassoc = op.op.kind() == OperatorNode.Pow.KIND;
            append(symbol(op));
            expr(op.right, pr + (rassoc ? 0 : 1));
            appendIf(levels.get(k) > pr, ")");
        }
    }

    private static int precedence(ExprNode.BinOp b) {
        switch (b.op.kind()) {
            case OperatorNode.Add.KIND:
            case OperatorNode.Sub.KIND:
                return PR_ARITH;
            case OperatorNode.LShift.KIND:
            case OperatorNode.RShift.KIND:
                return PR_SHIFT;
            case OperatorNode.BitOr.KIND:
                return PR_BOR;
            case OperatorNode.BitXor.KIND:
                return PR_BXOR;
            case OperatorNode.BitAnd.KIND:
                return PR_BAND;
            case OperatorNode.Pow.KIND:
                return PR_POWER;
            default: // * @ / % //
                return PR_TERM;
        }
    }

    private static String symbol(ExprNode.BinOp b) {
        switch (b.op.kind()) {
            case OperatorNode.Add.KIND: return " + ";
            case OperatorNode.Sub.KIND: return " - ";
            case OperatorNode.Mult.KIND: return " * ";
            case OperatorNode.MatMult.KIND: return " @ ";
            case OperatorNode.Div.KIND: return " / ";
            case OperatorNode.Mod.KIND: return " % ";
            case OperatorNode.LShift.KIND: return " << ";
            case OperatorNode.RShift.KIND: return " >> ";
            case OperatorNode.BitOr.KIND: return " | ";
            case OperatorNode.BitXor.KIND: return " ^ ";
            case OperatorNode.BitAnd.KIND: return " & ";
            case OperatorNode.FloorDiv.KIND: return " // ";
            default: return " ** ";
        }
    }

    private void compare(ExprNode.Compare c, int level) {
        appendIf(level > PR_CMP, "(");
        expr(c.left, PR_CMP + 1);
        for (int i = 0; i < c.comparators.size(); i++) {
            String op;
            switch (c.ops.get(i).kind()) {
                case CmpopNode.Eq.KIND: op = " == "; break;
                case CmpopNode.NotEq.KIND: op = " != "; break;
                case CmpopNode.Lt.KIND: op = " < "; break;
                case CmpopNode.LtE.KIND: op = " <= "; break;
                case CmpopNode.Gt.KIND: op = " > "; break;
                case CmpopNode.GtE.KIND: op = " >= "; break;
                case CmpopNode.Is.KIND: op = " is "; break;
                case CmpopNode.IsNot.KIND: op = " is not "; break;
                case CmpopNode.In.KIND: op = " in "; break;
                default: op = " not in "; break;
            }
            append(op);
            expr(c.comparators.get(i), PR_CMP + 1);
        }
        appendIf(level > PR_CMP, ")");
    }

    private void call(ExprNode.Call c) {
        expr(c.func, PR_ATOM);
        if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof ExprNode.GeneratorExp) {
            // f(x for x in y): the generator's parentheses are the call's
            expr(c.args.get(0), PR_TEST);
            return;
        }
        append("(");
        boolean first = true;
        for (ExprNode a : c.args) {
            appendIf(!first, ", ");
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords) {
            appendIf(!first, ", ");
            first = false;
            if (k.arg == null) {
                append("**");
            } else {
                append(k.arg);
                append("=");
            }
            expr(k.value, PR_TEST);
        }
        append(")");
    }

    private void comprehension(String open, ExprNode elt, ExprNode value, List<Comprehension> gens, String close) {
        append(open);
        expr(elt, PR_TEST);
        if (value != null) {
            append(": ");
            expr(value, PR_TEST);
        }
        for (Comprehension gen : gens) {
            append(gen.isAsync != 0 ? " async for " : " for ");
            expr(gen.target, PR_TUPLE);
            append(" in ");
            expr(gen.iter, PR_TEST + 1);
            for (ExprNode test : gen.ifs) {
                append(" if ");
                expr(test, PR_TEST + 1);
            }
        }
        append(close);
    }

    /** {@code append_ast_args}. */
    private void arguments(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs.size();
        int count = args.args.size();
        int defaults = args.defaults.size();
        for (int i = 0; i < posonly + count; i++) {
            appendIf(!first, ", ");
            first = false;
            arg(i < posonly ? args.posonlyargs.get(i) : args.args.get(i - posonly));
            int di = i - posonly - count + defaults;
            if (di >= 0) {
                append("=");
                expr(args.defaults.get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                append(", /");
            }
        }
        if (args.vararg != null || !args.kwonlyargs.isEmpty()) {
            appendIf(!first, ", ");
            first = false;
            append("*");
            if (args.vararg != null) {
                arg(args.vararg);
            }
        }
        int kwCount = args.kwonlyargs.size();
        int kwDefaults = args.kwDefaults.size();
        for (int i = 0; i < kwCount; i++) {
            appendIf(!first, ", ");
            first = false;
            arg(args.kwonlyargs.get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kwDefaults.get(di) != null) {
                append("=");
                expr(args.kwDefaults.get(di), PR_TEST);
            }
        }
        if (args.kwarg != null) {
            appendIf(!first, ", ");
            append("**");
            arg(args.kwarg);
        }
    }

    private void arg(Arg a) {
        append(a.arg);
        if (a.annotation != null) {
            append(": ");
            expr(a.annotation, PR_TEST);
        }
    }

    /** {@code append_ast_constant}: a tuple item by item, anything else by its repr. */
    private void constant(PyObject c) {
        if (c instanceof PyTuple) {
            PyTuple t = (PyTuple) c;
            append("(");
            for (int i = 0; i < t.size(); i++) {
                appendIf(i > 0, ", ");
                constant(t.get(i));
            }
            appendIf(t.size() == 1, ",");
            append(")");
            return;
        }
        append(repr(c));
    }

    /** {@code append_repr}: infinities become {@code 1e309}, in floats and complex numbers. */
    private static String repr(PyObject o) {
        String r = o.repr();
        if (o instanceof PyFloat && Double.isInfinite(((PyFloat) o).value) || o instanceof PyComplex) {
            r = r.replace("inf", INF);
        }
        return r;
    }

    // ---- f-strings ------------------------------------------------------------------------

    private void joinedStr(ExprNode.JoinedStr j, boolean isFormatSpec) {
        String body = fstringBody(j.values, isFormatSpec);
        if (isFormatSpec) {
            append(body);
        } else {
            append("f");
            append(new PyStr(body).repr());
        }
    }

    private String fstringBody(List<ExprNode> values, boolean isFormatSpec) {
        AstUnparse inner = new AstUnparse();
        inner.depth = depth;
        for (ExprNode v : values) {
            inner.fstringElement(v, isFormatSpec);
        }
        return inner.out.toString();
    }

    private void fstringElement(ExprNode e, boolean isFormatSpec) {
        switch (e.kind()) {
            case ExprNode.Constant.KIND:
                append(((PyStr) ((ExprNode.Constant) e).value).value().replace("{", "{{").replace("}", "}}"));
                return;
            case ExprNode.JoinedStr.KIND:
                joinedStr((ExprNode.JoinedStr) e, isFormatSpec);
                return;
            case ExprNode.FormattedValue.KIND:
                formattedValue((ExprNode.FormattedValue) e);
                return;
            default:
                throw Errors.systemError("unknown expression kind inside f-string");
        }
    }

    private void formattedValue(ExprNode.FormattedValue f) {
        AstUnparse inner = new AstUnparse();
        inner.depth = depth;
        // above PR_TEST, so a lambda (with its ':') gets parentheses
        inner.expr(f.value, PR_TEST + 1);
        String value = inner.out.toString();
        append(value.startsWith("{") ? "{ " : "{");
        append(value);
        if (f.conversion > 0) {
            append("!" + (char) f.conversion);
        }
        if (f.formatSpec != null) {
            append(":");
            fstringElement(f.formatSpec, true);
        }
        append("}");
    }
}
