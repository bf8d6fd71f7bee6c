package dev.snakebox.compiler;

import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
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
    /** Under {@code from __future__ import annotations} annotations stay as written. */
    private final boolean futureAnnotations;

    private AstOptimizer(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    static ModNode.Module optimize(ModNode.Module mod) {
        AstOptimizer o = new AstOptimizer(SymbolTableBuilder.hasFutureAnnotations(mod));
        List<StmtNode> body = o.body(mod.body);
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
            case StmtNode.FunctionDef.KIND: {
                StmtNode.FunctionDef f = (StmtNode.FunctionDef) s;
                Arguments args = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decorators = exprs(f.decoratorList);
                ExprNode returns = annotation(f.returns);
                List<TypeParamNode> typeParams = typeParams(f.typeParams);
                if (args != f.args || body != f.body || decorators != f.decoratorList || returns != f.returns
                        || typeParams != f.typeParams) {
                    r = at(new StmtNode.FunctionDef(f.name, args, body, decorators, returns, f.typeComment,
                            typeParams), s);
                }
                break;
            }
            case StmtNode.AsyncFunctionDef.KIND: {
                StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) s;
                Arguments args = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decorators = exprs(f.decoratorList);
                ExprNode returns = annotation(f.returns);
                List<TypeParamNode> typeParams = typeParams(f.typeParams);
                if (args != f.args || body != f.body || decorators != f.decoratorList || returns != f.returns
                        || typeParams != f.typeParams) {
                    r = at(new StmtNode.AsyncFunctionDef(f.name, args, body, decorators, returns, f.typeComment,
                            typeParams), s);
                }
                break;
            }
            case StmtNode.ClassDef.KIND: {
                StmtNode.ClassDef c = (StmtNode.ClassDef) s;
                List<ExprNode> bases = exprs(c.bases);
                List<Keyword> keywords = keywords(c.keywords);
                List<StmtNode> body = body(c.body);
                List<ExprNode> decorators = exprs(c.decoratorList);
                List<TypeParamNode> typeParams = typeParams(c.typeParams);
                if (bases != c.bases || keywords != c.keywords || body != c.body || decorators != c.decoratorList
                        || typeParams != c.typeParams) {
                    r = at(new StmtNode.ClassDef(c.name, bases, keywords, body, decorators, typeParams), s);
                }
                break;
            }
            case StmtNode.Return.KIND: {
                StmtNode.Return ret = (StmtNode.Return) s;
                ExprNode value = optExpr(ret.value);
                if (value != ret.value) {
                    r = at(new StmtNode.Return(value), s);
                }
                break;
            }
            case StmtNode.TypeAlias.KIND: {
                StmtNode.TypeAlias t = (StmtNode.TypeAlias) s;
                List<TypeParamNode> typeParams = typeParams(t.typeParams);
                ExprNode value = expr(t.value);
                if (typeParams != t.typeParams || value != t.value) {
                    r = at(new StmtNode.TypeAlias(t.name, typeParams, value), s);
                }
                break;
            }
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
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                Arguments args = arguments(l.args);
                ExprNode body = expr(l.body);
                if (args != l.args || body != l.body) {
                    r = at(new ExprNode.Lambda(args, body), e);
                }
                break;
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> generators = comprehensions(c.generators);
                if (elt != c.elt || generators != c.generators) {
                    r = at(new ExprNode.ListComp(elt, generators), e);
                }
                break;
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> generators = comprehensions(c.generators);
                if (elt != c.elt || generators != c.generators) {
                    r = at(new ExprNode.SetComp(elt, generators), e);
                }
                break;
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                ExprNode key = expr(c.key);
                ExprNode value = expr(c.value);
                List<Comprehension> generators = comprehensions(c.generators);
                if (key != c.key || value != c.value || generators != c.generators) {
                    r = at(new ExprNode.DictComp(key, value, generators), e);
                }
                break;
            }
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp c = (ExprNode.GeneratorExp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> generators = comprehensions(c.generators);
                if (elt != c.elt || generators != c.generators) {
                    r = at(new ExprNode.GeneratorExp(elt, generators), e);
                }
                break;
            }
            case ExprNode.Await.KIND: {
                ExprNode.Await a = (ExprNode.Await) e;
                ExprNode value = expr(a.value);
                if (value != a.value) {
                    r = at(new ExprNode.Await(value), e);
                }
                break;
            }
            case ExprNode.Yield.KIND: {
                ExprNode.Yield y = (ExprNode.Yield) e;
                ExprNode value = optExpr(y.value);
                if (value != y.value) {
                    r = at(new ExprNode.Yield(value), e);
                }
                break;
            }
            case ExprNode.YieldFrom.KIND: {
                ExprNode.YieldFrom y = (ExprNode.YieldFrom) e;
                ExprNode value = expr(y.value);
                if (value != y.value) {
                    r = at(new ExprNode.YieldFrom(value), e);
                }
                break;
            }
            case ExprNode.NamedExpr.KIND: {
                ExprNode.NamedExpr n = (ExprNode.NamedExpr) e;
                ExprNode value = expr(n.value);
                if (value != n.value) {
                    r = at(new ExprNode.NamedExpr(n.target, value), e);
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

    private ExprNode optExpr(ExprNode e) {
        return e == null ? null : expr(e);
    }

    /**
     * {@code astfold_body}: the statements; a string constant that folding made first does not
     * become a docstring (it is wrapped in an f-string).
     */
    private List<StmtNode> body(List<StmtNode> stmts) {
        boolean docstring = !stmts.isEmpty() && CodeGen.docString(stmts) != null;
        List<StmtNode> out = stmts(stmts);
        if (!docstring && !out.isEmpty() && CodeGen.docString(out) != null) {
            StmtNode.Expr first = (StmtNode.Expr) out.get(0);
            List<ExprNode> values = new ArrayList<>();
            values.add(first.value);
            ExprNode joined = at(new ExprNode.JoinedStr(values), first);
            out = new ArrayList<>(out);
            out.set(0, at(new StmtNode.Expr(joined), first));
        }
        return out;
    }

    /** An annotation: not folded under {@code from __future__ import annotations}. */
    private ExprNode annotation(ExprNode e) {
        return e == null || futureAnnotations ? e : expr(e);
    }

    /** {@code astfold_arguments}. */
    private Arguments arguments(Arguments a) {
        List<Arg> posonlyargs = args(a.posonlyargs);
        List<Arg> args = args(a.args);
        Arg vararg = arg(a.vararg);
        List<Arg> kwonlyargs = args(a.kwonlyargs);
        List<ExprNode> kwDefaults = exprsWithNull(a.kwDefaults);
        Arg kwarg = arg(a.kwarg);
        List<ExprNode> defaults = exprs(a.defaults);
        if (posonlyargs == a.posonlyargs && args == a.args && vararg == a.vararg && kwonlyargs == a.kwonlyargs
                && kwDefaults == a.kwDefaults && kwarg == a.kwarg && defaults == a.defaults) {
            return a;
        }
        return new Arguments(posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults);
    }

    private List<Arg> args(List<Arg> list) {
        List<Arg> out = null;
        for (int i = 0; i < list.size(); i++) {
            Arg f = arg(list.get(i));
            if (f != list.get(i) && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /** {@code astfold_arg}: its annotation. */
    private Arg arg(Arg a) {
        if (a == null) {
            return null;
        }
        ExprNode annotation = annotation(a.annotation);
        return annotation == a.annotation ? a : at(new Arg(a.arg, annotation, a.typeComment), a);
    }

    private List<ExprNode> exprsWithNull(List<ExprNode> list) {
        List<ExprNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            ExprNode e = list.get(i);
            ExprNode f = e == null ? null : expr(e);
            if (f != e && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    private List<Keyword> keywords(List<Keyword> list) {
        List<Keyword> out = null;
        for (int i = 0; i < list.size(); i++) {
            Keyword k = list.get(i);
            ExprNode value = expr(k.value);
            Keyword f = value == k.value ? k : at(new Keyword(k.arg, value), k);
            if (f != k && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    private List<TypeParamNode> typeParams(List<TypeParamNode> list) {
        List<TypeParamNode> out = null;
        for (int i = 0; i < list.size(); i++) {
            TypeParamNode p = list.get(i);
            TypeParamNode f = typeParam(p);
            if (f != p && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /** {@code astfold_type_param}: bounds and defaults. */
    private TypeParamNode typeParam(TypeParamNode p) {
        if (p instanceof TypeParamNode.TypeVar) {
            TypeParamNode.TypeVar t = (TypeParamNode.TypeVar) p;
            ExprNode bound = optExpr(t.bound);
            ExprNode defaultValue = optExpr(t.defaultValue);
            return bound == t.bound && defaultValue == t.defaultValue ? p
                    : at(new TypeParamNode.TypeVar(t.name, bound, defaultValue), p);
        }
        if (p instanceof TypeParamNode.ParamSpec) {
            TypeParamNode.ParamSpec t = (TypeParamNode.ParamSpec) p;
            ExprNode defaultValue = optExpr(t.defaultValue);
            return defaultValue == t.defaultValue ? p : at(new TypeParamNode.ParamSpec(t.name, defaultValue), p);
        }
        TypeParamNode.TypeVarTuple t = (TypeParamNode.TypeVarTuple) p;
        ExprNode defaultValue = optExpr(t.defaultValue);
        return defaultValue == t.defaultValue ? p : at(new TypeParamNode.TypeVarTuple(t.name, defaultValue), p);
    }

    private List<Comprehension> comprehensions(List<Comprehension> list) {
        List<Comprehension> out = null;
        for (int i = 0; i < list.size(); i++) {
            Comprehension c = list.get(i);
            Comprehension f = comprehension(c);
            if (f != c && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? list : out;
    }

    /** {@code astfold_comprehension}: then the iterable as {@code fold_iter} wants it. */
    private Comprehension comprehension(Comprehension c) {
        ExprNode target = expr(c.target);
        ExprNode iter = foldIter(expr(c.iter));
        List<ExprNode> ifs = exprs(c.ifs);
        if (target == c.target && iter == c.iter && ifs == c.ifs) {
            return c;
        }
        return new Comprehension(target, iter, ifs, c.isAsync);
    }

    /**
     * {@code fold_iter}: a list iterated over becomes a tuple (a constant one if it can), a set
     * of constants a frozenset constant.
     */
    private static ExprNode foldIter(ExprNode iter) {
        if (iter instanceof ExprNode.List) {
            ExprNode.List l = (ExprNode.List) iter;
            if (hasStarred(l.elts)) {
                return iter;
            }
            if (allConstant(l.elts)) {
                PyObject[] items = new PyObject[l.elts.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = (PyObject) ((ExprNode.Constant) l.elts.get(i)).value;
                }
                return constant(PyTuple.wrap(items), iter);
            }
            return at(new ExprNode.Tuple(l.elts, l.ctx), iter);
        }
        if (iter instanceof ExprNode.Set && allConstant(((ExprNode.Set) iter).elts)) {
            throw Errors.notImplemented("frozenset constants are not supported yet");
        }
        return iter;
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
