package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** The instructions {@link TryStarCodeGen} emits, before the flow graph optimises them. */
class TryStarCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void handlersSplitTheGroupAndCollectWhatIsLeftToReraise() {
        assertEquals(lines(
                "RESUME 0 @0",
                "SETUP_FINALLY ->6 @1",
                "LOAD_NAME 0 @2",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "JUMP_NO_INTERRUPT ->48 @-", // to the (empty) else body
                "SETUP_CLEANUP ->45 @-",
                "PUSH_EXC_INFO @-",
                "BUILD_LIST 0 @3", // the results
                "COPY 2 @3",
                "LOAD_NAME 1 @3",
                "CHECK_EG_MATCH @3",
                "COPY 1 @3",
                "POP_JUMP_IF_NONE ->31 @3",
                "STORE_NAME 2 @3",
                "SETUP_CLEANUP ->23 @3",
                "LOAD_NAME 3 @4",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "LOAD_CONST 0 @-",
                "STORE_NAME 2 @-",
                "DELETE_NAME 2 @-",
                "JUMP_NO_INTERRUPT ->29 @-",
                "LOAD_CONST 0 @-", // the body raised
                "STORE_NAME 2 @-",
                "DELETE_NAME 2 @-",
                "LIST_APPEND 3 @-",
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->32 @-",
                "NOP @-",
                "JUMP_NO_INTERRUPT ->32 @-",
                "POP_TOP @3", // no match
                "LIST_APPEND 1 @-", // the unmatched rest
                "JUMP_NO_INTERRUPT ->34 @-",
                "CALL_INTRINSIC_2 1 @-", // PREP_RERAISE_STAR
                "COPY 1 @-",
                "POP_JUMP_IF_NOT_NONE ->41 @-",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "POP_EXCEPT @-",
                "JUMP_NO_INTERRUPT ->48 @-",
                "POP_BLOCK @-",
                "SWAP 2 @-",
                "POP_EXCEPT @-",
                "RERAISE 0 @-",
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("try:\n    a\nexcept* E as e:\n    b\n"));
    }

    @Test
    void breakInAnExceptStarBodyIsASyntaxErrorAtTheBreak() {
        SourceError e = assertThrows(SourceError.class,
                () -> codegen("for x in y:\n    try:\n        pass\n    except* E:\n        break\n"));
        assertEquals("'break', 'continue' and 'return' cannot appear in an except* block", e.msg);
        assertEquals(5, e.lineno);
        assertEquals(9, e.offset);
    }

    @Test
    void continueThroughAFinallyInExceptStarHasNoLocation() {
        // unwinding the finally made the location artificial before the except* block was met
        SourceError e = assertThrows(SourceError.class, () -> codegen(
                "for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            continue\n"
                        + "        finally:\n            f()\n"));
        assertEquals("'break', 'continue' and 'return' cannot appear in an except* block", e.msg);
        assertEquals(-1, e.lineno);
        assertEquals(0, e.offset);
    }

    @Test
    void loopsInsideAnExceptStarBodyMayBreak() {
        String listing = codegen("while x:\n    try:\n        pass\n    except* E:\n        for i in y:\n"
                + "            break\n");
        assertEquals(true, listing.contains("CHECK_EG_MATCH"));
    }
}
