package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.SourceError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code generator's instruction sequence before any optimisation, in the manner of CPython's
 * {@code test_compiler_codegen}: pseudo-instructions, unfolded constant tests, artificial
 * (line-less) jumps and the implicit {@code return None}.
 */
class CodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void assignmentThenImplicitReturn() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "STORE_NAME 0 @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("x = 1\n"));
    }

    @Test
    void chainedAssignmentCopiesTheValue() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "COPY 1 @1",
                "STORE_NAME 0 @1",
                "STORE_NAME 1 @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("a = b = 1\n"));
    }

    @Test
    void ifElseJumpsOverTheElseWithAnArtificialJump() {
        // JUMP_NO_INTERRUPT: conditional jumps to it are not threaded (optimize_basic_block only
        // threads through JUMP), as python3.13 shows
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->7 @1",
                "LOAD_CONST 0 @2",
                "STORE_NAME 1 @2",
                "JUMP_NO_INTERRUPT ->9 @-",
                "LOAD_CONST 1 @4",
                "STORE_NAME 1 @4",
                "LOAD_CONST 2 @-",
                "RETURN_VALUE @-"), codegen("if a:\n    x = 1\nelse:\n    x = 2\n"));
    }

    @Test
    void whileTestsAgainAtTheBottom() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->8 @1",
                "NOP @2",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_TRUE ->4 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("while a:\n    pass\n"));
    }

    @Test
    void breakAndContinueLeaveANopForTheirLine() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->11 @1",
                "NOP @2",
                "JUMP ->11 @2",
                "NOP @3",
                "JUMP ->1 @3",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_TRUE ->4 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("while a:\n    break\n    continue\n"));
    }

    @Test
    void compareInAConditionIsFollowedByToBool() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_NAME 1 @1",
                "COMPARE_OP 2 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->7 @1",
                "NOP @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("if a < b: pass\n"));
    }

    @Test
    void chainedComparisonValueUsesSwapAndCopy() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_NAME 1 @1",
                "SWAP 2 @1",
                "COPY 2 @1",
                "COMPARE_OP 2 @1", // <
                "COPY 1 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->13 @1",
                "POP_TOP @1",
                "LOAD_NAME 2 @1",
                "COMPARE_OP 42 @1", // <=
                "JUMP_NO_INTERRUPT ->15 @-",
                "SWAP 2 @1",
                "POP_TOP @1",
                "STORE_NAME 3 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("r = a < b <= c\n"));
    }

    @Test
    void chainedComparisonConditionCleansUp() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_NAME 1 @1",
                "SWAP 2 @1",
                "COPY 2 @1",
                "COMPARE_OP 72 @1", // ==
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->13 @1", // to the cleanup
                "LOAD_NAME 2 @1",
                "COMPARE_OP 103 @1", // !=
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->16 @1", // past the body
                "JUMP_NO_INTERRUPT ->15 @-", // into the body
                "POP_TOP @1",
                "JUMP_NO_INTERRUPT ->16 @-",
                "NOP @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("if a == b != c: pass\n"));
    }

    @Test
    void boolOpValueKeepsTheDecidingOperand() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "COPY 1 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->7 @1",
                "POP_TOP @1",
                "LOAD_NAME 1 @1",
                "STORE_NAME 2 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("r = a and b\n"));
    }

    @Test
    void orInAConditionJumpsStraightToTheBody() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_TRUE ->7 @1",
                "LOAD_NAME 1 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->8 @1",
                "NOP @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("if a or b: pass\n"));
    }

    @Test
    void notInAConditionSwapsTheJump() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_TRUE ->5 @1",
                "NOP @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("if not a: pass\n"));
    }

    @Test
    void notAsAValue() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "UNARY_NOT @1",
                "STORE_NAME 1 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("r = not a\n"));
    }

    @Test
    void conditionalExpression() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->6 @1",
                "LOAD_NAME 1 @1",
                "JUMP_NO_INTERRUPT ->7 @-",
                "LOAD_NAME 2 @1",
                "STORE_NAME 3 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("r = b if a else c\n"));
    }

    @Test
    void callPushesNullAfterTheCallable() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "PUSH_NULL @1",
                "LOAD_NAME 1 @1",
                "LOAD_CONST 0 @1",
                "CALL 2 @1",
                "POP_TOP @-",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("print(x, 'y')\n"));
    }

    @Test
    void augmentedAssignmentLoadsOperatesStores() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_CONST 0 @1",
                "BINARY_OP 23 @1", // -=
                "STORE_NAME 0 @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("x -= 1\n"));
    }

    @Test
    void unaryOperators() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "UNARY_NEGATIVE @1",
                "CALL_INTRINSIC_1 5 @1", // INTRINSIC_UNARY_POSITIVE
                "UNARY_INVERT @1",
                "STORE_NAME 1 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("r = ~+-a\n"));
    }

    @Test
    void constantStatementIsANop() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "STORE_NAME 0 @-",
                "NOP @2",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("'doc'\n42\n"));
    }

    @Test
    void constantConditionsAreLeftToTheFlowGraph() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "TO_BOOL @1",
                "POP_JUMP_IF_FALSE ->5 @1",
                "NOP @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("if True: pass\n"));
    }

    @Test
    void breakOutsideALoopIsASyntaxError() {
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen("x = 1\nbreak\n"));
        assertEquals("'break' outside loop", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(6, e.endOffset);
    }

    @Test
    void continueInAWhileElseIsOutsideTheLoop() {
        SourceError e = assertThrows(SourceError.class,
                () -> Listing.codegen("while x:\n  pass\nelse:\n  continue\n"));
        assertEquals("'continue' not properly in loop", e.msg);
        assertEquals(4, e.lineno);
        assertEquals(3, e.offset);
        assertEquals(4, e.endLineno);
        assertEquals(11, e.endOffset);
    }

    @Test
    void errorOffsetsCountUtf8BytesAsCPythonDoes() {
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen("x = 'é' ; break\n"));
        assertEquals(12, e.offset);
        assertEquals(17, e.endOffset);
    }

    @Test
    void assigningDebugIsASyntaxError() {
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen("__debug__ = 1\n"));
        assertEquals("cannot assign to __debug__", e.msg);
        assertEquals(1, e.offset);
        assertEquals(10, e.endOffset);
        e = assertThrows(SourceError.class, () -> Listing.codegen("x = 1\n__debug__ += 1\n"));
        assertEquals("cannot assign to __debug__", e.msg);
        assertEquals(2, e.lineno);
    }

    private static String nestedWhiles(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("    ".repeat(i)).append("while x:\n");
        }
        return sb.append("    ".repeat(n)).append("pass\n").toString();
    }

    @Test
    void twentyOneNestedLoopsAreTheLimit() {
        Listing.codegen(nestedWhiles(21));
        // python3.13: SyntaxError at the 22nd loop, spanning it (lineno 22, offset 85 .. 31, 125)
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen(nestedWhiles(30)));
        assertEquals("too many statically nested blocks", e.msg);
        assertEquals(22, e.lineno);
        assertEquals(85, e.offset);
        assertEquals(31, e.endLineno);
        assertEquals(125, e.endOffset);
    }

    @Test
    void longOperatorChainsAndElifChainsNeedNoDeepRecursion() {
        StringBuilder sum = new StringBuilder("x = a");
        for (int i = 0; i < 20000; i++) {
            sum.append(" + a");
        }
        String listing = Listing.of(Listing.codegen(sum.append('\n').toString()).seq);
        assertEquals(20000, listing.split("BINARY_OP 0 ", -1).length - 1);
        // An elif chain 5000 long, built directly (the parser is not the subject here).
        StmtNode.If chain = null;
        for (int i = 5000; i >= 1; i--) {
            ExprNode test = new ExprNode.Name("x", ExprContextNode.Load.INSTANCE, i, 3, i, 4);
            StmtNode body = new StmtNode.Pass(i, 5, i, 9);
            List<StmtNode> orelse = chain == null ? new ArrayList<>() : new ArrayList<>(List.of(chain));
            chain = new StmtNode.If(test, new ArrayList<>(List.of(body)), orelse, i, 0, 5000, 9);
        }
        ModNode.Module m = new ModNode.Module(new ArrayList<>(List.of(chain)), new ArrayList<>());
        listing = Listing.of(new CodeGen().module(AstOptimizer.optimize(m)).seq);
        assertEquals(5000, listing.split("POP_JUMP_IF_FALSE", -1).length - 1);
    }

    @Test
    void aTupleOfConstantsIsOneConstant() {
        // fold_tuple in the AST optimiser
        CodeUnit u = Listing.codegen("t = (1, 'a', (None, 2.5))\n");
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "STORE_NAME 0 @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), Listing.of(u.seq));
        assertEquals("(1, 'a', (None, 2.5))", u.consts.toArray()[0].repr());
    }
}
