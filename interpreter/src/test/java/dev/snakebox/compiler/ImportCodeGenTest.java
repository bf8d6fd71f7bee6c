package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Imports before optimisation ({@link ImportCodeGen}). */
class ImportCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void importAsWalksDownToTheInnermostModule() {
        // IMPORT_FROM b, then c from b, keeping only the last
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 1 @1",
                "IMPORT_NAME 0 @1",
                "IMPORT_FROM 1 @1",
                "SWAP 2 @1",
                "POP_TOP @1",
                "IMPORT_FROM 2 @1",
                "STORE_NAME 3 @1",
                "POP_TOP @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("import a.b.c as d\n"));
    }
}
