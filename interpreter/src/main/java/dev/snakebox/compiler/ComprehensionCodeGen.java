package dev.snakebox.compiler;

import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.objects.PyNone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * List, set and dict comprehensions and generator expressions; CPython 3.13.2's
 * {@code compiler_comprehension}, {@code compiler_sync_comprehension_generator},
 * {@code compiler_async_comprehension_generator} and the PEP 709 inlining helpers
 * {@code push_inlined_comprehension_state}, {@code pop_inlined_comprehension_state} and
 * {@code restore_inlined_comprehension_locals} ({@code Python/compile.c}).
 *
 * <p>A comprehension the symbol table inlined runs in the enclosing code: the names it binds
 * are saved on the stack (LOAD_FAST_AND_CLEAR) and restored afterwards, also when it raises
 * (an exception-table cleanup). Generator expressions, and comprehensions in the annotation
 * scopes of a class, are functions of their own called with the outermost iterator.
 */
final class ComprehensionCodeGen {
    private enum Type { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    private final CodeGen g;

    ComprehensionCodeGen(CodeGen g) {
        this.g = g;
    }

    void listComp(ExprNode.ListComp e) {
        comprehension(e, Type.LISTCOMP, "<listcomp>", e.generators, e.elt, null);
    }

    void setComp(ExprNode.SetComp e) {
        comprehension(e, Type.SETCOMP, "<setcomp>", e.generators, e.elt, null);
    }

    void dictComp(ExprNode.DictComp e) {
        comprehension(e, Type.DICTCOMP, "<dictcomp>", e.generators, e.key, e.value);
    }

    void genExp(ExprNode.GeneratorExp e) {
        comprehension(e, Type.GENEXP, "<genexpr>", e.generators, e.elt, null);
    }

    /** {@code inlined_comprehension_state}: what pushing saved for popping to restore. */
    private static final class InlinedState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        Set<String> fastHidden;
        int cleanup = -1;
        int end = -1;
    }

    /** {@code compiler_comprehension}. */
    private void comprehension(ExprNode e, Type type, String name, List<Comprehension> generators, ExprNode elt,
            ExprNode val) {
        ScopeType scopeType = g.u.scopeType;
        SymbolTableEntry entry = g.st.lookup(e);
        boolean inlined = entry.compInlined;
        boolean isAsync = entry.coroutine;
        Location loc = Location.of(e);
        Comprehension outermost = generators.get(0);
        InlinedState state = null;
        if (inlined) {
            iter(outermost);
            state = pushInlinedState(loc, entry);
        } else {
            g.units.enter(name, ScopeType.COMPREHENSION, e, e.lineno, null);
            // the outermost iterator is the implicit argument .0
            g.u.argcount = 1;
        }
        if (isAsync && type != Type.GENEXP && scopeType != ScopeType.ASYNC_FUNCTION
                && scopeType != ScopeType.COMPREHENSION) {
            throw CodeGen.error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != Type.GENEXP) {
            int op = type == Type.LISTCOMP ? Opcodes.BUILD_LIST : type == Type.SETCOMP ? Opcodes.BUILD_SET
                    : Opcodes.BUILD_MAP;
            g.addopI(loc, op, 0);
            if (inlined) {
                g.addopI(loc, Opcodes.SWAP, 2);
            }
        }
        generator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        if (type != Type.GENEXP) {
            g.addop(loc, Opcodes.RETURN_VALUE);
        } else {
            g.functions.wrapInStopIterationHandler();
        }
        PyCode co = g.units.optimizeAndAssemble(true);
        g.units.exit();
        g.functions.makeClosure(loc, co, 0);
        iter(outermost);
        g.addopI(loc, Opcodes.CALL, 0);
        if (isAsync && type != Type.GENEXP) {
            g.addopI(loc, Opcodes.GET_AWAITABLE, 0);
            g.loadConst(loc, PyNone.NONE);
            g.generators.addYieldFrom(loc, true);
        }
    }

    /** {@code compiler_comprehension_iter}: the outermost iterable, as an (async) iterator. */
    private void iter(Comprehension comp) {
        g.visitExpr(comp.iter);
        g.addop(Location.of(comp.iter), comp.isAsync != 0 ? Opcodes.GET_AITER : Opcodes.GET_ITER);
    }

    /** {@code compiler_comprehension_generator}: the loop of generator {@code genIndex} and those inside it. */
    private void generator(Location loc, List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, Type type, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync != 0) {
            asyncGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        } else {
            syncGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    /** {@code compiler_sync_comprehension_generator}. */
    private void syncGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, Type type, boolean iterOnStack) {
        int start = g.newLabel();
        int ifCleanup = g.newLabel();
        int anchor = g.newLabel();
        Comprehension gen = generators.get(genIndex);
        Location iterLoc = Location.of(gen.iter);
        boolean loop = true;
        if (!iterOnStack) {
            if (genIndex == 0) {
                g.addopI(loc, Opcodes.LOAD_FAST, 0);
            } else {
                // for y in [f(x)]: the temporary-variable idiom needs no loop
                List<ExprNode> elts = gen.iter instanceof ExprNode.List ? ((ExprNode.List) gen.iter).elts
                        : gen.iter instanceof ExprNode.Tuple ? ((ExprNode.Tuple) gen.iter).elts : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof ExprNode.Starred)) {
                    g.visitExpr(elts.get(0));
                    loop = false;
                }
                if (loop) {
                    g.visitExpr(gen.iter);
                    g.addop(iterLoc, Opcodes.GET_ITER);
                }
            }
        }
        if (loop) {
            depth++;
            g.addop(iterLoc, Opcodes.GET_ITER);
            g.useLabel(start);
            g.addopJump(iterLoc, Opcodes.FOR_ITER, anchor);
        }
        g.visitExpr(gen.target);
        for (ExprNode cond : gen.ifs) {
            g.jumpIf(loc, cond, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            generator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = Location.of(elt);
        if (genIndex >= generators.size()) {
            eltLoc = element(elt, val, type, depth);
        }
        g.useLabel(ifCleanup);
        if (loop) {
            g.addopJump(eltLoc, Opcodes.JUMP, start);
            g.useLabel(anchor);
            // END_FOR first: iterating a generator jumps to it, other iterators past it
            g.addop(Location.NONE, Opcodes.END_FOR);
            g.addop(Location.NONE, Opcodes.POP_TOP);
        }
    }

    /** {@code compiler_async_comprehension_generator}. */
    private void asyncGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, Type type, boolean iterOnStack) {
        int start = g.newLabel();
        int except = g.newLabel();
        int ifCleanup = g.newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                g.addopI(loc, Opcodes.LOAD_FAST, 0);
            } else {
                g.visitExpr(gen.iter);
                g.addop(Location.of(gen.iter), Opcodes.GET_AITER);
            }
        }
        g.useLabel(start);
        // the runtime pushes a block here
        g.pushFBlock(loc, FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, -1, null);
        g.addopJump(loc, Opcodes.SETUP_FINALLY, except);
        g.addop(loc, Opcodes.GET_ANEXT);
        g.loadConst(loc, PyNone.NONE);
        g.generators.addYieldFrom(loc, true);
        g.addop(loc, Opcodes.POP_BLOCK);
        g.visitExpr(gen.target);
        for (ExprNode cond : gen.ifs) {
            g.jumpIf(loc, cond, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            generator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location eltLoc = Location.of(elt);
        if (genIndex >= generators.size()) {
            eltLoc = element(elt, val, type, depth);
        }
        g.useLabel(ifCleanup);
        g.addopJump(eltLoc, Opcodes.JUMP, start);
        g.popFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start);
        g.useLabel(except);
        g.addop(loc, Opcodes.END_ASYNC_FOR);
    }

    /** The element: yielded, or added to the collection {@code depth + 1} items down. Returns its location. */
    private Location element(ExprNode elt, ExprNode val, Type type, int depth) {
        Location eltLoc = Location.of(elt);
        switch (type) {
            case GENEXP:
                g.visitExpr(elt);
                g.generators.addYield(eltLoc);
                g.addop(eltLoc, Opcodes.POP_TOP);
                break;
            case LISTCOMP:
                g.visitExpr(elt);
                g.addopI(eltLoc, Opcodes.LIST_APPEND, depth + 1);
                break;
            case SETCOMP:
                g.visitExpr(elt);
                g.addopI(eltLoc, Opcodes.SET_ADD, depth + 1);
                break;
            default:
                // the key is evaluated before the value
                g.visitExpr(elt);
                g.visitExpr(val);
                eltLoc = new Location(elt.lineno, val.endLineno, elt.colOffset, val.endColOffset);
                g.addopI(eltLoc, Opcodes.MAP_ADD, depth + 1);
                break;
        }
        return eltLoc;
    }

    /**
     * {@code push_inlined_comprehension_state}: each name the comprehension binds is saved (and
     * cleared) on the stack, under the outermost iterator; in a module or class body such names
     * are fast locals while it runs.
     */
    private InlinedState pushInlinedState(Location loc, SymbolTableEntry entry) {
        InlinedState state = new InlinedState();
        CodeUnit u = g.u;
        boolean inClassBlock = u.ste.type == SymbolTableEntry.BlockType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> e : entry.symbols.entrySet()) {
            String k = e.getKey();
            int symbol = e.getValue();
            int scope = SymbolFlags.scope(symbol);
            Integer outv = u.ste.symbols.get(k);
            int outsc = SymbolFlags.scope(outv == null ? 0 : outv);
            if (scope != outsc && scope != SymbolFlags.FREE && !(scope == SymbolFlags.CELL && outsc == SymbolFlags.FREE)
                    || inClassBlock) {
                // While compiling the comprehension, a name has its scope there (one free there
                // is handled as outside; a cell inside that is free outside stays free: DEREF
                // either way).
                if (state.tempSymbols == null) {
                    state.tempSymbols = new LinkedHashMap<>();
                }
                u.ste.symbols.put(k, symbol);
                state.tempSymbols.put(k, outv == null ? 0 : outv);
            }
            // only names bound here (not a walrus target's nonlocal binding) are isolated
            if (!((symbol & SymbolFlags.DEF_LOCAL) != 0 && (symbol & SymbolFlags.DEF_NONLOCAL) == 0)
                    && !inClassBlock) {
                continue;
            }
            if (!u.ste.isFunctionLike()) {
                // a fast local while the comprehension runs
                if (!Boolean.TRUE.equals(u.fasthidden.get(k))) {
                    u.fasthidden.put(k, Boolean.TRUE);
                    if (state.fastHidden == null) {
                        state.fastHidden = new LinkedHashSet<>();
                    }
                    state.fastHidden.add(k);
                }
            }
            if (state.pushedLocals == null) {
                state.pushedLocals = new ArrayList<>();
            }
            // for a cell this saves the cell itself, and makes a new one for the comprehension
            g.addopI(loc, Opcodes.LOAD_FAST_AND_CLEAR, CodeUnit.addTo(u.varnames, k));
            if (scope == SymbolFlags.CELL) {
                g.addopI(loc, Opcodes.MAKE_CELL, outsc == SymbolFlags.FREE ? CodeUnit.addTo(u.freevars, k)
                        : CodeUnit.addTo(u.cellvars, k));
            }
            state.pushedLocals.add(k);
        }
        if (state.pushedLocals != null) {
            // the outermost iterator back on top (this reverses the order of the saved names,
            // which restoring reverses again)
            g.addopI(loc, Opcodes.SWAP, state.pushedLocals.size() + 1);
            // a virtual try/finally restores the names if the comprehension raises
            state.cleanup = g.newLabel();
            state.end = g.newLabel();
            g.addopJump(loc, Opcodes.SETUP_FINALLY, state.cleanup);
        }
        return state;
    }

    /** {@code restore_inlined_comprehension_locals}: under the result (or exception) on top. */
    private void restoreLocals(Location loc, InlinedState state) {
        int npops = state.pushedLocals.size();
        g.addopI(loc, Opcodes.SWAP, npops + 1);
        for (int i = npops - 1; i >= 0; i--) {
            g.addopI(loc, Opcodes.STORE_FAST_MAYBE_NULL, CodeUnit.addTo(g.u.varnames, state.pushedLocals.get(i)));
        }
    }

    /** {@code pop_inlined_comprehension_state}. */
    private void popInlinedState(Location loc, InlinedState state) {
        CodeUnit u = g.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> e : state.tempSymbols.entrySet()) {
                u.ste.symbols.put(e.getKey(), e.getValue());
            }
        }
        if (state.pushedLocals != null) {
            g.addop(Location.NONE, Opcodes.POP_BLOCK);
            g.addopJump(Location.NONE, Opcodes.JUMP, state.end);
            // the comprehension raised: drop the incomplete result under the exception
            g.useLabel(state.cleanup);
            g.addopI(Location.NONE, Opcodes.SWAP, 2);
            g.addop(Location.NONE, Opcodes.POP_TOP);
            restoreLocals(loc, state);
            g.addopI(Location.NONE, Opcodes.RERAISE, 0);
            g.useLabel(state.end);
            restoreLocals(loc, state);
        }
        if (state.fastHidden != null) {
            // false rather than removed: the name was a hidden fast local (CO_FAST_HIDDEN)
            for (String k : state.fastHidden) {
                u.fasthidden.put(k, Boolean.FALSE);
            }
        }
    }
}
