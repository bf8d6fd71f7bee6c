package dev.snakebox.compiler;

import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.Withitem;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyNone;
import java.util.List;

/**
 * {@code with} and {@code async with} (PEP 343, PEP 492); CPython 3.13's {@code compiler_with},
 * {@code compiler_async_with}, {@code compiler_with_except_finish} and
 * {@code compiler_call_exit_with_nones} ({@code Python/compile.c}).
 *
 * <p>Several items nest: {@code with a, b: body} is {@code with a: with b: body}. BEFORE_WITH
 * leaves the bound {@code __exit__} under the {@code __enter__} result; the normal exit calls
 * it with three Nones, the exceptional one (WITH_EXCEPT_START) with the exception, re-raising
 * unless it returns true.
 */
final class WithCodeGen {
    private WithCodeGen() {}

    static void with(CodeGen g, StmtNode.With s) {
        with(g, s, s.items, s.body, 0, false);
    }

    static void asyncWith(CodeGen g, StmtNode.AsyncWith s) {
        with(g, s, s.items, s.body, 0, true);
    }

    private static void with(CodeGen g, StmtNode s, List<Withitem> items, List<StmtNode> body, int pos,
            boolean async) {
        if (async && !g.u.isAsyncFunction()) {
            throw CodeGen.error(Location.of(s), "'async with' outside async function");
        }
        Withitem item = items.get(pos);
        // each item's code (and its frame block, for unwinding) has the item's location
        Location loc = Location.of(item.contextExpr);
        FBlock.Type type = async ? FBlock.Type.ASYNC_WITH : FBlock.Type.WITH;
        int block = g.newLabel();
        int fin = g.newLabel();
        int exit = g.newLabel();
        int cleanup = g.newLabel();
        g.visitExpr(item.contextExpr);
        if (async) {
            g.addop(loc, Opcodes.BEFORE_ASYNC_WITH);
            await(g, loc, 1);
        } else {
            g.addop(loc, Opcodes.BEFORE_WITH);
        }
        g.addopJump(loc, Opcodes.SETUP_WITH, fin);
        g.useLabel(block);
        g.pushFBlock(loc, type, block, fin, s);
        if (item.optionalVars != null) {
            g.visitExpr(item.optionalVars);
        } else {
            g.addop(loc, Opcodes.POP_TOP); // the __enter__ result
        }
        if (pos + 1 == items.size()) {
            g.visitStmts(body);
        } else {
            with(g, s, items, body, pos + 1, async);
        }
        if (async) {
            g.popFBlock(type, block);
            g.addop(loc, Opcodes.POP_BLOCK);
        } else {
            g.addop(Location.NONE, Opcodes.POP_BLOCK);
            g.popFBlock(type, block);
        }
        // the normal exit: __exit__(None, None, None)
        callExitWithNones(g, loc);
        if (async) {
            await(g, loc, 2);
        }
        g.addop(loc, Opcodes.POP_TOP);
        g.addopJump(loc, Opcodes.JUMP, exit);

        // the exceptional exit
        g.useLabel(fin);
        g.addopJump(loc, Opcodes.SETUP_CLEANUP, cleanup);
        g.addop(loc, Opcodes.PUSH_EXC_INFO);
        g.addop(loc, Opcodes.WITH_EXCEPT_START);
        if (async) {
            await(g, loc, 2);
        }
        exceptFinish(g, cleanup);
        g.useLabel(exit);
    }

    /** GET_AWAITABLE {@code where} (1 after __aenter__, 2 after __aexit__), then the SEND loop. */
    private static void await(CodeGen g, Location loc, int where) {
        g.addopI(loc, Opcodes.GET_AWAITABLE, where);
        g.loadConst(loc, PyNone.NONE);
        g.generators.addYieldFrom(loc, true);
    }

    /** {@code compiler_call_exit_with_nones}: the bound {@code __exit__} is on the stack. */
    static void callExitWithNones(CodeGen g, Location loc) {
        g.loadConst(loc, PyNone.NONE);
        g.loadConst(loc, PyNone.NONE);
        g.loadConst(loc, PyNone.NONE);
        g.addopI(loc, Opcodes.CALL, 2);
    }

    /**
     * {@code compiler_with_except_finish}: {@code __exit__}'s result is on the stack; true
     * suppresses the exception, false re-raises it. All artificial.
     */
    private static void exceptFinish(CodeGen g, int cleanup) {
        int suppress = g.newLabel();
        int exit = g.newLabel();
        g.addop(Location.NONE, Opcodes.TO_BOOL);
        g.addopJump(Location.NONE, Opcodes.POP_JUMP_IF_TRUE, suppress);
        g.addopI(Location.NONE, Opcodes.RERAISE, 2);
        g.useLabel(suppress);
        g.addop(Location.NONE, Opcodes.POP_TOP); // the exception
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addop(Location.NONE, Opcodes.POP_EXCEPT);
        g.addop(Location.NONE, Opcodes.POP_TOP);
        g.addop(Location.NONE, Opcodes.POP_TOP);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, exit);
        g.useLabel(cleanup);
        TryCodeGen.popExceptAndReraise(g, Location.NONE);
        g.useLabel(exit);
    }
}
