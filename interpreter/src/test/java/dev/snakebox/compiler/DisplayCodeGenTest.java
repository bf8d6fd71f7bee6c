package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Displays before optimisation ({@link DisplayCodeGen}, starunpack_helper in {@link CodeGen}). */
class DisplayCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void aDictWithUnpackingIsMergedFromParts() {
        // the run before ** becomes a dict that DICT_UPDATE extends
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 1 @1",
                "BUILD_MAP 1 @1",
                "LOAD_NAME 0 @1",
                "DICT_UPDATE 1 @1",
                "STORE_NAME 1 @1",
                "LOAD_CONST 2 @-",
                "RETURN_VALUE @-"), codegen("x = {\"a\": 1, **m}\n"));
    }

    @Test
    void aSetOfConstantsIsAFrozensetConstant() {
        // the frozenset is constant 0; the set itself is built at run time
        assertEquals(lines(
                "RESUME 0 @0",
                "BUILD_SET 0 @1",
                "LOAD_CONST 0 @1",
                "SET_UPDATE 1 @1",
                "STORE_NAME 0 @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("x = {1, 2, 3}\n"));
    }

    @Test
    void frozensetConstantsIterateAs64BitCPythonWithHashSeedZero() {
        // python3.13 -m dis on 64-bit CPython with PYTHONHASHSEED=0 (the 32-bit oracle's str
        // hashes, and so its orders, differ)
        CodeUnit u = Listing.codegen("x = {'a', 'b', 'c'}\ny = z in {'spam', 'eggs', 'ham', 'x', '\u00e9', '\u20ac'}\n");
        assertEquals("frozenset({'c', 'a', 'b'})", u.consts.get(0).repr());
        assertEquals("frozenset({'x', '\u00e9', 'eggs', 'ham', '\u20ac', 'spam'})", u.consts.get(1).repr());
    }
}
