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
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.List;

/**
 * An expression back to source text, as annotations are stored under
 * {@code from __future__ import annotations}; CPython's limited unparser
 * {@code _PyAST_ExprAsUnicode} ({@code Python/ast_unparse.c}). Parentheses follow operator
 * priority, so the text is normalised rather than the one written ({@code (a)+b} is
 * {@code a + b}).
 */
final class AnnotationUnparser {
    // priorities, loosest first
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

    /** {@code "1e" + (DBL_MAX_10_EXP + 1)}: what an infinite float constant unparses to. */
    private static final String INF = "1e309";

    private final StringBuilder out = new StringBuilder();

    private AnnotationUnparser() {}

    /** {@code _PyAST_ExprAsUnicode}. */
    static String unparse(ExprNode e) {
        AnnotationUnparser u = new AnnotationUnparser();
        u.expr(e, PR_TEST);
        return u.out.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            out.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            out.append(')');
        }
    }

    /** {@code append_ast_expr}. */
    private void expr(ExprNode e, int level) {
        switch (e.kind()) {
            case ExprNode.BoolOp.KIND: {
                ExprNode.BoolOp b = (ExprNode.BoolOp) e;
                boolean and = b.op.kind() == BoolopNode.And.KIND;
                int pr = and ? PR_AND : PR_OR;
                open(level > pr);
                for (int i = 0; i < b.values.size(); i++) {
                    if (i > 0) {
                        out.append(and ? " and " : " or ");
                    }
                    expr(b.values.get(i), pr + 1);
                }
                close(level > pr);
                return;
            }
            case ExprNode.BinOp.KIND:
                binOp((ExprNode.BinOp) e, level);
                return;
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp u = (ExprNode.UnaryOp) e;
                String op;
                int pr = PR_FACTOR;
                switch (u.op.kind()) {
                    case UnaryopNode.Invert.KIND: op = "~"; break;
                    case UnaryopNode.Not.KIND: op = "not "; pr = PR_NOT; break;
                    case UnaryopNode.UAdd.KIND: op = "+"; break;
                    default: op = "-"; break;
                }
                open(level > pr);
                out.append(op);
                expr(u.operand, pr);
                close(level > pr);
                return;
            }
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                open(level > PR_TEST);
                out.append(l.args.args.size() + l.args.posonlyargs.size() > 0 ? "lambda " : "lambda");
                arguments(l.args);
                out.append(": ");
                expr(l.body, PR_TEST);
                close(level > PR_TEST);
                return;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp i = (ExprNode.IfExp) e;
                open(level > PR_TEST);
                expr(i.body, PR_TEST + 1);
                out.append(" if ");
                expr(i.test, PR_TEST + 1);
                out.append(" else ");
                expr(i.orelse, PR_TEST);
                close(level > PR_TEST);
                return;
            }
            case ExprNode.Dict.KIND: {
                ExprNode.Dict d = (ExprNode.Dict) e;
                out.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    ExprNode key = d.keys.get(i);
                    if (key != null) {
                        expr(key, PR_TEST);
                        out.append(": ");
                        expr(d.values.get(i), PR_TEST);
                    } else {
                        out.append("**");
                        expr(d.values.get(i), PR_EXPR);
                    }
                }
                out.append('}');
                return;
            }
            case ExprNode.Set.KIND:
                sequence("{", ((ExprNode.Set) e).elts, "}");
                return;
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp g = (ExprNode.GeneratorExp) e;
                out.append('(');
                expr(g.elt, PR_TEST);
                comprehensions(g.generators);
                out.append(')');
                return;
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                out.append('[');
                expr(c.elt, PR_TEST);
                comprehensions(c.generators);
                out.append(']');
                return;
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                out.append('{');
                expr(c.elt, PR_TEST);
                comprehensions(c.generators);
                out.append('}');
                return;
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                out.append('{');
                expr(c.key, PR_TEST);
                out.append(": ");
                expr(c.value, PR_TEST);
                comprehensions(c.generators);
                out.append('}');
                return;
            }
            case ExprNode.Yield.KIND: {
                ExprNode.Yield y = (ExprNode.Yield) e;
                if (y.value == null) {
                    out.append("(yield)");
                    return;
                }
                out.append("(yield ");
                expr(y.value, PR_TEST);
                out.append(')');
                return;
            }
            case ExprNode.YieldFrom.KIND:
                out.append("(yield from ");
                expr(((ExprNode.YieldFrom) e).value, PR_TEST);
                out.append(')');
                return;
            case ExprNode.Await.KIND:
                open(level > PR_AWAIT);
                out.append("await ");
                expr(((ExprNode.Await) e).value, PR_ATOM);
                close(level > PR_AWAIT);
                return;
            case ExprNode.Compare.KIND:
                compare((ExprNode.Compare) e, level);
                return;
            case ExprNode.Call.KIND:
                call((ExprNode.Call) e);
                return;
            case ExprNode.Constant.KIND: {
                ExprNode.Constant c = (ExprNode.Constant) e;
                if (c.value instanceof dev.snakebox.parser.EllipsisObject) {
                    out.append("...");
                    return;
                }
                if (c.kind != null) {
                    out.append(c.kind);
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
                // an integer needs a space before the dot to stay an integer
                boolean intValue = a.value instanceof ExprNode.Constant
                        && ((ExprNode.Constant) a.value).value instanceof PyInt;
                out.append(intValue ? " ." : ".").append(a.attr);
                return;
            }
            case ExprNode.Subscript.KIND: {
                ExprNode.Subscript s = (ExprNode.Subscript) e;
                expr(s.value, PR_ATOM);
                out.append('[');
                expr(s.slice, PR_TUPLE);
                out.append(']');
                return;
            }
            case ExprNode.Starred.KIND:
                out.append('*');
                expr(((ExprNode.Starred) e).value, PR_EXPR);
                return;
            case ExprNode.Slice.KIND: {
                ExprNode.Slice s = (ExprNode.Slice) e;
                if (s.lower != null) {
                    expr(s.lower, PR_TEST);
                }
                out.append(':');
                if (s.upper != null) {
                    expr(s.upper, PR_TEST);
                }
                if (s.step != null) {
                    out.append(':');
                    expr(s.step, PR_TEST);
                }
                return;
            }
            case ExprNode.Name.KIND:
                out.append(((ExprNode.Name) e).id);
                return;
            case ExprNode.List.KIND:
                sequence("[", ((ExprNode.List) e).elts, "]");
                return;
            case ExprNode.Tuple.KIND: {
                List<ExprNode> elts = ((ExprNode.Tuple) e).elts;
                if (elts.isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                for (int i = 0; i < elts.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    expr(elts.get(i), PR_TEST);
                }
                if (elts.size() == 1) {
                    out.append(',');
                }
                close(level > PR_TUPLE);
                return;
            }
            case ExprNode.NamedExpr.KIND: {
                ExprNode.NamedExpr n = (ExprNode.NamedExpr) e;
                open(level > PR_TUPLE);
                expr(n.target, PR_ATOM);
                out.append(" := ");
                expr(n.value, PR_ATOM);
                close(level > PR_TUPLE);
                return;
            }
            default:
                throw Errors.systemError("unknown expression kind");
        }
    }

    private void sequence(String open, List<ExprNode> elts, String close) {
        out.append(open);
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), PR_TEST);
        }
        out.append(close);
    }

    /** {@code append_ast_binop}: {@code **} is right-associative. */
    private void binOp(ExprNode.BinOp b, int level) {
        String op;
        int pr;
        boolean rassoc = false;
        switch (b.op.kind()) {
            case OperatorNode.Add.KIND: op = " + "; pr = PR_ARITH; break;
            case OperatorNode.Sub.KIND: op = " - "; pr = PR_ARITH; break;
            case OperatorNode.Mult.KIND: op = " * "; pr = PR_TERM; break;
            case OperatorNode.MatMult.KIND: op = " @ "; pr = PR_TERM; break;
            case OperatorNode.Div.KIND: op = " / "; pr = PR_TERM; break;
            case OperatorNode.Mod.KIND: op = " % "; pr = PR_TERM; break;
            case OperatorNode.LShift.KIND: op = " << "; pr = PR_SHIFT; break;
            case OperatorNode.RShift.KIND: op = " >> "; pr = PR_SHIFT; break;
            case OperatorNode.BitOr.KIND: op = " | "; pr = PR_BOR; break;
            case OperatorNode.BitXor.KIND: op = " ^ "; pr = PR_BXOR; break;
            case OperatorNode.BitAnd.KIND: op = " & "; pr = PR_BAND; break;
            case OperatorNode.FloorDiv.KIND: op = " // "; pr = PR_TERM; break;
            default: op = " ** "; pr = PR_POWER; rassoc = true; break;
        }
        open(level > pr);
        expr(b.left, pr + (rassoc ? 1 : 0));
        out.append(op);
        expr(b.right, pr + (rassoc ? 0 : 1));
        close(level > pr);
    }

    private void compare(ExprNode.Compare c, int level) {
        open(level > PR_CMP);
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
            out.append(op);
            expr(c.comparators.get(i), PR_CMP + 1);
        }
        close(level > PR_CMP);
    }

    /** {@code append_ast_call}: a lone generator expression argument keeps only its own parentheses. */
    private void call(ExprNode.Call c) {
        expr(c.func, PR_ATOM);
        if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof ExprNode.GeneratorExp) {
            expr(c.args.get(0), PR_TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (ExprNode a : c.args) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (k.arg == null) {
                out.append("**");
            } else {
                out.append(k.arg).append('=');
            }
            expr(k.value, PR_TEST);
        }
        out.append(')');
    }

    private void comprehensions(List<Comprehension> generators) {
        for (Comprehension g : generators) {
            out.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, PR_TUPLE);
            out.append(" in ");
            expr(g.iter, PR_TEST + 1);
            for (ExprNode cond : g.ifs) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    /** {@code append_ast_args}: parameters with their annotations and defaults, {@code /} and {@code *}. */
    private void arguments(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs.size();
        int nargs = args.args.size();
        int ndefaults = args.defaults.size();
        for (int i = 0; i < posonly + nargs; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(i < posonly ? args.posonlyargs.get(i) : args.args.get(i - posonly));
            int di = i - posonly - nargs + ndefaults;
            if (di >= 0) {
                out.append('=');
                expr(args.defaults.get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                out.append(", /");
            }
        }
        if (args.vararg != null || !args.kwonlyargs.isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (args.vararg != null) {
                arg(args.vararg);
            }
        }
        int nkw = args.kwonlyargs.size();
        int nkwdefaults = args.kwDefaults.size();
        for (int i = 0; i < nkw; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            arg(args.kwonlyargs.get(i));
            int di = i - nkw + nkwdefaults;
            if (di >= 0 && args.kwDefaults.get(di) != null) {
                out.append('=');
                expr(args.kwDefaults.get(di), PR_TEST);
            }
        }
        if (args.kwarg != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**");
            arg(args.kwarg);
        }
    }

    private void arg(Arg a) {
        out.append(a.arg);
        if (a.annotation != null) {
            out.append(": ");
            expr(a.annotation, PR_TEST);
        }
    }

    /** {@code append_ast_constant}: a tuple item by item, an infinity as {@code 1e309}. */
    private void constant(PyObject value) {
        if (value instanceof PyTuple) {
            PyTuple t = (PyTuple) value;
            out.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                constant(t.get(i));
            }
            if (t.size() == 1) {
                out.append(',');
            }
            out.append(')');
            return;
        }
        String repr = value.repr();
        if (value instanceof PyFloat && Double.isInfinite(((PyFloat) value).value) || value instanceof PyComplex) {
            repr = repr.replace("inf", INF);
        }
        out.append(repr);
    }

    /** {@code append_joinedstr}: the parts, then quoted as a str repr after an {@code f}. */
    private void joinedStr(ExprNode.JoinedStr e, boolean isFormatSpec) {
        AnnotationUnparser body = new AnnotationUnparser();
        for (ExprNode v : e.values) {
            body.fstringElement(v, isFormatSpec);
        }
        String text = body.out.toString();
        if (isFormatSpec) {
            out.append(text);
        } else {
            out.append('f').append(PyStr.of(text).repr());
        }
    }

    private void fstringElement(ExprNode e, boolean isFormatSpec) {
        if (e instanceof ExprNode.Constant) {
            String s = ((PyStr) ((ExprNode.Constant) e).value).value;
            out.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof ExprNode.JoinedStr) {
            joinedStr((ExprNode.JoinedStr) e, isFormatSpec);
        } else if (e instanceof ExprNode.FormattedValue) {
            formattedValue((ExprNode.FormattedValue) e);
        } else {
            throw Errors.systemError("unknown expression kind inside f-string");
        }
    }

    /** {@code append_formattedvalue}: a space after the brace if the expression starts with one. */
    private void formattedValue(ExprNode.FormattedValue e) {
        AnnotationUnparser value = new AnnotationUnparser();
        value.expr(e.value, PR_TEST + 1);
        String text = value.out.toString();
        out.append(text.startsWith("{") ? "{ " : "{").append(text);
        if (e.conversion > 0) {
            out.append('!').append((char) e.conversion);
        }
        if (e.formatSpec != null) {
            out.append(':');
            fstringElement(e.formatSpec, true);
        }
        out.append('}');
    }
}
