package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The instruction sequence {@link ComprehensionCodeGen} generates before any optimisation, in
 * the manner of CPython's {@code test_compiler_codegen}: an inlined comprehension saves the names
 * it binds under the outermost iterator, runs inside a virtual try (SETUP_FINALLY) and restores
 * them with STORE_FAST_MAYBE_NULL on both exits.
 */
class ComprehensionCodeGenTest {
    @Test
    void anInlinedListComprehensionSavesAndRestoresItsVariable() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",              // y
                "GET_ITER @1",
                "LOAD_FAST_AND_CLEAR 0 @1",    // x, a fast local while the comprehension runs
                "SWAP 2 @1",
                "SETUP_FINALLY ->18 @1",
                "BUILD_LIST 0 @1",
                "SWAP 2 @1",
                "GET_ITER @1",
                "FOR_ITER ->14 @1",
                "STORE_FAST 0 @1",
                "LOAD_FAST 0 @1",
                "LIST_APPEND 2 @1",
                "JUMP ->9 @1",
                "END_FOR @-",
                "POP_TOP @-",
                "POP_BLOCK @-",
                "JUMP ->23 @-",
                "SWAP 2 @-",                   // the exception handler: drop the partial list
                "POP_TOP @-",
                "SWAP 2 @1",
                "STORE_FAST_MAYBE_NULL 0 @1",
                "RERAISE 0 @-",
                "SWAP 2 @1",
                "STORE_FAST_MAYBE_NULL 0 @1",
                "STORE_NAME 1 @1",             // z
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), Listing.of(Listing.codegen("z = [x for x in y]\n").seq));
    }
}
