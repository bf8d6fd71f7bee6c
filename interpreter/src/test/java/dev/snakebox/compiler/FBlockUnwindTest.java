package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.snakebox.ast.ModNode;
import org.junit.jupiter.api.Test;

/**
 * {@link FBlockUnwind} through {@link CodeGen#unwindFBlockStack}, as a {@code return} uses it:
 * every block up to the function's top is left, with the returned value kept on top.
 */
class FBlockUnwindTest {
    private static final Location RETURN_AT_9 = new Location(9, 9, 4, 12);

    /** A module unit as compiler_enter_scope leaves it: RESUME on line 0. */
    private static CodeGen unit() {
        ModNode.Module m = Listing.parse("pass\n");
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", CodeUnit.ScopeType.MODULE, m, 1, null);
        return g;
    }

    private static Location line(int n) {
        return new Location(n, n, 0, 1);
    }

    /** Unwinds everything as {@code return value} does, and returns what was emitted. */
    private static String unwindForReturn(CodeGen g) {
        int blocks = g.u.fblocks.size();
        Location[] loc = {RETURN_AT_9};
        assertNull(g.unwindFBlockStack(loc, true, false));
        assertEquals(blocks, g.u.fblocks.size(), "the block stack is restored");
        g.addop(loc[0], dev.snakebox.bytecode.Opcodes.RETURN_VALUE);
        return Listing.of(g.u.seq);
    }

    @Test
    void theValueIsSwappedAboveWhatEachBlockPops() {
        CodeGen g = unit();
        g.pushFBlock(line(1), FBlock.Type.FOR_LOOP, g.newLabel(), g.newLabel(), null);
        g.pushFBlock(line(2), FBlock.Type.WITH, g.newLabel(), g.newLabel(), null);
        g.pushFBlock(line(3), FBlock.Type.HANDLER_CLEANUP, g.newLabel(), -1, "e");
        g.pushFBlock(line(4), FBlock.Type.FINALLY_END, g.newLabel(), -1, null);
        assertEquals(lines(
                "RESUME 0 @0",
                // FINALLY_END: the exception below the value goes, then the saved one is restored
                "SWAP 2 @9",
                "POP_TOP @9",
                "SWAP 2 @9",
                "POP_BLOCK @9",
                "POP_EXCEPT @9",
                // HANDLER_CLEANUP of "except ... as e"
                "POP_BLOCK @9",
                "SWAP 2 @9",
                "POP_BLOCK @9",
                "POP_EXCEPT @9",
                "LOAD_CONST 0 @9",
                "STORE_NAME 0 @9",
                "DELETE_NAME 0 @9",
                // WITH: __exit__ at the with item's line; what follows is artificial
                "POP_BLOCK @2",
                "SWAP 2 @2",
                "LOAD_CONST 0 @2",
                "LOAD_CONST 0 @2",
                "LOAD_CONST 0 @2",
                "CALL 2 @2",
                "POP_TOP @2",
                // FOR_LOOP: the iterator
                "SWAP 2 @-",
                "POP_TOP @-",
                "RETURN_VALUE @-"), unwindForReturn(g));
    }

    @Test
    void theFinallyBodyRunsWithTheValueAsAPoppableBlock() {
        CodeGen g = unit();
        g.pushFBlock(line(1), FBlock.Type.FOR_LOOP, g.newLabel(), g.newLabel(), null);
        g.pushFBlock(line(2), FBlock.Type.FINALLY_TRY, g.newLabel(), g.newLabel(),
                Listing.parse("\n\nif x:\n    break\n").body);
        g.pushFBlock(line(3), FBlock.Type.TRY_EXCEPT, g.newLabel(), -1, null);
        g.pushFBlock(line(4), FBlock.Type.WHILE_LOOP, g.newLabel(), g.newLabel(), null);
        String listing = unwindForReturn(g);
        assertEquals(lines(
                "RESUME 0 @0",
                "POP_BLOCK @9", // TRY_EXCEPT
                "POP_BLOCK @9", // FINALLY_TRY, keeping the return's line
                "LOAD_NAME 0 @3",
                "TO_BOOL @3",
                "POP_JUMP_IF_FALSE ->10 @3",
                "NOP @4",
                "POP_TOP @4", // break drops the value being returned (POP_VALUE) ...
                "POP_TOP @4", // ... and the iterator
                "JUMP ->-1 @4", // the loop's exit, a label this test never places
                "SWAP 2 @-",
                "POP_TOP @-",
                "RETURN_VALUE @-"), listing);
    }
}
