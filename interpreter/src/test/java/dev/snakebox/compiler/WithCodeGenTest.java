package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** The instructions {@link WithCodeGen} emits, before the flow graph optimises them. */
class WithCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void itemsNestAndEachHasANormalAndAnExceptionalExit() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "BEFORE_WITH @1",
                "SETUP_WITH ->40 @1",
                "STORE_NAME 1 @1",
                "LOAD_NAME 2 @2", // the second item, on its own line
                "BEFORE_WITH @2",
                "SETUP_WITH ->18 @2",
                "POP_TOP @2",
                "LOAD_NAME 3 @3",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "LOAD_CONST 0 @2",
                "LOAD_CONST 0 @2",
                "LOAD_CONST 0 @2",
                "CALL 2 @2",
                "POP_TOP @2",
                "JUMP ->33 @2",
                "SETUP_CLEANUP ->30 @2",
                "PUSH_EXC_INFO @2",
                "WITH_EXCEPT_START @2",
                "TO_BOOL @-",
                "POP_JUMP_IF_TRUE ->24 @-",
                "RERAISE 2 @-",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "POP_EXCEPT @-",
                "POP_TOP @-",
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->33 @-",
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "POP_BLOCK @-",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 0 @1",
                "CALL 2 @1",
                "POP_TOP @1",
                "JUMP ->55 @1",
                "SETUP_CLEANUP ->52 @1",
                "PUSH_EXC_INFO @1",
                "WITH_EXCEPT_START @1",
                "TO_BOOL @-",
                "POP_JUMP_IF_TRUE ->46 @-",
                "RERAISE 2 @-",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "POP_EXCEPT @-",
                "POP_TOP @-",
                "POP_TOP @-",
                "JUMP_NO_INTERRUPT ->55 @-",
                "COPY 3 @-",
                "POP_EXCEPT @-",
                "RERAISE 1 @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("with (a as b,\n      c):\n    d\n"));
    }

    @Test
    void breakCallsExitAtTheItemsLine() {
        String listing = codegen("for x in y:\n    with (\n      a\n    ):\n        break\n");
        assertEquals(true, listing.contains(lines(
                "NOP @5",
                "POP_BLOCK @3",
                "LOAD_CONST 0 @3",
                "LOAD_CONST 0 @3",
                "LOAD_CONST 0 @3",
                "CALL 2 @3",
                "POP_TOP @3",
                "POP_TOP @-", // the iterator, artificial
                "JUMP ->44 @-")), listing);
    }

    @Test
    void asyncWithAwaitsEnterAndExit() {
        String listing = ForCodeGenTest.asyncCodegen("async with a:\n    pass\n");
        assertEquals(true, listing.startsWith(lines(
                "RESUME 0",
                "LOAD name",
                "BEFORE_ASYNC_WITH",
                "GET_AWAITABLE 1",
                "LOAD_CONST 0",
                "SEND ->12")), listing);
        assertEquals(true, listing.contains(lines(
                "CALL 2",
                "GET_AWAITABLE 2")), listing);
        assertEquals(true, listing.contains(lines(
                "WITH_EXCEPT_START",
                "GET_AWAITABLE 2")), listing);
    }

    @Test
    void asyncWithOutsideAnAsyncFunctionIsASyntaxErrorOverTheStatement() {
        SourceError e = assertThrows(SourceError.class, () -> codegen("async with a as b, c:\n    pass\n"));
        assertEquals("'async with' outside async function", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(2, e.endLineno);
        assertEquals(9, e.endOffset);
    }
}
