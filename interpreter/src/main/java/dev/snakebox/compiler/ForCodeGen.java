package dev.snakebox.compiler;

import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyNone;

/**
 * {@code for} and {@code async for} loops; CPython 3.13's {@code compiler_for} and
 * {@code compiler_async_for} ({@code Python/compile.c}). The iterator stays on the stack for
 * the whole loop, so the FOR_LOOP frame block pops it when a {@code break} or {@code return}
 * leaves early.
 */
final class ForCodeGen {
    private ForCodeGen() {}

    /**
     * GET_ITER, then FOR_ITER at the top of the loop jumping to END_FOR (which, with the
     * POP_TOP after it, drops the exhausted iterator); the {@code else} body follows it.
     */
    static void forStmt(CodeGen g, StmtNode.For s) {
        Location loc = Location.of(s);
        int start = g.newLabel();
        int body = g.newLabel();
        int cleanup = g.newLabel();
        int end = g.newLabel();
        g.pushFBlock(loc, FBlock.Type.FOR_LOOP, start, end, null);
        g.visitExpr(s.iter);
        Location iterLoc = Location.of(s.iter);
        g.addop(iterLoc, Opcodes.GET_ITER);
        g.useLabel(start);
        g.addopJump(iterLoc, Opcodes.FOR_ITER, cleanup);
        // for the line event of a target on its own line; removed later if redundant
        g.addop(Location.of(s.target), Opcodes.NOP);
        g.useLabel(body);
        g.visitExpr(s.target);
        g.visitStmts(s.body);
        g.addopJump(Location.NONE, Opcodes.JUMP, start);
        g.useLabel(cleanup);
        // END_FOR first: a generator's exhaustion jumps there, other iterators after it
        g.addop(Location.NONE, Opcodes.END_FOR);
        g.addop(Location.NONE, Opcodes.POP_TOP);
        g.popFBlock(FBlock.Type.FOR_LOOP, start);
        g.visitStmts(s.orelse);
        g.useLabel(end);
    }

    /**
     * GET_AITER, then at the top of the loop an awaited GET_ANEXT guarded by SETUP_FINALLY: the
     * StopAsyncIteration that ends the loop goes to END_ASYNC_FOR, which holds the iterator's line.
     */
    static void asyncFor(CodeGen g, StmtNode.AsyncFor s) {
        Location loc = Location.of(s);
        if (!g.u.isAsyncFunction()) {
            throw CodeGen.error(loc, "'async for' outside async function");
        }
        int start = g.newLabel();
        int except = g.newLabel();
        int end = g.newLabel();
        g.visitExpr(s.iter);
        g.addop(Location.of(s.iter), Opcodes.GET_AITER);
        g.useLabel(start);
        g.pushFBlock(loc, FBlock.Type.FOR_LOOP, start, end, null);
        g.addopJump(loc, Opcodes.SETUP_FINALLY, except);
        g.addop(loc, Opcodes.GET_ANEXT);
        g.loadConst(loc, PyNone.NONE);
        g.generators.addYieldFrom(loc, true);
        g.addop(loc, Opcodes.POP_BLOCK);
        g.visitExpr(s.target);
        g.visitStmts(s.body);
        g.addopJump(Location.NONE, Opcodes.JUMP, start);
        g.popFBlock(FBlock.Type.FOR_LOOP, start);
        g.useLabel(except);
        // END_ASYNC_FOR ends the loop, not the body: it takes the iterator's line
        g.addop(Location.of(s.iter), Opcodes.END_ASYNC_FOR);
        g.visitStmts(s.orelse);
        g.useLabel(end);
    }
}
