package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** The instructions {@link TryCodeGen} emits, before the flow graph optimises them. */
class TryCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void handlersAreTriedInOrderAndANamedOneDeletesItsName() {
        assertEquals(lines(
                "RESUME 0 @0",
                "SETUP_FINALLY ->8 @1",
                "LOAD_NAME 0 @2",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "LOAD_NAME 1 @8", // else
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->38 @-",
                "SETUP_CLEANUP ->35 @-",
                "PUSH_EXC_INFO @-",
                "LOAD_NAME 2 @3",
                "CHECK_EXC_MATCH @3",
                "POP_JUMP_IF_FALSE ->28 @3",
                "STORE_NAME 3 @3",
                "SETUP_CLEANUP ->24 @3",
                "LOAD_NAME 4 @4",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "POP_BLOCK @-",
                "POP_EXCEPT @-",
                "LOAD_CONST 0 @-",
                "STORE_NAME 3 @-",
                "DELETE_NAME 3 @-",
                "JUMP_NO_INTERRUPT ->38 @-",
                "LOAD_CONST 0 @-", // the body raised: the name goes too
                "STORE_NAME 3 @-",
                "DELETE_NAME 3 @-",
                "RERAISE 1 @-",
                "POP_TOP @5", // bare except
                "LOAD_NAME 5 @6",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "POP_EXCEPT @-",
                "JUMP_NO_INTERRUPT ->38 @-",
                "RERAISE 0 @-", // no handler matched
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"),
                codegen("try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\n"));
    }

    @Test
    void theFinallyBodyIsCompiledForBothExits() {
        assertEquals(lines(
                "RESUME 0 @0",
                "SETUP_FINALLY ->8 @1",
                "LOAD_NAME 0 @2",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "LOAD_NAME 1 @4",
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->16 @-",
                "SETUP_CLEANUP ->13 @-",
                "PUSH_EXC_INFO @-",
                "LOAD_NAME 1 @4",
                "POP_TOP @-",
                "RERAISE 0 @-",
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("try:\n    a\nfinally:\n    b\n"));
    }

    @Test
    void breakThroughFinallyRunsTheFinallyBodyAfterAnUnwindingPopBlock() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "GET_ITER @1",
                "FOR_ITER ->26 @1",
                "NOP @1",
                "STORE_NAME 1 @1",
                "SETUP_FINALLY ->17 @2",
                "NOP @3",
                "POP_BLOCK @3", // keeps the break's line
                "LOAD_NAME 2 @5",
                "POP_TOP @-",
                "POP_TOP @-", // the iterator, artificial after the finally body
                "JUMP ->28 @-",
                "POP_BLOCK @-",
                "LOAD_NAME 2 @5",
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->25 @-",
                "SETUP_CLEANUP ->22 @-",
                "PUSH_EXC_INFO @-",
                "LOAD_NAME 2 @5",
                "POP_TOP @-",
                "RERAISE 0 @-",
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "JUMP ->3 @-",
                "END_FOR @-",
                "POP_TOP @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"),
                codegen("for x in y:\n    try:\n        break\n    finally:\n        z\n"));
    }

    @Test
    void aBareExceptMustBeLast() {
        SourceError e = assertThrows(SourceError.class,
                () -> codegen("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n"));
        assertEquals("default 'except:' must be last", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(4, e.endLineno);
        assertEquals(9, e.endOffset);
    }
}
