package dev.snakebox.compiler;

import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.StmtNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors code generation raises about where a statement or expression may stand
 * ({@code Python/compile.c}): 'return', 'yield' and 'await' outside a function, 'await' outside
 * an async function, 'yield from' inside one, 'return' with a value in an async generator, an
 * asynchronous comprehension outside an async function, 'async for' and 'async with' outside
 * an async function, 'break' and 'continue' outside a loop or in an except* block. The tree is walked in the order code generation compiles it, so the
 * first error found is the one CPython reports.
 */
final class PlacementChecks {
    /** The kind of code being compiled: CPython's {@code COMPILER_SCOPE_*}. */
    private enum Scope { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /**
     * What a break, continue or return finds around it: CPython's frame block types that matter.
     * Leaving a with block or a try with a finally body makes the location of what follows
     * artificial, so an except* block met after one is reported without a location; leaving a
     * finally block compiles its body there.
     */
    private static final class Block {
        static final Block LOOP = new Block(null);
        static final Block EXCEPT_STAR = new Block(null);
        static final Block WITH = new Block(null);
        static final Block OTHER = new Block(null);

        /** The finally body of a try/finally block; null for the other kinds. */
        final List<StmtNode> finalbody;

        Block(List<StmtNode> finalbody) {
            this.finalbody = finalbody;
        }
    }

    private Scope scope = Scope.MODULE;
    /** Whether the async function being compiled is a generator ({@code ste_generator}). */
    private boolean generator;
    private List<Block> blocks = new ArrayList<>();

    private PlacementChecks() {}

    static void check(ModNode.Module mod) {
        new PlacementChecks().stmts(mod.body);
    }

    private boolean functionLike() {
        return scope == Scope.FUNCTION || scope == Scope.ASYNC_FUNCTION || scope == Scope.LAMBDA
                || scope == Scope.COMPREHENSION;
    }

    private void stmts(List<StmtNode> body) {
        for (StmtNode s : body) {
            stmt(s);
        }
    }

    private void stmt(StmtNode s) {
        switch (s.kind()) {
            case StmtNode.FunctionDef.KIND: {
                StmtNode.FunctionDef f = (StmtNode.FunctionDef) s;
                function(f.decoratorList, f.args, f.returns, f.body, false);
                return;
            }
            case StmtNode.AsyncFunctionDef.KIND: {
                StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) s;
                function(f.decoratorList, f.args, f.returns, f.body, true);
                return;
            }
            case StmtNode.ClassDef.KIND: {
                StmtNode.ClassDef c = (StmtNode.ClassDef) s;
                exprs(c.decoratorList);
                Scope savedScope = scope;
                List<Block> savedBlocks = blocks;
                scope = Scope.CLASS;
                blocks = new ArrayList<>();
                stmts(c.body);
                scope = savedScope;
                blocks = savedBlocks;
                exprs(c.bases);
                for (dev.snakebox.ast.Keyword k : c.keywords) {
                    expr(k.value);
                }
                return;
            }
            case StmtNode.Return.KIND: {
                StmtNode.Return r = (StmtNode.Return) s;
                if (!functionLike()) {
                    throw SymbolTable.error(s, "'return' outside function");
                }
                if (r.value != null && scope == Scope.ASYNC_FUNCTION && generator) {
                    throw SymbolTable.error(s, "'return' with value in async generator");
                }
                if (r.value != null) {
                    expr(r.value);
                }
                // compiler_return points at a constant returned on the statement's own line
                boolean atValue = r.value instanceof ExprNode.Constant && r.value.lineno == s.lineno;
                boolean preserveTos = r.value != null && !(r.value instanceof ExprNode.Constant);
                unwind(atValue ? r.value : s, false, preserveTos);
                return;
            }
            case StmtNode.Break.KIND:
                if (!unwind(s, true, false)) {
                    throw SymbolTable.error(s, "'break' outside loop");
                }
                return;
            case StmtNode.Continue.KIND:
                if (!unwind(s, true, false)) {
                    throw SymbolTable.error(s, "'continue' not properly in loop");
                }
                return;
            case StmtNode.Assign.KIND: {
                StmtNode.Assign a = (StmtNode.Assign) s;
                expr(a.value);
                exprs(a.targets);
                return;
            }
            case StmtNode.AnnAssign.KIND: {
                StmtNode.AnnAssign a = (StmtNode.AnnAssign) s;
                if (a.value != null) {
                    expr(a.value);
                }
                expr(a.target);
                return;
            }
            case StmtNode.For.KIND: {
                StmtNode.For f = (StmtNode.For) s;
                loop(f.iter, f.target, f.body, f.orelse);
                return;
            }
            case StmtNode.AsyncFor.KIND: {
                StmtNode.AsyncFor f = (StmtNode.AsyncFor) s;
                if (scope != Scope.ASYNC_FUNCTION) {
                    throw SymbolTable.error(s, "'async for' outside async function");
                }
                loop(f.iter, f.target, f.body, f.orelse);
                return;
            }
            case StmtNode.While.KIND: {
                StmtNode.While w = (StmtNode.While) s;
                loop(w.test, null, w.body, w.orelse);
                return;
            }
            case StmtNode.Try.KIND: {
                // compiler_try_except compiles the else body before the handlers
                StmtNode.Try t = (StmtNode.Try) s;
                enterFinally(t.finalbody);
                stmts(t.body);
                stmts(t.orelse);
                handlers(t.handlers, Block.OTHER);
                leaveFinally(t.finalbody);
                return;
            }
            case StmtNode.TryStar.KIND: {
                StmtNode.TryStar t = (StmtNode.TryStar) s;
                enterFinally(t.finalbody);
                stmts(t.body);
                handlers(t.handlers, Block.EXCEPT_STAR);
                stmts(t.orelse);
                leaveFinally(t.finalbody);
                return;
            }
            case StmtNode.With.KIND: {
                StmtNode.With w = (StmtNode.With) s;
                with(w.items, w.body);
                return;
            }
            case StmtNode.AsyncWith.KIND: {
                StmtNode.AsyncWith w = (StmtNode.AsyncWith) s;
                if (scope != Scope.ASYNC_FUNCTION) {
                    throw SymbolTable.error(s, "'async with' outside async function");
                }
                with(w.items, w.body);
                return;
            }
            default:
                children(s);
        }
    }

    /** A try with a finally body protects its body, else body and handlers. */
    private void enterFinally(List<StmtNode> finalbody) {
        if (!finalbody.isEmpty()) {
            blocks.add(new Block(finalbody));
        }
    }

    /** The finally body, after the block. */
    private void leaveFinally(List<StmtNode> finalbody) {
        if (!finalbody.isEmpty()) {
            blocks.remove(blocks.size() - 1);
            stmts(finalbody);
        }
    }

    private void handlers(List<ExcepthandlerNode> handlers, Block kind) {
        for (ExcepthandlerNode h : handlers) {
            ExcepthandlerNode.ExceptHandler e = (ExcepthandlerNode.ExceptHandler) h;
            if (e.type != null) {
                expr(e.type);
            }
            blocks.add(kind);
            stmts(e.body);
            blocks.remove(blocks.size() - 1);
        }
    }

    /** Each item's expression, then its target and the rest inside its block. */
    private void with(List<dev.snakebox.ast.Withitem> items, List<StmtNode> body) {
        for (dev.snakebox.ast.Withitem item : items) {
            expr(item.contextExpr);
            blocks.add(Block.WITH);
            if (item.optionalVars != null) {
                expr(item.optionalVars);
            }
        }
        stmts(body);
        for (int i = 0; i < items.size(); i++) {
            blocks.remove(blocks.size() - 1);
        }
    }

    /** A loop: the first part (iterable or test) outside it, the body inside, the else outside. */
    private void loop(ExprNode head, ExprNode target, List<StmtNode> body, List<StmtNode> orelse) {
        expr(head);
        blocks.add(Block.LOOP);
        if (target != null) {
            expr(target);
        }
        stmts(body);
        blocks.remove(blocks.size() - 1);
        stmts(orelse);
    }

    /**
     * {@code compiler_unwind_fblock_stack}: whether a loop encloses the statement (for break and
     * continue); an except* block met first is an error. A finally body left on the way is
     * compiled there, below the blocks it leaves (and, for a return keeping its value, above a
     * block that pops that value).
     */
    private boolean unwind(Node s, boolean toLoop, boolean preserveTos) {
        boolean artificial = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b == Block.EXCEPT_STAR) {
                String msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                throw artificial ? CodeGen.error(Location.NONE, msg) : SymbolTable.error(s, msg);
            }
            if (toLoop && b == Block.LOOP) {
                return true;
            }
            if (b.finalbody != null) {
                List<Block> saved = blocks;
                blocks = new ArrayList<>(saved.subList(0, i));
                if (preserveTos) {
                    blocks.add(Block.OTHER);
                }
                stmts(b.finalbody);
                blocks = saved;
                artificial = true;
            } else if (b == Block.WITH) {
                artificial = true;
            }
        }
        return false;
    }

    private void function(List<ExprNode> decorators, Arguments args, ExprNode returns, List<StmtNode> body, boolean async) {
        exprs(decorators);
        defaults(args);
        for (List<Arg> list : java.util.Arrays.asList(args.posonlyargs, args.args, args.kwonlyargs)) {
            for (Arg a : list) {
                if (a.annotation != null) {
                    expr(a.annotation);
                }
            }
        }
        if (args.vararg != null && args.vararg.annotation != null) {
            expr(args.vararg.annotation);
        }
        if (args.kwarg != null && args.kwarg.annotation != null) {
            expr(args.kwarg.annotation);
        }
        if (returns != null) {
            expr(returns);
        }
        Scope savedScope = scope;
        boolean savedGenerator = generator;
        List<Block> savedBlocks = blocks;
        scope = async ? Scope.ASYNC_FUNCTION : Scope.FUNCTION;
        generator = async && YieldFinder.has(body);
        blocks = new ArrayList<>();
        stmts(body);
        scope = savedScope;
        generator = savedGenerator;
        blocks = savedBlocks;
    }

    private void defaults(Arguments args) {
        exprs(args.defaults);
        for (ExprNode d : args.kwDefaults) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private void exprs(List<ExprNode> es) {
        for (ExprNode e : es) {
            expr(e);
        }
    }

    private void expr(ExprNode e) {
        switch (e.kind()) {
            case ExprNode.Yield.KIND:
                if (!functionLike()) {
                    throw SymbolTable.error(e, "'yield' outside function");
                }
                children(e);
                return;
            case ExprNode.YieldFrom.KIND:
                if (!functionLike()) {
                    throw SymbolTable.error(e, "'yield from' outside function");
                }
                if (scope == Scope.ASYNC_FUNCTION) {
                    throw SymbolTable.error(e, "'yield from' inside async function");
                }
                children(e);
                return;
            case ExprNode.Await.KIND:
                if (!functionLike()) {
                    throw SymbolTable.error(e, "'await' outside function");
                }
                if (scope != Scope.ASYNC_FUNCTION && scope != Scope.COMPREHENSION) {
                    throw SymbolTable.error(e, "'await' outside async function");
                }
                children(e);
                return;
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                defaults(l.args);
                Scope saved = scope;
                List<Block> savedBlocks = blocks;
                scope = Scope.LAMBDA;
                blocks = new ArrayList<>();
                expr(l.body);
                scope = saved;
                blocks = savedBlocks;
                return;
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                comprehension(e, c.generators, c.elt, null, false);
                return;
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                comprehension(e, c.generators, c.elt, null, false);
                return;
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                comprehension(e, c.generators, c.key, c.value, false);
                return;
            }
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp c = (ExprNode.GeneratorExp) e;
                comprehension(e, c.generators, c.elt, null, true);
                return;
            }
            default:
                children(e);
        }
    }

    /**
     * {@code compiler_comprehension}: the first iterable in the enclosing code; a list, set or
     * dict comprehension that awaits or iterates asynchronously needs an async function (or
     * another comprehension) around it; a generator expression is code of its own.
     */
    private void comprehension(ExprNode e, List<Comprehension> generators, ExprNode elt, ExprNode value, boolean genexp) {
        Scope outer = scope;
        expr(generators.get(0).iter);
        if (!genexp && outer != Scope.ASYNC_FUNCTION && outer != Scope.COMPREHENSION && isAsync(generators, elt, value)) {
            throw SymbolTable.error(e, "asynchronous comprehension outside of an asynchronous function");
        }
        List<Block> savedBlocks = blocks;
        if (genexp) {
            scope = Scope.COMPREHENSION;
            blocks = new ArrayList<>();
        }
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter);
            }
            expr(g.target);
            exprs(g.ifs);
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        scope = outer;
        blocks = savedBlocks;
    }

    /** Whether a comprehension is asynchronous: an 'async for', or an await in its own code. */
    private static boolean isAsync(List<Comprehension> generators, ExprNode elt, ExprNode value) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (g.isAsync != 0 || i > 0 && AwaitFinder.has(g.iter) || AwaitFinder.has(g.target) || AwaitFinder.hasAny(g.ifs)) {
                return true;
            }
        }
        return AwaitFinder.has(elt) || value != null && AwaitFinder.has(value);
    }

    private void children(Node n) {
        String[] names = n.fieldNames();
        for (int i = 0; i < names.length; i++) {
            value(n.field(i));
        }
    }

    private void value(Object v) {
        if (v instanceof StmtNode) {
            stmt((StmtNode) v);
        } else if (v instanceof ExprNode) {
            expr((ExprNode) v);
        } else if (v instanceof Node) {
            children((Node) v);
        } else if (v instanceof List) {
            for (Object o : (List<?>) v) {
                value(o);
            }
        }
    }

    /** Finds a yield in a function's own code (not in the functions, classes and lambdas inside it). */
    private static final class YieldFinder {
        static boolean has(Object v) {
            if (v instanceof ExprNode.Yield || v instanceof ExprNode.YieldFrom) {
                return true;
            }
            if (v instanceof StmtNode.FunctionDef || v instanceof StmtNode.AsyncFunctionDef || v instanceof StmtNode.ClassDef
                    || v instanceof ExprNode.Lambda || v instanceof ExprNode.GeneratorExp) {
                return false;
            }
            return AwaitFinder.anyChild(v, YieldFinder::has);
        }
    }

    /** Finds an await in an expression (not in the lambdas and generator expressions inside it). */
    private static final class AwaitFinder {
        static boolean has(ExprNode e) {
            return find(e);
        }

        static boolean hasAny(List<ExprNode> es) {
            for (ExprNode e : es) {
                if (find(e)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean find(Object v) {
            if (v instanceof ExprNode.Await) {
                return true;
            }
            if (v instanceof ExprNode.Lambda || v instanceof ExprNode.GeneratorExp) {
                return false;
            }
            if (v instanceof Comprehension && ((Comprehension) v).isAsync != 0) {
                return true;
            }
            return anyChild(v, AwaitFinder::find);
        }

        static boolean anyChild(Object v, java.util.function.Predicate<Object> test) {
            if (v instanceof List) {
                for (Object o : (List<?>) v) {
                    if (test.test(o)) {
                        return true;
                    }
                }
                return false;
            }
            if (v instanceof Node) {
                Node n = (Node) v;
                String[] names = n.fieldNames();
                for (int i = 0; i < names.length; i++) {
                    if (test.test(n.field(i))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
