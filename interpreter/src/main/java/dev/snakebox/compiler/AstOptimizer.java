package dev.snakebox.compiler;

import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant folding on the AST before code generation; CPython's {@code Python/ast_opt.c}
 * ({@code astfold_*}, {@code fold_binop}, {@code fold_unaryop}, {@code optimize_format}).
 * Children are folded first, so {@code 2 * 3 + 1} becomes one constant; results too large
 * to be worth storing are left alone (see {@link ConstantArithmetic}).
 *
 * <p>The input is never modified: a node whose children change is copied (with its position),
 * so the caller's tree can still be dumped as {@code ast} shows it.
 */
final class AstOptimizer {
    private int depth;

    private AstOptimizer() {}

    static ModNode.Module optimize(ModNode.Module mod) {
        AstOptimizer o = new AstOptimizer();
        List<StmtNode> body = o.stmts(mod.body);
        if (body == mod.body) {
            return mod;
        }
        ModNode.Module m = new ModNode.Module(body, mod.typeIgnores);
        m.copyPosition(mod);
        return m;
    }

    private void enter() {
        if (++depth > CodeGen.MAX_RECURSION) {
            throw Errors.raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private static <T extends Node> T at(T copy, Node original) {
        copy.copyPosition(original);
        return copy;
    }

    // ---- statements -----------------------------------------------------------------------

    private List<StmtNode> stmts(List<StmtNode> list) {
        List<StmtNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            StmtNode s = list.get(i);
            StmtNode f = stmt(s);
            if (f != s && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /** {@code astfold_stmt}. */
    private StmtNode stmt(StmtNode s) {
        enter();
        StmtNode r = s;
        switch (s.kind()) {
            case StmtNode.Assign.KIND: {
                StmtNode.Assign a = (StmtNode.Assign) s;
                List<ExprNode> targets = exprs(a.targets);
                ExprNode value = expr(a.value);
                if (targets != a.targets || value != a.value) {
                    r = at(new StmtNode.Assign(targets, value, a.typeComment), s);
                }
                break;
            }
            case StmtNode.AugAssign.KIND: {
                StmtNode.AugAssign a = (StmtNode.AugAssign) s;
                ExprNode target = expr(a.target);
                ExprNode value = expr(a.value);
                if (target != a.target || value != a.value) {
                    r = at(new StmtNode.AugAssign(target, a.op, value), s);
                }
                break;
            }
            case StmtNode.Expr.KIND: {
                StmtNode.Expr e = (StmtNode.Expr) s;
                ExprNode value = expr(e.value);
                if (value != e.value) {
                    r = at(new StmtNode.Expr(value), s);
                }
                break;
            }
            case StmtNode.If.KIND:
                r = ifChain((StmtNode.If) s);
                break;
            case StmtNode.While.KIND: {
                StmtNode.While w = (StmtNode.While) s;
                ExprNode test = expr(w.test);
                List<StmtNode> body = stmts(w.body);
                List<StmtNode> orelse = stmts(w.orelse);
                if (test != w.test || body != w.body || orelse != w.orelse) {
                    r = at(new StmtNode.While(test, body, orelse), s);
                }
                break;
            }
            case StmtNode.Match.KIND:
                r = matchStmt((StmtNode.Match) s);
                break;
            default:
                // Pass, Break, Continue have no children; kinds not compiled yet are left as they
                // are (code generation reports them).
                break;
        }
        depth--;
        return r;
    }

    /**
     * An If and its elif chain (each an If alone in the else branch), in a loop rather than by
     * recursion: long elif chains are common in generated code.
     */
    private StmtNode ifChain(StmtNode.If first) {
        List<StmtNode.If> chain = new ArrayList<>();
        StmtNode.If i = first;
        while (true) {
            chain.add(i);
            if (i.orelse.size() == 1 && i.orelse.get(0) instanceof StmtNode.If) {
                i = (StmtNode.If) i.orelse.get(0);
            } else {
                break;
            }
        }
        ExprNode[] tests = new ExprNode[chain.size()];
        List<List<StmtNode>> bodies = new ArrayList<>();
        for (StmtNode.If c : chain) {
            tests[bodies.size()] = expr(c.test);
            bodies.add(stmts(c.body));
        }
        StmtNode.If last = chain.get(chain.size() - 1);
        List<StmtNode> orelse = stmts(last.orelse);
        StmtNode result = null;
        for (int k = chain.size() - 1; k >= 0; k--) {
            StmtNode.If c = chain.get(k);
            if (k < chain.size() - 1) {
                orelse = result == c.orelse.get(0) ? c.orelse : java.util.Collections.singletonList(result);
            }
            if (tests[k] != c.test || bodies.get(k) != c.body || orelse != c.orelse) {
                result = at(new StmtNode.If(tests[k], bodies.get(k), orelse), c);
            } else {
                result = c;
            }
        }
        return result;
    }

    // ---- match statements -----------------------------------------------------------------

    /** The Match case of {@code astfold_stmt}, with {@code astfold_match_case}. */
    private StmtNode matchStmt(StmtNode.Match m) {
        ExprNode subject = expr(m.subject);
        List<MatchCase> cases = null;
        for (int i = 0; i < m.cases.size(); i++) {
            MatchCase c = m.cases.get(i);
            PatternNode pattern = pattern(c.pattern);
            ExprNode guard = c.guard == null ? null : expr(c.guard);
            List<StmtNode> body = stmts(c.body);
            MatchCase f = c;
            if (pattern != c.pattern || guard != c.guard || body != c.body) {
                f = new MatchCase(pattern, guard, body);
            }
            if (f != c && cases == null) {
                cases = new ArrayList<>(m.cases.subList(0, i));
            }
            if (cases != null) {
                cases.add(f);
            }
        }
        if (subject == m.subject && cases == null) {
            return m;
        }
        return at(new StmtNode.Match(subject, cases == null ? m.cases : cases), m);
    }

    private List<PatternNode> patterns(List<PatternNode> list) {
        List<PatternNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            PatternNode p = list.get(i);
            PatternNode f = pattern(p);
            if (f != p && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /**
     * {@code astfold_pattern}: makes the negative and complex numbers of value patterns and
     * mapping keys constants ({@code -1}, {@code 1 + 2j}), looking into every sub-pattern.
     */
    private PatternNode pattern(PatternNode p) {
        enter();
        PatternNode r = p;
        switch (p.kind()) {
            case PatternNode.MatchValue.KIND: {
                PatternNode.MatchValue v = (PatternNode.MatchValue) p;
                ExprNode value = expr(v.value);
                if (value != v.value) {
                    r = at(new PatternNode.MatchValue(value), p);
                }
                break;
            }
            case PatternNode.MatchSequence.KIND: {
                PatternNode.MatchSequence q = (PatternNode.MatchSequence) p;
                List<PatternNode> items = patterns(q.patterns);
                if (items != q.patterns) {
                    r = at(new PatternNode.MatchSequence(items), p);
                }
                break;
            }
            case PatternNode.MatchMapping.KIND: {
                PatternNode.MatchMapping q = (PatternNode.MatchMapping) p;
                List<ExprNode> keys = exprs(q.keys);
                List<PatternNode> values = patterns(q.patterns);
                if (keys != q.keys || values != q.patterns) {
                    r = at(new PatternNode.MatchMapping(keys, values, q.rest), p);
                }
                break;
            }
            case PatternNode.MatchClass.KIND: {
                PatternNode.MatchClass q = (PatternNode.MatchClass) p;
                ExprNode cls = expr(q.cls);
                List<PatternNode> args = patterns(q.patterns);
                List<PatternNode> kwds = patterns(q.kwdPatterns);
                if (cls != q.cls || args != q.patterns || kwds != q.kwdPatterns) {
                    r = at(new PatternNode.MatchClass(cls, args, q.kwdAttrs, kwds), p);
                }
                break;
            }
            case PatternNode.MatchAs.KIND: {
                PatternNode.MatchAs q = (PatternNode.MatchAs) p;
                if (q.pattern != null) {
                    PatternNode inner = pattern(q.pattern);
                    if (inner != q.pattern) {
                        r = at(new PatternNode.MatchAs(inner, q.name), p);
                    }
                }
                break;
            }
            case PatternNode.MatchOr.KIND: {
                PatternNode.MatchOr q = (PatternNode.MatchOr) p;
                List<PatternNode> alts = patterns(q.patterns);
                if (alts != q.patterns) {
                    r = at(new PatternNode.MatchOr(alts), p);
                }
                break;
            }
            default: // MatchSingleton, MatchStar: nothing to fold
                break;
        }
        depth--;
        return r;
    }

    // ---- expressions ----------------------------------------------------------------------

    private List<ExprNode> exprs(List<ExprNode> list) {
        List<ExprNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            ExprNode e = list.get(i);
            ExprNode f = expr(e);
            if (f != e && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /** {@code astfold_expr}. */
    private ExprNode expr(ExprNode e) {
        enter();
        ExprNode r = e;
        switch (e.kind()) {
            case ExprNode.BoolOp.KIND: {
                ExprNode.BoolOp b = (ExprNode.BoolOp) e;
                List<ExprNode> values = exprs(b.values);
                if (values != b.values) {
                    r = at(new ExprNode.BoolOp(b.op, values), e);
                }
                break;
            }
            case ExprNode.BinOp.KIND:
                r = binOp((ExprNode.BinOp) e);
                break;
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp un = (ExprNode.UnaryOp) e;
                ExprNode operand = expr(un.operand);
                if (operand != un.operand) {
                    un = at(new ExprNode.UnaryOp(un.op, operand), e);
                }
                r = foldUnaryop(un);
                break;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp i = (ExprNode.IfExp) e;
                ExprNode test = expr(i.test);
                ExprNode body = expr(i.body);
                ExprNode orelse = expr(i.orelse);
                if (test != i.test || body != i.body || orelse != i.orelse) {
                    r = at(new ExprNode.IfExp(test, body, orelse), e);
                }
                break;
            }
            case ExprNode.Compare.KIND: {
                ExprNode.Compare c = (ExprNode.Compare) e;
                ExprNode left = expr(c.left);
                List<ExprNode> comparators = exprs(c.comparators);
                if (left != c.left || comparators != c.comparators) {
                    r = at(new ExprNode.Compare(left, c.ops, comparators), e);
                }
                break;
            }
            case ExprNode.Call.KIND: {
                ExprNode.Call c = (ExprNode.Call) e;
                ExprNode func = expr(c.func);
                List<ExprNode> args = exprs(c.args);
                if (func != c.func || args != c.args) {
                    r = at(new ExprNode.Call(func, args, c.keywords), e);
                }
                break;
            }
            case ExprNode.Name.KIND: {
                ExprNode.Name n = (ExprNode.Name) e;
                if (n.ctx.kind() == ExprContextNode.Load.KIND && n.id.equals("__debug__")) {
                    r = at(new ExprNode.Constant(PyBool.TRUE, null), e); // not optimising (-O)
                }
                break;
            }
            case ExprNode.Tuple.KIND: {
                ExprNode.Tuple t = (ExprNode.Tuple) e;
                List<ExprNode> elts = exprs(t.elts);
                if (elts != t.elts) {
                    r = t = at(new ExprNode.Tuple(elts, t.ctx), e);
                }
                if (t.ctx.kind() == ExprContextNode.Load.KIND && allConstant(elts)) {
                    // fold_tuple makes it one tuple constant
                    PyObject[] items = new PyObject[elts.size()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = (PyObject) ((ExprNode.Constant) elts.get(i)).value;
                    }
                    r = at(new ExprNode.Constant(PyTuple.wrap(items), null), e);
                }
                break;
            }
            default:
                break;
        }
        depth--;
        return r;
    }

    /**
     * Folds a BinOp and, in a loop rather than by recursion, the chain of BinOps down its left
     * operands ({@code a + b + c + ...} nests as deep as it is long): innermost first, as the
     * recursive {@code astfold_expr} does.
     */
    private ExprNode binOp(ExprNode.BinOp e) {
        List<ExprNode.BinOp> spine = new ArrayList<>();
        ExprNode left = e;
        while (left instanceof ExprNode.BinOp) {
            spine.add((ExprNode.BinOp) left);
            left = ((ExprNode.BinOp) left).left;
        }
        ExprNode folded = expr(left);
        for (int i = spine.size() - 1; i >= 0; i--) {
            ExprNode.BinOp b = spine.get(i);
            ExprNode right = expr(b.right);
            ExprNode.BinOp node = b;
            if (folded != b.left || right != b.right) {
                node = at(new ExprNode.BinOp(folded, b.op, right), b);
            }
            folded = foldBinop(node);
        }
        return folded;
    }

    private static boolean allConstant(List<ExprNode> elts) {
        for (ExprNode e : elts) {
            if (!(e instanceof ExprNode.Constant)) {
                return false;
            }
        }
        return true;
    }

    private static ExprNode constant(PyObject value, ExprNode original) {
        return at(new ExprNode.Constant(value, null), original);
    }

    /** {@code fold_unaryop}, including {@code not (a is b)} to {@code a is not b}. */
    private static ExprNode foldUnaryop(ExprNode.UnaryOp node) {
        ExprNode arg = node.operand;
        if (!(arg instanceof ExprNode.Constant)) {
            if (node.op.kind() == UnaryopNode.Not.KIND && arg instanceof ExprNode.Compare
                    && ((ExprNode.Compare) arg).ops.size() == 1) {
                ExprNode.Compare cmp = (ExprNode.Compare) arg;
                CmpopNode op;
                switch (cmp.ops.get(0).kind()) {
                    case CmpopNode.Is.KIND: op = CmpopNode.IsNot.INSTANCE; break;
                    case CmpopNode.IsNot.KIND: op = CmpopNode.Is.INSTANCE; break;
                    case CmpopNode.In.KIND: op = CmpopNode.NotIn.INSTANCE; break;
                    case CmpopNode.NotIn.KIND: op = CmpopNode.In.INSTANCE; break;
                    default: op = null; break; // ==, < ... cannot be safely inverted
                }
                if (op != null) {
                    List<CmpopNode> ops = new ArrayList<>();
                    ops.add(op);
                    // COPY_NODE: the result takes the comparison's position
                    return at(new ExprNode.Compare(cmp.left, ops, cmp.comparators), cmp);
                }
            }
            return node;
        }
        PyObject v = ConstantArithmetic.unary(node.op, (PyObject) ((ExprNode.Constant) arg).value);
        return v == null ? node : constant(v, node);
    }

    /** {@code fold_binop}. */
    private static ExprNode foldBinop(ExprNode.BinOp node) {
        ExprNode lhs = node.left;
        ExprNode rhs = node.right;
        if (!(lhs instanceof ExprNode.Constant)) {
            return node;
        }
        PyObject lv = (PyObject) ((ExprNode.Constant) lhs).value;
        if (node.op.kind() == OperatorNode.Mod.KIND && rhs instanceof ExprNode.Tuple && lv instanceof PyStr
                && !hasStarred(((ExprNode.Tuple) rhs).elts)) {
            return PercentFormat.optimize(node, ((PyStr) lv).value, ((ExprNode.Tuple) rhs).elts);
        }
        if (!(rhs instanceof ExprNode.Constant)) {
            return node;
        }
        PyObject v = ConstantArithmetic.binary(node.op, lv, (PyObject) ((ExprNode.Constant) rhs).value);
        return v == null ? node : constant(v, node);
    }

    private static boolean hasStarred(List<ExprNode> elts) {
        for (ExprNode e : elts) {
            if (e instanceof ExprNode.Starred) {
                return true;
            }
        }
        return false;
    }
}
