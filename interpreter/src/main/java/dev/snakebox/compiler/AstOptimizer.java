package dev.snakebox.compiler;

import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.ast.Withitem;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Constant folding on the AST before code generation; CPython 3.13's {@code Python/ast_opt.c}
 * ({@code astfold_*}, {@code fold_binop}, {@code fold_unaryop}, {@code fold_tuple},
 * {@code fold_subscr}, {@code fold_compare}, {@code fold_iter}, {@code optimize_format}).
 * Children are folded first, so {@code 2 * 3 + 1} becomes one constant; results too large
 * to be worth storing are left alone (see {@link ConstantArithmetic}).
 *
 * <p>The input is never modified: a node whose children change is copied (with its position),
 * so the caller's tree can still be dumped as {@code ast} shows it.
 */
final class AstOptimizer {
    private final boolean futureAnnotations;
    /** {@code optimize} of {@code compile()} (-O is 1): above 0, {@code __debug__} is False. */
    private final int optimize;
    private int depth;

    private AstOptimizer(boolean futureAnnotations, int optimize) {
        this.futureAnnotations = futureAnnotations;
        this.optimize = optimize;
    }

    static ModNode.Module optimize(ModNode.Module mod) {
        return optimize(mod, false);
    }

    /**
     * {@code _PyAST_Optimize} of a module. Under {@code from __future__ import annotations}
     * ({@code futureAnnotations}) annotations stay as written: they become strings.
     */
    static ModNode.Module optimize(ModNode.Module mod, boolean futureAnnotations) {
        return optimize(mod, futureAnnotations, 0);
    }

    /** {@code _PyAST_Optimize} of a module at optimisation level {@code optimize}. */
    static ModNode.Module optimize(ModNode.Module mod, boolean futureAnnotations, int optimize) {
        AstOptimizer o = new AstOptimizer(futureAnnotations, optimize);
        List<StmtNode> body = o.body(mod.body);
        if (body == mod.body) {
            return mod;
        }
        ModNode.Module m = new ModNode.Module(body, mod.typeIgnores);
        m.copyPosition(mod);
        return m;
    }

    /**
     * {@code astfold_mod} of an interactive statement: its statements, without the docstring
     * rule (a leading string is echoed, not stored).
     */
    static List<StmtNode> optimizeInteractive(List<StmtNode> body, boolean futureAnnotations, int optimize) {
        return new AstOptimizer(futureAnnotations, optimize).stmts(body);
    }

    /** {@code astfold_mod} of an {@code eval} expression. */
    static ExprNode optimizeExpression(ExprNode body, int optimize) {
        return new AstOptimizer(false, optimize).expr(body);
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

    /** Maps {@code f} over a list, copying it only if an item changes (null items stay null). */
    private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        List<T> out = null;
        for (int i = 0; i < list.size(); i++) {
            T e = list.get(i);
            T r = e == null ? null : f.apply(e);
            if (r != e && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(r);
            }
        }
        return out == null ? list : out;
    }

    private static boolean changed(Object[] before, Object... after) {
        for (int i = 0; i < after.length; i++) {
            if (before[i] != after[i]) {
                return true;
            }
        }
        return false;
    }

    // ---- statements -----------------------------------------------------------------------

    private List<StmtNode> stmts(List<StmtNode> list) {
        return map(list, this::stmt);
    }

    /**
     * {@code astfold_body}: the statements of a module, class or function. A first statement
     * that folding turns into a string constant must not become a docstring, so it is wrapped
     * in a JoinedStr.
     */
    private List<StmtNode> body(List<StmtNode> list) {
        boolean docstring = !list.isEmpty() && CodeGen.docString(list) != null;
        List<StmtNode> out = stmts(list);
        if (!docstring && !out.isEmpty() && CodeGen.docString(out) != null) {
            StmtNode.Expr st = (StmtNode.Expr) out.get(0);
            ExprNode joined = at(new ExprNode.JoinedStr(Collections.singletonList(st.value)), st);
            out = new ArrayList<>(out);
            out.set(0, at(new StmtNode.Expr(joined), st));
        }
        return out;
    }

    private ExprNode annotation(ExprNode e) {
        return e == null || futureAnnotations ? e : expr(e);
    }

    /** {@code astfold_stmt}. */
    private StmtNode stmt(StmtNode s) {
        enter();
        StmtNode r = stmtKind(s);
        depth--;
        return r;
    }

    private StmtNode stmtKind(StmtNode s) {
        switch (s.kind()) {
            case StmtNode.FunctionDef.KIND: {
                StmtNode.FunctionDef f = (StmtNode.FunctionDef) s;
                List<TypeParamNode> tp = map(f.typeParams, this::typeParam);
                Arguments args = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decorators = exprs(f.decoratorList);
                ExprNode returns = annotation(f.returns);
                if (changed(new Object[] {f.typeParams, f.args, f.body, f.decoratorList, f.returns},
                        tp, args, body, decorators, returns)) {
                    return at(new StmtNode.FunctionDef(f.name, args, body, decorators, returns, f.typeComment, tp), s);
                }
                return s;
            }
            case StmtNode.AsyncFunctionDef.KIND: {
                StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) s;
                List<TypeParamNode> tp = map(f.typeParams, this::typeParam);
                Arguments args = arguments(f.args);
                List<StmtNode> body = body(f.body);
                List<ExprNode> decorators = exprs(f.decoratorList);
                ExprNode returns = annotation(f.returns);
                if (changed(new Object[] {f.typeParams, f.args, f.body, f.decoratorList, f.returns},
                        tp, args, body, decorators, returns)) {
                    return at(new StmtNode.AsyncFunctionDef(f.name, args, body, decorators, returns, f.typeComment,
                            tp), s);
                }
                return s;
            }
            case StmtNode.ClassDef.KIND: {
                StmtNode.ClassDef c = (StmtNode.ClassDef) s;
                List<TypeParamNode> tp = map(c.typeParams, this::typeParam);
                List<ExprNode> bases = exprs(c.bases);
                List<Keyword> keywords = map(c.keywords, this::keyword);
                List<StmtNode> body = body(c.body);
                List<ExprNode> decorators = exprs(c.decoratorList);
                if (changed(new Object[] {c.typeParams, c.bases, c.keywords, c.body, c.decoratorList},
                        tp, bases, keywords, body, decorators)) {
                    return at(new StmtNode.ClassDef(c.name, bases, keywords, body, decorators, tp), s);
                }
                return s;
            }
            case StmtNode.Return.KIND: {
                StmtNode.Return ret = (StmtNode.Return) s;
                ExprNode value = opt(ret.value);
                return value == ret.value ? s : at(new StmtNode.Return(value), s);
            }
            case StmtNode.Delete.KIND: {
                StmtNode.Delete d = (StmtNode.Delete) s;
                List<ExprNode> targets = exprs(d.targets);
                return targets == d.targets ? s : at(new StmtNode.Delete(targets), s);
            }
            case StmtNode.Assign.KIND: {
                StmtNode.Assign a = (StmtNode.Assign) s;
                List<ExprNode> targets = exprs(a.targets);
                ExprNode value = expr(a.value);
                if (targets != a.targets || value != a.value) {
                    return at(new StmtNode.Assign(targets, value, a.typeComment), s);
                }
                return s;
            }
            case StmtNode.TypeAlias.KIND: {
                StmtNode.TypeAlias t = (StmtNode.TypeAlias) s;
                ExprNode name = expr(t.name);
                List<TypeParamNode> tp = map(t.typeParams, this::typeParam);
                ExprNode value = expr(t.value);
                if (name != t.name || tp != t.typeParams || value != t.value) {
                    return at(new StmtNode.TypeAlias(name, tp, value), s);
                }
                return s;
            }
            case StmtNode.AugAssign.KIND: {
                StmtNode.AugAssign a = (StmtNode.AugAssign) s;
                ExprNode target = expr(a.target);
                ExprNode value = expr(a.value);
                if (target != a.target || value != a.value) {
                    return at(new StmtNode.AugAssign(target, a.op, value), s);
                }
                return s;
            }
            case StmtNode.AnnAssign.KIND: {
                StmtNode.AnnAssign a = (StmtNode.AnnAssign) s;
                ExprNode target = expr(a.target);
                ExprNode ann = annotation(a.annotation);
                ExprNode value = opt(a.value);
                if (target != a.target || ann != a.annotation || value != a.value) {
                    return at(new StmtNode.AnnAssign(target, ann, value, a.simple), s);
                }
                return s;
            }
            case StmtNode.For.KIND: {
                StmtNode.For f = (StmtNode.For) s;
                ExprNode target = expr(f.target);
                ExprNode iter = expr(f.iter);
                List<StmtNode> body = stmts(f.body);
                List<StmtNode> orelse = stmts(f.orelse);
                iter = foldIter(iter);
                if (changed(new Object[] {f.target, f.iter, f.body, f.orelse}, target, iter, body, orelse)) {
                    return at(new StmtNode.For(target, iter, body, orelse, f.typeComment), s);
                }
                return s;
            }
            case StmtNode.AsyncFor.KIND: {
                StmtNode.AsyncFor f = (StmtNode.AsyncFor) s;
                ExprNode target = expr(f.target);
                ExprNode iter = expr(f.iter);
                List<StmtNode> body = stmts(f.body);
                List<StmtNode> orelse = stmts(f.orelse);
                if (changed(new Object[] {f.target, f.iter, f.body, f.orelse}, target, iter, body, orelse)) {
                    return at(new StmtNode.AsyncFor(target, iter, body, orelse, f.typeComment), s);
                }
                return s;
            }
            case StmtNode.While.KIND: {
                StmtNode.While w = (StmtNode.While) s;
                ExprNode test = expr(w.test);
                List<StmtNode> body = stmts(w.body);
                List<StmtNode> orelse = stmts(w.orelse);
                if (test != w.test || body != w.body || orelse != w.orelse) {
                    return at(new StmtNode.While(test, body, orelse), s);
                }
                return s;
            }
            case StmtNode.If.KIND:
                return ifChain((StmtNode.If) s);
            case StmtNode.With.KIND: {
                StmtNode.With w = (StmtNode.With) s;
                List<Withitem> items = map(w.items, this::withitem);
                List<StmtNode> body = stmts(w.body);
                if (items != w.items || body != w.body) {
                    return at(new StmtNode.With(items, body, w.typeComment), s);
                }
                return s;
            }
            case StmtNode.AsyncWith.KIND: {
                StmtNode.AsyncWith w = (StmtNode.AsyncWith) s;
                List<Withitem> items = map(w.items, this::withitem);
                List<StmtNode> body = stmts(w.body);
                if (items != w.items || body != w.body) {
                    return at(new StmtNode.AsyncWith(items, body, w.typeComment), s);
                }
                return s;
            }
            case StmtNode.Match.KIND: {
                StmtNode.Match m = (StmtNode.Match) s;
                ExprNode subject = expr(m.subject);
                List<MatchCase> cases = map(m.cases, this::matchCase);
                if (subject != m.subject || cases != m.cases) {
                    return at(new StmtNode.Match(subject, cases), s);
                }
                return s;
            }
            case StmtNode.Raise.KIND: {
                StmtNode.Raise r = (StmtNode.Raise) s;
                ExprNode exc = opt(r.exc);
                ExprNode cause = opt(r.cause);
                if (exc != r.exc || cause != r.cause) {
                    return at(new StmtNode.Raise(exc, cause), s);
                }
                return s;
            }
            case StmtNode.Try.KIND: {
                StmtNode.Try t = (StmtNode.Try) s;
                List<StmtNode> body = stmts(t.body);
                List<ExcepthandlerNode> handlers = map(t.handlers, this::handler);
                List<StmtNode> orelse = stmts(t.orelse);
                List<StmtNode> finalbody = stmts(t.finalbody);
                if (changed(new Object[] {t.body, t.handlers, t.orelse, t.finalbody}, body, handlers, orelse,
                        finalbody)) {
                    return at(new StmtNode.Try(body, handlers, orelse, finalbody), s);
                }
                return s;
            }
            case StmtNode.TryStar.KIND: {
                StmtNode.TryStar t = (StmtNode.TryStar) s;
                List<StmtNode> body = stmts(t.body);
                List<ExcepthandlerNode> handlers = map(t.handlers, this::handler);
                List<StmtNode> orelse = stmts(t.orelse);
                List<StmtNode> finalbody = stmts(t.finalbody);
                if (changed(new Object[] {t.body, t.handlers, t.orelse, t.finalbody}, body, handlers, orelse,
                        finalbody)) {
                    return at(new StmtNode.TryStar(body, handlers, orelse, finalbody), s);
                }
                return s;
            }
            case StmtNode.Assert.KIND: {
                StmtNode.Assert a = (StmtNode.Assert) s;
                ExprNode test = expr(a.test);
                ExprNode msg = opt(a.msg);
                if (test != a.test || msg != a.msg) {
                    return at(new StmtNode.Assert(test, msg), s);
                }
                return s;
            }
            case StmtNode.Expr.KIND: {
                StmtNode.Expr e = (StmtNode.Expr) s;
                ExprNode value = expr(e.value);
                return value == e.value ? s : at(new StmtNode.Expr(value), s);
            }
            default:
                // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold
                return s;
        }
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
                orelse = result == c.orelse.get(0) ? c.orelse : Collections.singletonList(result);
            }
            if (tests[k] != c.test || bodies.get(k) != c.body || orelse != c.orelse) {
                result = at(new StmtNode.If(tests[k], bodies.get(k), orelse), c);
            } else {
                result = c;
            }
        }
        return result;
    }

    // ---- the parts of statements ----------------------------------------------------------

    /** {@code astfold_arguments}. */
    private Arguments arguments(Arguments a) {
        List<Arg> posonly = map(a.posonlyargs, this::arg);
        List<Arg> args = map(a.args, this::arg);
        Arg vararg = a.vararg == null ? null : arg(a.vararg);
        List<Arg> kwonly = map(a.kwonlyargs, this::arg);
        List<ExprNode> kwDefaults = exprs(a.kwDefaults);
        Arg kwarg = a.kwarg == null ? null : arg(a.kwarg);
        List<ExprNode> defaults = exprs(a.defaults);
        if (changed(new Object[] {a.posonlyargs, a.args, a.vararg, a.kwonlyargs, a.kwDefaults, a.kwarg, a.defaults},
                posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults)) {
            return at(new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults), a);
        }
        return a;
    }

    /** {@code astfold_arg}: its annotation, unless annotations are strings. */
    private Arg arg(Arg a) {
        ExprNode ann = annotation(a.annotation);
        return ann == a.annotation ? a : at(new Arg(a.arg, ann, a.typeComment), a);
    }

    private Keyword keyword(Keyword k) {
        ExprNode value = expr(k.value);
        return value == k.value ? k : at(new Keyword(k.arg, value), k);
    }

    private ExcepthandlerNode handler(ExcepthandlerNode h) {
        ExcepthandlerNode.ExceptHandler e = (ExcepthandlerNode.ExceptHandler) h;
        ExprNode type = opt(e.type);
        List<StmtNode> body = stmts(e.body);
        if (type != e.type || body != e.body) {
            return at(new ExcepthandlerNode.ExceptHandler(type, e.name, body), h);
        }
        return h;
    }

    private Withitem withitem(Withitem w) {
        ExprNode ctx = expr(w.contextExpr);
        ExprNode vars = opt(w.optionalVars);
        if (ctx != w.contextExpr || vars != w.optionalVars) {
            return at(new Withitem(ctx, vars), w);
        }
        return w;
    }

    private MatchCase matchCase(MatchCase c) {
        PatternNode pattern = pattern(c.pattern);
        ExprNode guard = opt(c.guard);
        List<StmtNode> body = stmts(c.body);
        if (pattern != c.pattern || guard != c.guard || body != c.body) {
            return at(new MatchCase(pattern, guard, body), c);
        }
        return c;
    }

    /** {@code astfold_pattern}: the values and keys of patterns ({@code case -1:} is folded). */
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
                PatternNode.MatchSequence s = (PatternNode.MatchSequence) p;
                List<PatternNode> patterns = map(s.patterns, this::pattern);
                if (patterns != s.patterns) {
                    r = at(new PatternNode.MatchSequence(patterns), p);
                }
                break;
            }
            case PatternNode.MatchMapping.KIND: {
                PatternNode.MatchMapping m = (PatternNode.MatchMapping) p;
                List<ExprNode> keys = exprs(m.keys);
                List<PatternNode> patterns = map(m.patterns, this::pattern);
                if (keys != m.keys || patterns != m.patterns) {
                    r = at(new PatternNode.MatchMapping(keys, patterns, m.rest), p);
                }
                break;
            }
            case PatternNode.MatchClass.KIND: {
                PatternNode.MatchClass c = (PatternNode.MatchClass) p;
                ExprNode cls = expr(c.cls);
                List<PatternNode> patterns = map(c.patterns, this::pattern);
                List<PatternNode> kwd = map(c.kwdPatterns, this::pattern);
                if (cls != c.cls || patterns != c.patterns || kwd != c.kwdPatterns) {
                    r = at(new PatternNode.MatchClass(cls, patterns, c.kwdAttrs, kwd), p);
                }
                break;
            }
            case PatternNode.MatchAs.KIND: {
                PatternNode.MatchAs a = (PatternNode.MatchAs) p;
                PatternNode inner = a.pattern == null ? null : pattern(a.pattern);
                if (inner != a.pattern) {
                    r = at(new PatternNode.MatchAs(inner, a.name), p);
                }
                break;
            }
            case PatternNode.MatchOr.KIND: {
                PatternNode.MatchOr o = (PatternNode.MatchOr) p;
                List<PatternNode> patterns = map(o.patterns, this::pattern);
                if (patterns != o.patterns) {
                    r = at(new PatternNode.MatchOr(patterns), p);
                }
                break;
            }
            default: // MatchSingleton, MatchStar
                break;
        }
        depth--;
        return r;
    }

    /** {@code astfold_type_param}: bounds and defaults. */
    private TypeParamNode typeParam(TypeParamNode t) {
        switch (t.kind()) {
            case TypeParamNode.TypeVar.KIND: {
                TypeParamNode.TypeVar v = (TypeParamNode.TypeVar) t;
                ExprNode bound = opt(v.bound);
                ExprNode dflt = opt(v.defaultValue);
                if (bound != v.bound || dflt != v.defaultValue) {
                    return at(new TypeParamNode.TypeVar(v.name, bound, dflt), t);
                }
                return t;
            }
            case TypeParamNode.ParamSpec.KIND: {
                TypeParamNode.ParamSpec v = (TypeParamNode.ParamSpec) t;
                ExprNode dflt = opt(v.defaultValue);
                return dflt == v.defaultValue ? t : at(new TypeParamNode.ParamSpec(v.name, dflt), t);
            }
            default: {
                TypeParamNode.TypeVarTuple v = (TypeParamNode.TypeVarTuple) t;
                ExprNode dflt = opt(v.defaultValue);
                return dflt == v.defaultValue ? t : at(new TypeParamNode.TypeVarTuple(v.name, dflt), t);
            }
        }
    }

    /** {@code astfold_comprehension}: the iterable is then {@code fold_iter}ed. */
    private Comprehension comprehension(Comprehension c) {
        ExprNode target = expr(c.target);
        ExprNode iter = expr(c.iter);
        List<ExprNode> ifs = exprs(c.ifs);
        iter = foldIter(iter);
        if (target != c.target || iter != c.iter || ifs != c.ifs) {
            return at(new Comprehension(target, iter, ifs, c.isAsync), c);
        }
        return c;
    }

    // ---- expressions ----------------------------------------------------------------------

    private List<ExprNode> exprs(List<ExprNode> list) {
        return map(list, this::expr);
    }

    private ExprNode opt(ExprNode e) {
        return e == null ? null : expr(e);
    }

    /** {@code astfold_expr}. */
    private ExprNode expr(ExprNode e) {
        enter();
        ExprNode r = exprKind(e);
        depth--;
        return r;
    }

    private ExprNode exprKind(ExprNode e) {
        switch (e.kind()) {
            case ExprNode.BoolOp.KIND: {
                ExprNode.BoolOp b = (ExprNode.BoolOp) e;
                List<ExprNode> values = exprs(b.values);
                return values == b.values ? e : at(new ExprNode.BoolOp(b.op, values), e);
            }
            case ExprNode.NamedExpr.KIND: {
                ExprNode.NamedExpr n = (ExprNode.NamedExpr) e;
                ExprNode value = expr(n.value);
                return value == n.value ? e : at(new ExprNode.NamedExpr(n.target, value), e);
            }
            case ExprNode.BinOp.KIND:
                return binOp((ExprNode.BinOp) e);
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp un = (ExprNode.UnaryOp) e;
                ExprNode operand = expr(un.operand);
                if (operand != un.operand) {
                    un = at(new ExprNode.UnaryOp(un.op, operand), e);
                }
                return foldUnaryop(un);
            }
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                Arguments args = arguments(l.args);
                ExprNode body = expr(l.body);
                return args == l.args && body == l.body ? e : at(new ExprNode.Lambda(args, body), e);
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp i = (ExprNode.IfExp) e;
                ExprNode test = expr(i.test);
                ExprNode body = expr(i.body);
                ExprNode orelse = expr(i.orelse);
                if (test != i.test || body != i.body || orelse != i.orelse) {
                    return at(new ExprNode.IfExp(test, body, orelse), e);
                }
                return e;
            }
            case ExprNode.Dict.KIND: {
                ExprNode.Dict d = (ExprNode.Dict) e;
                List<ExprNode> keys = exprs(d.keys);
                List<ExprNode> values = exprs(d.values);
                return keys == d.keys && values == d.values ? e : at(new ExprNode.Dict(keys, values), e);
            }
            case ExprNode.Set.KIND: {
                ExprNode.Set s = (ExprNode.Set) e;
                List<ExprNode> elts = exprs(s.elts);
                return elts == s.elts ? e : at(new ExprNode.Set(elts), e);
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> gens = map(c.generators, this::comprehension);
                return elt == c.elt && gens == c.generators ? e : at(new ExprNode.ListComp(elt, gens), e);
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> gens = map(c.generators, this::comprehension);
                return elt == c.elt && gens == c.generators ? e : at(new ExprNode.SetComp(elt, gens), e);
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                ExprNode key = expr(c.key);
                ExprNode value = expr(c.value);
                List<Comprehension> gens = map(c.generators, this::comprehension);
                if (key != c.key || value != c.value || gens != c.generators) {
                    return at(new ExprNode.DictComp(key, value, gens), e);
                }
                return e;
            }
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp c = (ExprNode.GeneratorExp) e;
                ExprNode elt = expr(c.elt);
                List<Comprehension> gens = map(c.generators, this::comprehension);
                return elt == c.elt && gens == c.generators ? e : at(new ExprNode.GeneratorExp(elt, gens), e);
            }
            case ExprNode.Await.KIND: {
                ExprNode.Await a = (ExprNode.Await) e;
                ExprNode value = expr(a.value);
                return value == a.value ? e : at(new ExprNode.Await(value), e);
            }
            case ExprNode.Yield.KIND: {
                ExprNode.Yield y = (ExprNode.Yield) e;
                ExprNode value = opt(y.value);
                return value == y.value ? e : at(new ExprNode.Yield(value), e);
            }
            case ExprNode.YieldFrom.KIND: {
                ExprNode.YieldFrom y = (ExprNode.YieldFrom) e;
                ExprNode value = expr(y.value);
                return value == y.value ? e : at(new ExprNode.YieldFrom(value), e);
            }
            case ExprNode.Compare.KIND: {
                ExprNode.Compare c = (ExprNode.Compare) e;
                ExprNode left = expr(c.left);
                List<ExprNode> comparators = exprs(c.comparators);
                // fold_compare: a list or set literal after the last `in` / `not in` becomes a
                // tuple or frozenset
                int last = c.ops.size() - 1;
                int op = c.ops.get(last).kind();
                if (op == CmpopNode.In.KIND || op == CmpopNode.NotIn.KIND) {
                    ExprNode it = comparators.get(last);
                    ExprNode folded = foldIter(it);
                    if (folded != it) {
                        comparators = new ArrayList<>(comparators);
                        comparators.set(last, folded);
                    }
                }
                if (left != c.left || comparators != c.comparators) {
                    return at(new ExprNode.Compare(left, c.ops, comparators), e);
                }
                return e;
            }
            case ExprNode.Call.KIND: {
                ExprNode.Call c = (ExprNode.Call) e;
                ExprNode func = expr(c.func);
                List<ExprNode> args = exprs(c.args);
                List<Keyword> keywords = map(c.keywords, this::keyword);
                if (func != c.func || args != c.args || keywords != c.keywords) {
                    return at(new ExprNode.Call(func, args, keywords), e);
                }
                return e;
            }
            case ExprNode.FormattedValue.KIND: {
                ExprNode.FormattedValue f = (ExprNode.FormattedValue) e;
                ExprNode value = expr(f.value);
                ExprNode spec = opt(f.formatSpec);
                if (value != f.value || spec != f.formatSpec) {
                    return at(new ExprNode.FormattedValue(value, f.conversion, spec), e);
                }
                return e;
            }
            case ExprNode.JoinedStr.KIND: {
                ExprNode.JoinedStr j = (ExprNode.JoinedStr) e;
                List<ExprNode> values = exprs(j.values);
                return values == j.values ? e : at(new ExprNode.JoinedStr(values), e);
            }
            case ExprNode.Attribute.KIND: {
                ExprNode.Attribute a = (ExprNode.Attribute) e;
                ExprNode value = expr(a.value);
                return value == a.value ? e : at(new ExprNode.Attribute(value, a.attr, a.ctx), e);
            }
            case ExprNode.Subscript.KIND:
                return subscript((ExprNode.Subscript) e);
            case ExprNode.Starred.KIND: {
                ExprNode.Starred s = (ExprNode.Starred) e;
                ExprNode value = expr(s.value);
                return value == s.value ? e : at(new ExprNode.Starred(value, s.ctx), e);
            }
            case ExprNode.Slice.KIND: {
                ExprNode.Slice s = (ExprNode.Slice) e;
                ExprNode lower = opt(s.lower);
                ExprNode upper = opt(s.upper);
                ExprNode step = opt(s.step);
                if (lower != s.lower || upper != s.upper || step != s.step) {
                    return at(new ExprNode.Slice(lower, upper, step), e);
                }
                return e;
            }
            case ExprNode.List.KIND: {
                ExprNode.List l = (ExprNode.List) e;
                List<ExprNode> elts = exprs(l.elts);
                return elts == l.elts ? e : at(new ExprNode.List(elts, l.ctx), e);
            }
            case ExprNode.Tuple.KIND: {
                ExprNode.Tuple t = (ExprNode.Tuple) e;
                List<ExprNode> elts = exprs(t.elts);
                if (elts != t.elts) {
                    t = at(new ExprNode.Tuple(elts, t.ctx), e);
                }
                // fold_tuple
                if (t.ctx.kind() == ExprContextNode.Load.KIND) {
                    PyTuple folded = constTuple(elts);
                    if (folded != null) {
                        return constant(folded, e);
                    }
                }
                return t;
            }
            case ExprNode.Name.KIND: {
                ExprNode.Name n = (ExprNode.Name) e;
                if (n.ctx.kind() == ExprContextNode.Load.KIND && n.id.equals("__debug__")) {
                    return constant(PyBool.of(optimize == 0), e);
                }
                return e;
            }
            default: // Constant
                return e;
        }
    }

    /** A Subscript, then {@code fold_subscr}: a constant indexed by a constant ({@code "abc"[1]}). */
    private ExprNode subscript(ExprNode.Subscript s) {
        ExprNode value = expr(s.value);
        ExprNode slice = expr(s.slice);
        if (s.ctx.kind() == ExprContextNode.Load.KIND && value instanceof ExprNode.Constant
                && slice instanceof ExprNode.Constant) {
            PyObject v = ConstantSequences.subscript((PyObject) ((ExprNode.Constant) value).value,
                    (PyObject) ((ExprNode.Constant) slice).value);
            if (v != null) {
                return constant(v, s);
            }
        }
        if (value != s.value || slice != s.slice) {
            return at(new ExprNode.Subscript(value, slice, s.ctx), s);
        }
        return s;
    }

    /**
     * {@code fold_iter}: an iterated (or {@code in}-tested) list literal becomes a tuple, a constant
     * one if its items are; a set literal of constants becomes a frozenset constant. A list with
     * a starred item stays a list.
     */
    private static ExprNode foldIter(ExprNode arg) {
        if (arg instanceof ExprNode.List) {
            ExprNode.List l = (ExprNode.List) arg;
            if (hasStarred(l.elts)) {
                return arg;
            }
            PyTuple folded = constTuple(l.elts);
            if (folded != null) {
                return constant(folded, arg);
            }
            return at(new ExprNode.Tuple(l.elts, l.ctx), arg);
        }
        if (arg instanceof ExprNode.Set) {
            PyTuple folded = constTuple(((ExprNode.Set) arg).elts);
            if (folded != null) {
                return constant(PyFrozenSet.of(folded.toArray()), arg);
            }
        }
        return arg;
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

    /** {@code make_const_tuple}: the items' values as a tuple, or null unless all are constants. */
    private static PyTuple constTuple(List<ExprNode> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            ExprNode e = elts.get(i);
            if (!(e instanceof ExprNode.Constant)) {
                return null;
            }
            items[i] = (PyObject) ((ExprNode.Constant) e).value;
        }
        return PyTuple.wrap(items);
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
            return PercentFormatFolding.optimize(node, ((PyStr) lv).value(), ((ExprNode.Tuple) rhs).elts);
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
