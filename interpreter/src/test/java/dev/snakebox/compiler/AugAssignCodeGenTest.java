package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Augmented assignment before optimisation ({@link AugAssignCodeGen}). */
class AugAssignCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void aSliceTargetKeepsItsThreePartsForTheStore() {
        // COPY 3 three times keeps object, start and stop; SWAPs put the result under them
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_NAME 1 @1",
                "LOAD_NAME 2 @1",
                "COPY 3 @1",
                "COPY 3 @1",
                "COPY 3 @1",
                "BINARY_SLICE @1",
                "LOAD_NAME 3 @1",
                "BINARY_OP 13 @1",
                "SWAP 4 @1",
                "SWAP 3 @1",
                "SWAP 2 @1",
                "STORE_SLICE @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("a[i:j] += x\n"));
    }
}
