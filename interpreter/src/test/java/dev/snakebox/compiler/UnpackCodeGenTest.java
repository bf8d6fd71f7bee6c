package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unpacking targets before optimisation ({@link UnpackCodeGen}). */
class UnpackCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void aStarredTargetCountsTheTargetsBeforeAndAfterIt() {
        // UNPACK_EX: one before the star in the low byte, one after it in the next
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "UNPACK_EX 257 @1",
                "STORE_NAME 1 @1",
                "STORE_NAME 2 @1",
                "STORE_NAME 3 @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("a, *b, c = d\n"));
    }
}
