package dev.snakebox.compiler;

import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import java.util.List;

/**
 * {@code try} with {@code except*} handlers (PEP 654); CPython 3.13's {@code compiler_try_star}
 * and {@code compiler_try_star_except} ({@code Python/compile.c}).
 *
 * <p>Every handler runs on the part of the exception group it matches (CHECK_EG_MATCH splits
 * it); what the handlers raise and the unmatched rest are collected in a list, and
 * PREP_RERAISE_STAR builds from them the group to re-raise, or None.
 */
final class TryStarCodeGen {
    private TryStarCodeGen() {}

    /** {@code compiler_try_star}. */
    static void tryStar(CodeGen g, StmtNode.TryStar s) {
        Location loc = Location.of(s);
        if (!s.finalbody.isEmpty()) {
            TryCodeGen.tryFinally(g, loc, s.body, s.handlers, s.orelse, s.finalbody, true);
        } else {
            tryStarExcept(g, loc, s.body, s.handlers, s.orelse);
        }
    }

    /**
     * {@code compiler_try_star_except}. Stack in the handlers: [orig, results, rest]; each
     * handler's body is protected by a cleanup that appends what it raises to the results.
     */
    static void tryStarExcept(CodeGen g, Location loc, List<StmtNode> body, List<ExcepthandlerNode> handlers,
            List<StmtNode> orelse) {
        int bodyLabel = g.newLabel();
        int except = g.newLabel();
        int orelseLabel = g.newLabel();
        int end = g.newLabel();
        int cleanup = g.newLabel();
        int reraiseStar = g.newLabel();
        g.addopJump(loc, Opcodes.SETUP_FINALLY, except);
        g.useLabel(bodyLabel);
        g.pushFBlock(loc, FBlock.Type.TRY_EXCEPT, bodyLabel, -1, null);
        g.visitStmts(body);
        g.popFBlock(FBlock.Type.TRY_EXCEPT, bodyLabel);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, orelseLabel);
        int n = handlers.size();

        g.useLabel(except);
        g.addopJump(Location.NONE, Opcodes.SETUP_CLEANUP, cleanup);
        g.addop(Location.NONE, Opcodes.PUSH_EXC_INFO);
        // the runtime pushes a block here; break, continue and return may not leave it
        g.pushFBlock(loc, FBlock.Type.EXCEPTION_GROUP_HANDLER, -1, -1, null);
        for (int i = 0; i < n; i++) {
            ExcepthandlerNode.ExceptHandler handler = (ExcepthandlerNode.ExceptHandler) handlers.get(i);
            Location hloc = Location.of(handler);
            except = g.newLabel();
            int exceptWithError = g.newLabel();
            int noMatch = g.newLabel();
            if (i == 0) {
                // [orig] -> [orig, results, orig]: the results list and a copy to match against
                g.addopI(hloc, Opcodes.BUILD_LIST, 0);
                g.addopI(hloc, Opcodes.COPY, 2);
            }
            if (handler.type != null) {
                g.visitExpr(handler.type);
                g.addop(hloc, Opcodes.CHECK_EG_MATCH);
                g.addopI(hloc, Opcodes.COPY, 1);
                g.addopJump(hloc, Opcodes.POP_JUMP_IF_NONE, noMatch);
            }
            int cleanupEnd = g.newLabel();
            int cleanupBody = g.newLabel();
            if (handler.name != null) {
                g.nameop(hloc, handler.name, ExprContextNode.Store.KIND);
            } else {
                g.addop(hloc, Opcodes.POP_TOP); // the match
            }
            g.addopJump(hloc, Opcodes.SETUP_CLEANUP, cleanupEnd);
            g.useLabel(cleanupBody);
            g.pushFBlock(hloc, FBlock.Type.HANDLER_CLEANUP, cleanupBody, -1, handler.name);
            g.visitStmts(handler.body);
            g.popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
            g.addop(Location.NONE, Opcodes.POP_BLOCK);
            if (handler.name != null) {
                TryCodeGen.clearName(g, handler.name);
            }
            g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, except);

            // the body raised: add that exception to the results
            g.useLabel(cleanupEnd);
            if (handler.name != null) {
                TryCodeGen.clearName(g, handler.name);
            }
            g.addopI(Location.NONE, Opcodes.LIST_APPEND, 3);
            g.addop(Location.NONE, Opcodes.POP_TOP); // lasti
            g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, exceptWithError);

            g.useLabel(except);
            g.addop(Location.NONE, Opcodes.NOP); // holds a propagated location
            g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, exceptWithError);

            g.useLabel(noMatch);
            g.addop(hloc, Opcodes.POP_TOP); // the match (None)

            g.useLabel(exceptWithError);
            if (i == n - 1) {
                // the unmatched rest (None if everything matched) joins the results
                g.addopI(Location.NONE, Opcodes.LIST_APPEND, 1);
                g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, reraiseStar);
            }
        }
        g.popFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, -1);
        int reraise = g.newLabel();

        g.useLabel(reraiseStar);
        g.addopI(Location.NONE, Opcodes.CALL_INTRINSIC_2, Intrinsics.INTRINSIC_PREP_RERAISE_STAR);
        g.addopI(Location.NONE, Opcodes.COPY, 1);
        g.addopJump(Location.NONE, Opcodes.POP_JUMP_IF_NOT_NONE, reraise);
        // nothing to re-raise
        g.addop(Location.NONE, Opcodes.POP_TOP);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addop(Location.NONE, Opcodes.POP_EXCEPT);
        g.addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);

        g.useLabel(reraise);
        g.addop(Location.NONE, Opcodes.POP_BLOCK);
        g.addopI(Location.NONE, Opcodes.SWAP, 2);
        g.addop(Location.NONE, Opcodes.POP_EXCEPT);
        g.addopI(Location.NONE, Opcodes.RERAISE, 0);

        g.useLabel(cleanup);
        TryCodeGen.popExceptAndReraise(g, Location.NONE);

        g.useLabel(orelseLabel);
        g.visitStmts(orelse);
        g.useLabel(end);
    }
}
