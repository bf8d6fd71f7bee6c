package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** The instructions {@link ForCodeGen} emits, before the flow graph optimises them. */
class ForCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    /**
     * The statements of {@code source} as the body of an {@code async def}, in {@link #shape}:
     * an async function unit starts with RESUME as compiler_enter_scope leaves it.
     */
    static String asyncCodegen(String source) {
        ModNode.Module m = AstOptimizer.optimize(Listing.parse("async def f():\n" + source.replaceAll("(?m)^", "    ")));
        StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) m.body.get(0);
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", CodeUnit.ScopeType.MODULE, m, 1, null);
        g.units.enter("f", CodeUnit.ScopeType.ASYNC_FUNCTION, f, 1, null);
        g.visitStmts(f.body);
        return shape(Listing.of(g.u.seq));
    }

    /**
     * A listing without what depends on where the statements stand rather than on their shape:
     * line numbers, and the kind and index of the loaded and stored names.
     */
    static String shape(String listing) {
        return listing.replaceAll(" @(-|\\d+)\n", "\n").replaceAll("(LOAD|STORE)_(NAME|GLOBAL|FAST) \\d+", "$1 name");
    }

    @Test
    void breakPopsTheIteratorAndContinueJumpsToForIter() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "GET_ITER @1",
                "FOR_ITER ->15 @1",
                "NOP @1", // the target's line
                "STORE_NAME 1 @1",
                "LOAD_NAME 1 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_FALSE ->12 @2",
                "NOP @3",
                "POP_TOP @3", // break: the iterator goes
                "JUMP ->19 @3", // after the else body
                "NOP @4",
                "JUMP ->3 @4", // continue
                "JUMP ->3 @-",
                "END_FOR @-",
                "POP_TOP @-",
                "LOAD_NAME 2 @6",
                "POP_TOP @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"),
                codegen("for x in y:\n    if x:\n        break\n    continue\nelse:\n    z\n"));
    }

    @Test
    void iteratorAndTargetKeepTheirOwnLines() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @2",
                "GET_ITER @2",
                "FOR_ITER ->8 @2",
                "NOP @1",
                "STORE_NAME 1 @1",
                "NOP @3",
                "JUMP ->3 @-",
                "END_FOR @-",
                "POP_TOP @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("for x in (\n        y):\n    pass\n"));
    }

    @Test
    void asyncForAwaitsAnextUnderAHandlerEndingTheLoop() {
        assertEquals(lines(
                "RESUME 0",
                "LOAD name",
                "GET_AITER",
                "SETUP_FINALLY ->20",
                "GET_ANEXT",
                "LOAD_CONST 0",
                "SEND ->13",
                "SETUP_FINALLY ->12",
                "YIELD_VALUE 1",
                "POP_BLOCK",
                "RESUME 3",
                "JUMP_NO_INTERRUPT ->6",
                "CLEANUP_THROW",
                "END_SEND",
                "POP_BLOCK",
                "STORE name",
                "NOP",
                "POP_TOP", // break pops the async iterator too
                "JUMP ->23",
                "JUMP ->3",
                "END_ASYNC_FOR",
                "LOAD name",
                "POP_TOP"), asyncCodegen("async for x in y:\n    break\nelse:\n    z\n"));
    }

    @Test
    void asyncForOutsideAnAsyncFunctionIsASyntaxError() {
        SourceError e = assertThrows(SourceError.class, () -> codegen("x = 1\nasync for i in y:\n    pass\n"));
        assertEquals("'async for' outside async function", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
    }

    @Test
    void twentyTwoNestedLoopsAreTooMany() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            sb.append("    ".repeat(i)).append("for x in y:\n");
        }
        sb.append("    ".repeat(22)).append("pass\n");
        SourceError e = assertThrows(SourceError.class, () -> codegen(sb.toString()));
        assertEquals("too many statically nested blocks", e.msg);
        assertEquals(22, e.lineno);
    }
}
