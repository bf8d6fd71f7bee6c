package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The instructions {@link RaiseCodeGen} emits, before the flow graph optimises them. */
class RaiseCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void raiseCountsItsItems() {
        assertEquals(lines(
                "RESUME 0 @0",
                "RAISE_VARARGS 0 @1",
                "LOAD_NAME 0 @2",
                "RAISE_VARARGS 1 @2",
                "LOAD_NAME 0 @3",
                "LOAD_NAME 1 @3",
                "RAISE_VARARGS 2 @3",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("raise\nraise E\nraise E from C\n"));
    }

    @Test
    void assertRaisesAtTheTestsLocation() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_TRUE ->8 @2",
                "LOAD_ASSERTION_ERROR @1", // the statement's line
                "LOAD_NAME 1 @3",
                "CALL 0 @1",
                "RAISE_VARARGS 1 @2", // the test's line
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("assert (\n    x), (\n    m)\n"));
    }
}
