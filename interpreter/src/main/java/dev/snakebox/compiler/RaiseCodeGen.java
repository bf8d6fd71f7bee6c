package dev.snakebox.compiler;

import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;

/**
 * The statements that raise: {@code raise [exc [from cause]]} and {@code assert test[, msg]};
 * CPython 3.13's Raise case of {@code compiler_visit_stmt} and {@code compiler_assert}
 * ({@code Python/compile.c}).
 */
final class RaiseCodeGen {
    private RaiseCodeGen() {}

    /** RAISE_VARARGS with 0 (re-raise), 1 (exc) or 2 (exc, cause) items. */
    static void raise(CodeGen g, StmtNode.Raise s) {
        int n = 0;
        if (s.exc != null) {
            g.visitExpr(s.exc);
            n++;
            if (s.cause != null) {
                g.visitExpr(s.cause);
                n++;
            }
        }
        g.addopI(Location.of(s), Opcodes.RAISE_VARARGS, n);
    }

    /**
     * Jumps over the raise when the test is true; the raise takes the test's location, the
     * AssertionError (and its call with the message) the statement's.
     */
    static void assertStmt(CodeGen g, StmtNode.Assert s) {
        SyntaxWarnings.checkAssert(g, s);
        if (g.optimize > 0) {
            return;
        }
        Location loc = Location.of(s);
        int end = g.newLabel();
        g.jumpIf(loc, s.test, end, true);
        g.addop(loc, Opcodes.LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            g.visitExpr(s.msg);
            g.addopI(loc, Opcodes.CALL, 0);
        }
        g.addopI(Location.of(s.test), Opcodes.RAISE_VARARGS, 1);
        g.useLabel(end);
    }
}
