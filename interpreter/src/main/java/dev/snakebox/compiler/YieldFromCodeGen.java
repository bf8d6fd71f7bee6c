package dev.snakebox.compiler;

import dev.snakebox.bytecode.Opcodes;

/**
 * The SEND loop that delegates to an awaitable or sub-iterator; CPython 3.13's
 * {@code compiler_add_yield_from} ({@code Python/compile.c}), used by {@code async with} and
 * {@code async for} (and by {@code await} and {@code yield from}).
 */
final class YieldFromCodeGen {
    /** {@code RESUME_AFTER_YIELD_FROM} and {@code RESUME_AFTER_AWAIT}: RESUME's argument. */
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_AFTER_AWAIT = 3;

    private YieldFromCodeGen() {}

    /**
     * The awaitable (or iterator) and the value to send are on the stack. A virtual try/except
     * around YIELD_VALUE turns a StopIteration raised by close() or throw() into the result
     * (CLEANUP_THROW).
     */
    static void addYieldFrom(CodeGen g, Location loc, boolean await) {
        int send = g.newLabel();
        int fail = g.newLabel();
        int exit = g.newLabel();
        g.useLabel(send);
        g.addopJump(loc, Opcodes.SEND, exit);
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
