package dev.snakebox.compiler;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.objects.PyNone;

/**
 * {@code yield}, {@code yield from} and {@code await}: YIELD_VALUE and RESUME, and the
 * SEND / YIELD_VALUE / CLEANUP_THROW / END_SEND loop that delegates to a sub-iterator or an
 * awaitable; CPython 3.13's {@code addop_yield}, {@code compiler_add_yield_from} and the
 * Yield, YieldFrom and Await cases of {@code compiler_visit_expr1} ({@code Python/compile.c}).
 * (The generator's prefix and exception-table wrapper come from {@link LocalsPlus} and
 * {@link FunctionCodeGen#wrapInStopIterationHandler}.)
 */
final class GeneratorCodeGen {
    /** RESUME's argument after a yield, a yield from and an await ({@code RESUME_AFTER_*}). */
    static final int RESUME_AFTER_YIELD = 1;
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_AFTER_AWAIT = 3;

    private final CodeGen g;

    GeneratorCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code yield [value]}. */
    void yield(ExprNode.Yield e) {
        Location loc = Location.of(e);
        if (!g.u.isFunctionLike()) {
            throw CodeGen.error(loc, "'yield' outside function");
        }
        if (e.value != null) {
            g.visitExpr(e.value);
        } else {
            g.loadConst(loc, PyNone.NONE);
        }
        addYield(loc);
    }

    /** {@code yield from value}. */
    void yieldFrom(ExprNode.YieldFrom e) {
        Location loc = Location.of(e);
        if (!g.u.isFunctionLike()) {
            throw CodeGen.error(loc, "'yield from' outside function");
        }
        if (g.u.scopeType == ScopeType.ASYNC_FUNCTION) {
            throw CodeGen.error(loc, "'yield from' inside async function");
        }
        g.visitExpr(e.value);
        g.addop(loc, Opcodes.GET_YIELD_FROM_ITER);
        g.loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, false);
    }

    /** {@code await value}. */
    void await(ExprNode.Await e) {
        Location loc = Location.of(e);
        if (!g.u.isFunctionLike()) {
            throw CodeGen.error(loc, "'await' outside function");
        }
        if (g.u.scopeType != ScopeType.ASYNC_FUNCTION && g.u.scopeType != ScopeType.COMPREHENSION) {
            throw CodeGen.error(loc, "'await' outside async function");
        }
        g.visitExpr(e.value);
        g.addopI(loc, Opcodes.GET_AWAITABLE, 0);
        g.loadConst(loc, PyNone.NONE);
        addYieldFrom(loc, true);
    }

    /** {@code addop_yield}: an async generator wraps what it yields. */
    void addYield(Location loc) {
        SymbolTableEntry ste = g.u.ste;
        if (ste.generator && ste.coroutine) {
            g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_ASYNC_GEN_WRAP);
        }
        g.addopI(loc, Opcodes.YIELD_VALUE, 0);
        g.addopI(loc, Opcodes.RESUME, RESUME_AFTER_YIELD);
    }

    /**
     * {@code compiler_add_yield_from}: sends into the iterator or awaitable on the stack until
     * it is exhausted; a StopIteration from close() or throw() ends the loop (CLEANUP_THROW).
     */
    void addYieldFrom(Location loc, boolean await) {
        int send = g.newLabel();
        int fail = g.newLabel();
        int exit = g.newLabel();
        g.useLabel(send);
        g.addopJump(loc, Opcodes.SEND, exit);
        // a virtual try/except for a StopIteration raised by close() or throw()
        g.addopJump(loc, Opcodes.SETUP_FINALLY, fail);
        g.addopI(loc, Opcodes.YIELD_VALUE, 1);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addopI(loc, Opcodes.RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM);
        g.addopJump(loc, Opcodes.JUMP_NO_INTERRUPT, send);
        g.useLabel(fail);
        g.addop(loc, Opcodes.CLEANUP_THROW);
        g.useLabel(exit);
        g.addop(loc, Opcodes.END_SEND);
    }
}
