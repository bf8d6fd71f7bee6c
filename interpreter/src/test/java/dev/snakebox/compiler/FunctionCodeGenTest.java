package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import org.junit.jupiter.api.Test;

/**
 * The instruction sequences {@link FunctionCodeGen} generates before any optimisation: the
 * function object's attributes pushed in CPython's order (defaults tuple, keyword-only dict,
 * annotation pairs) and set in the reverse order, the StopIteration handler inserted before
 * RESUME, and {@code return} leaving a loop.
 */
class FunctionCodeGenTest {
    @Test
    void defaultsKeywordDefaultsAndAnnotationsThenTheirAttributes() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",          // 1
                "BUILD_TUPLE 1 @1",         // folded into (1,) by the flow graph
                "LOAD_CONST 1 @1",          // 2
                "LOAD_CONST 2 @1",          // ('b',)
                "BUILD_CONST_KEY_MAP 1 @1",
                "LOAD_CONST 3 @1",          // 'return'
                "LOAD_NAME 0 @1",           // int
                "BUILD_TUPLE 2 @1",
                "LOAD_CONST 4 @1",          // the code object
                "MAKE_FUNCTION @1",
                "SET_FUNCTION_ATTRIBUTE 4 @1",
                "SET_FUNCTION_ATTRIBUTE 2 @1",
                "SET_FUNCTION_ATTRIBUTE 1 @1",
                "STORE_NAME 1 @1",
                "LOAD_CONST 5 @-",
                "RETURN_VALUE @-"), Listing.of(Listing.codegen("def f(a=1, *, b=2) -> int: pass\n").seq));
    }

    @Test
    void aGeneratorsBodyIsWrappedInAStopIterationHandlerFromItsFirstInstruction() {
        ModNode.Module m = Listing.parse("def g():\n    yield 1\n");
        StmtNode.FunctionDef f = (StmtNode.FunctionDef) m.body.get(0);
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", ScopeType.MODULE, m, 1, null);
        g.units.enter("g", ScopeType.FUNCTION, f, 1, null);
        g.visitStmt(f.body.get(0));
        g.functions.wrapInStopIterationHandler();
        assertEquals(lines(
                "SETUP_CLEANUP ->8 @-",     // inserted first; the label map moved along
                "RESUME 0 @1",
                "LOAD_CONST 0 @2",
                "YIELD_VALUE 0 @2",
                "RESUME 1 @2",
                "POP_TOP @-",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-",
                "CALL_INTRINSIC_1 3 @-",    // INTRINSIC_STOPITERATION_ERROR
                "RERAISE 1 @-"), Listing.of(g.u.seq));
    }

    @Test
    void returnInALoopNeedsNoUnwinding() {
        ModNode.Module m = Listing.parse("def f(n):\n    while n:\n        return n\n");
        StmtNode.FunctionDef f = (StmtNode.FunctionDef) m.body.get(0);
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", ScopeType.MODULE, m, 1, null);
        g.units.enter("f", ScopeType.FUNCTION, f, 1, null);
        g.visitStmt(f.body.get(0));
        assertEquals(lines(
                "RESUME 0 @1",
                "LOAD_FAST 0 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_FALSE ->9 @2",  // past the end: the else (none) and after
                "LOAD_FAST 0 @3",
                "RETURN_VALUE @3",
                "LOAD_FAST 0 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_TRUE ->4 @2"), Listing.of(g.u.seq));
    }

    @Test
    void underFutureAnnotationsTheAnnotationsAreTheirText() {
        ModNode.Module m = Listing.parse("from __future__ import annotations\ndef f(a: list[int], *b: *Ts) -> (\n  None):\n"
                + "    pass\n");
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", ScopeType.MODULE, m, 1, null);
        g.visitStmt(m.body.get(1));
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @2",          // 'a', at the function
                "LOAD_CONST 1 @2",          // 'list[int]', at the annotation
                "LOAD_CONST 2 @2",
                "LOAD_CONST 3 @2",          // '*Ts'
                "LOAD_CONST 4 @2",
                "LOAD_CONST 5 @3",          // 'None', on its own line
                "BUILD_TUPLE 6 @2",
                "LOAD_CONST 6 @2",
                "MAKE_FUNCTION @2",
                "SET_FUNCTION_ATTRIBUTE 4 @2",
                "STORE_NAME 0 @2"), Listing.of(g.u.seq));
        StringBuilder consts = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            consts.append(g.u.consts.get(i).repr()).append(' ');
        }
        assertEquals("'a' 'list[int]' 'b' '*Ts' 'return' 'None' ", consts.toString());
    }
}
