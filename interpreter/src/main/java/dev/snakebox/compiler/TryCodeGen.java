package dev.snakebox.compiler;

import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyNone;
import java.util.List;

/**
 * {@code try} statements with {@code except}, {@code else} and {@code finally}; CPython 3.13's
 * {@code compiler_try}, {@code compiler_try_finally}, {@code compiler_try_except} and
 * {@code compiler_pop_except_and_reraise} ({@code Python/compile.c}).
 *
 * <p>SETUP_FINALLY / SETUP_CLEANUP mark where a handler starts protecting code and POP_BLOCK
 * where it stops; the flow graph turns them into exception table entries. A handler is entered
 * with the exception pushed; PUSH_EXC_INFO saves the exception being handled before it, and
 * POP_EXCEPT restores it.
 */
final class TryCodeGen {
    private TryCodeGen() {}

    /** {@code compiler_try}. */
    static void tryStmt(CodeGen g, StmtNode.Try s) {
        if (!s.finalbody.isEmpty()) {
            tryFinally(g, Location.of(s), s.body, s.handlers, s.orelse, s.finalbody, false);
        } else {
            tryExcept(g, s);
        }
    }

    /**
     * {@code compiler_try_finally} (and {@code compiler_try_star_finally} with {@code star}):
     * the finally body is compiled twice, once on the normal path and once in the handler, which
     * re-raises after it.
     */
    static void tryFinally(CodeGen g, Location loc, List<StmtNode> body, List<ExcepthandlerNode> handlers,
            List<StmtNode> orelse, List<StmtNode> finalbody, boolean star) {
        int bodyLabel = g.newLabel();
        int end = g.newLabel();
        int exit = g.newLabel();
        int cleanup = g.newLabel();
        g.addopJump(loc, Opcodes.SETUP_FINALLY, end);
        g.useLabel(bodyLabel);
        g.pushFBlock(loc, FBlock.Type.FINALLY_TRY, bodyLabel, end, finalbody);
        if (handlers.isEmpty()) {
            g.visitStmts(body);
        } else if (star) {
            TryStarCodeGen.tryStarExcept(g, loc, body, handlers, orelse);
        } else {
            tryExcept(g, loc, body, handlers, orelse);
        }
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.popFBlock(FBlock.Type.FINALLY_TRY, bodyLabel);
        g.visitStmts(finalbody);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, exit);

        // the finally block, on the exceptional path
        g.useLabel(end);
        g.addopJump(Location.NONE, Opcodes.SETUP_CLEANUP, cleanup);
        g.addop(Location.NONE, Opcodes.PUSH_EXC_INFO);
        g.pushFBlock(Location.NONE, FBlock.Type.FINALLY_END, end, -1, null);
        g.visitStmts(finalbody);
        g.popFBlock(FBlock.Type.FINALLY_END, end);
        g.addopI(Location.NONE, Opcodes.RERAISE, 0);
        g.useLabel(cleanup);
        popExceptAndReraise(g, Location.NONE);
        g.useLabel(exit);
    }

    private static void tryExcept(CodeGen g, StmtNode.Try s) {
        tryExcept(g, Location.of(s), s.body, s.handlers, s.orelse);
    }

    /**
     * {@code compiler_try_except}: the handlers are tried in order (CHECK_EXC_MATCH); none
     * matching re-raises. A handler binding a name is itself wrapped in a try/finally that
     * deletes the name, so the traceback cycle through the frame is broken.
     */
    static void tryExcept(CodeGen g, Location loc, List<StmtNode> body, List<ExcepthandlerNode> handlers,
            List<StmtNode> orelse) {
        int bodyLabel = g.newLabel();
        int except = g.newLabel();
        int end = g.newLabel();
        int cleanup = g.newLabel();
        g.addopJump(loc, Opcodes.SETUP_FINALLY, except);
        g.useLabel(bodyLabel);
        g.pushFBlock(loc, FBlock.Type.TRY_EXCEPT, bodyLabel, -1, null);
        g.visitStmts(body);
        g.popFBlock(FBlock.Type.TRY_EXCEPT, bodyLabel);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.visitStmts(orelse);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
        int n = handlers.size();

        g.useLabel(except);
        g.addopJump(Location.NONE, Opcodes.SETUP_CLEANUP, cleanup);
        g.addop(Location.NONE, Opcodes.PUSH_EXC_INFO);
        // the runtime pushes a block here (the saved exception), so account for it
        g.pushFBlock(loc, FBlock.Type.EXCEPTION_HANDLER, -1, -1, null);
        for (int i = 0; i < n; i++) {
            ExcepthandlerNode.ExceptHandler handler = (ExcepthandlerNode.ExceptHandler) handlers.get(i);
            Location hloc = Location.of(handler);
            if (handler.type == null && i < n - 1) {
                throw CodeGen.error(hloc, "default 'except:' must be last");
            }
            except = g.newLabel();
            if (handler.type != null) {
                g.visitExpr(handler.type);
                g.addop(hloc, Opcodes.CHECK_EXC_MATCH);
                g.addopJump(hloc, Opcodes.POP_JUMP_IF_FALSE, except);
            }
            if (handler.name != null) {
                namedHandlerBody(g, hloc, handler, end);
            } else {
                int cleanupBody = g.newLabel();
                g.addop(hloc, Opcodes.POP_TOP); // the exception
                g.useLabel(cleanupBody);
                g.pushFBlock(hloc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, null);
                g.visitStmts(handler.body);
                g.popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
                g.addop(Location.NONE, Opcodes.POP_BLOCK);
                g.addop(Location.NONE, Opcodes.POP_EXCEPT);
                g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
            }
            g.useLabel(except);
        }
        g.popFBlock(FBlock.Type.EXCEPTION_HANDLER, -1);
        g.addopI(Location.NONE, Opcodes.RERAISE, 0);
        g.useLabel(cleanup);
        popExceptAndReraise(g, Location.NONE);
        g.useLabel(end);
    }

    /**
     * {@code except E as name: body} is {@code try: body finally: name = None; del name}
     * (the assignment in case the body deleted the name), the cleanup code artificial.
     */
    private static void namedHandlerBody(CodeGen g, Location hloc, ExcepthandlerNode.ExceptHandler handler,
            int end) {
        int cleanupEnd = g.newLabel();
        int cleanupBody = g.newLabel();
        g.nameop(hloc, handler.name, ExprContextNode.Store.KIND);
        g.addopJump(hloc, Opcodes.SETUP_CLEANUP, cleanupEnd);
        g.useLabel(cleanupBody);
        g.pushFBlock(hloc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, handler.name);
        g.visitStmts(handler.body);
        g.popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addop(Location.NONE, Opcodes.POP_EXCEPT);
        clearName(g, handler.name);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
        g.useLabel(cleanupEnd);
        clearName(g, handler.name);
        g.addopI(Location.NONE, Opcodes.RERAISE, 1);
    }

    /** {@code name = None; del name}, artificial. */
    static void clearName(CodeGen g, String name) {
        g.loadConst(Location.NONE, PyNone.NONE);
        g.nameop(Location.NONE, name, ExprContextNode.Store.KIND);
        g.nameop(Location.NONE, name, ExprContextNode.Del.KIND);
    }

    /**
     * {@code compiler_pop_except_and_reraise}: with [exc_info, lasti, exc] on the stack, restore
     * the previous exception and re-raise (the unwinding clears the stack).
     */
    static void popExceptAndReraise(CodeGen g, Location loc) {
        g.addopI(loc, Opcodes.COPY, 3);
        g.addop(loc, Opcodes.POP_EXCEPT);
        g.addopI(loc, Opcodes.RERAISE, 1);
    }
}
