package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyNone;
import java.util.List;

/**
 * What a {@code break}, {@code continue} or {@code return} must emit to leave one frame block;
 * CPython 3.13's {@code compiler_unwind_fblock} ({@code Python/compile.c}).
 *
 * <p>With {@code preserveTos} (a {@code return} whose value is already on the stack), the value
 * is kept on top: every item the block leaves below it is swapped up before it is popped.
 */
final class FBlockUnwind {
    private FBlockUnwind() {}

    /** Emits the exit code of {@code info}; returns the location to use from here on. */
    static Location unwind(CodeGen g, Location loc, FBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
            case STOP_ITERATION:
                return loc;
            case FOR_LOOP:
            case POP_VALUE:
                // the iterator (or the pushed value) goes
                if (preserveTos) {
                    g.addopI(loc, Opcodes.SWAP, 2);
                }
                g.addop(loc, Opcodes.POP_TOP);
                return loc;
            case TRY_EXCEPT:
                g.addop(loc, Opcodes.POP_BLOCK);
                return loc;
            case FINALLY_TRY:
                return finallyTry(g, loc, info, preserveTos);
            case FINALLY_END:
                // [exc_info, exc] (+ value): drop the exception, then restore the previous one
                if (preserveTos) {
                    g.addopI(loc, Opcodes.SWAP, 2);
                }
                g.addop(loc, Opcodes.POP_TOP);
                if (preserveTos) {
                    g.addopI(loc, Opcodes.SWAP, 2);
                }
                g.addop(loc, Opcodes.POP_BLOCK);
                g.addop(loc, Opcodes.POP_EXCEPT);
                return loc;
            case WITH:
            case ASYNC_WITH:
                return with(g, info, preserveTos);
            case HANDLER_CLEANUP:
                return handlerCleanup(g, loc, (String) info.datum, preserveTos);
            default:
                throw dev.snakebox.objects.Errors.systemError("unknown frame block " + info.type);
        }
    }

    /**
     * The finally body runs inline. The POP_BLOCK keeps the unwinding statement's line; the code
     * after the finally body is artificial, so that it appears to run after the statement.
     */
    @SuppressWarnings("unchecked")
    private static Location finallyTry(CodeGen g, Location loc, FBlock info, boolean preserveTos) {
        g.addop(loc, Opcodes.POP_BLOCK);
        if (preserveTos) {
            g.pushFBlock(loc, FBlock.Type.POP_VALUE, -1, -1, null);
        }
        g.visitStmts((List<StmtNode>) info.datum);
        if (preserveTos) {
            g.popFBlock(FBlock.Type.POP_VALUE, -1);
        }
        return Location.NONE;
    }

    /** {@code __exit__(None, None, None)} (awaited for {@code async with}) at the with's line. */
    private static Location with(CodeGen g, FBlock info, boolean preserveTos) {
        Location loc = info.loc;
        g.addop(loc, Opcodes.POP_BLOCK);
        if (preserveTos) {
            g.addopI(loc, Opcodes.SWAP, 2);
        }
        WithCodeGen.callExitWithNones(g, loc);
        if (info.type == FBlock.Type.ASYNC_WITH) {
            g.addopI(loc, Opcodes.GET_AWAITABLE, 2);
            g.loadConst(loc, PyNone.NONE);
            g.generators.addYieldFrom(loc, true);
        }
        g.addop(loc, Opcodes.POP_TOP);
        return Location.NONE;
    }

    /** Leaving an except body: the handler's blocks, the exception state, the bound name. */
    private static Location handlerCleanup(CodeGen g, Location loc, String name, boolean preserveTos) {
        if (name != null) {
            g.addop(loc, Opcodes.POP_BLOCK);
        }
        if (preserveTos) {
            g.addopI(loc, Opcodes.SWAP, 2);
        }
        g.addop(loc, Opcodes.POP_BLOCK);
        g.addop(loc, Opcodes.POP_EXCEPT);
        if (name != null) {
            g.loadConst(loc, PyNone.NONE);
            g.nameop(loc, name, ExprContextNode.Store.KIND);
            g.nameop(loc, name, ExprContextNode.Del.KIND);
        }
        return loc;
    }
}
