package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** Calls before optimisation ({@link CallCodeGen}): method loads, keyword names, and the errors. */
class CallCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void aMethodCallLoadsTheMethodWithItsObject() {
        // LOAD_ATTR with the method bit: oparg = name index << 1 | 1
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_ATTR 3 @1",
                "LOAD_NAME 2 @1",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 1 @1",
                "CALL_KW 2 @1",
                "POP_TOP @-",
                "LOAD_CONST 2 @-",
                "RETURN_VALUE @-"), codegen("o.m(a, k=1)\n"));
    }

    @Test
    void anImportedModuleIsNoMethodOwner() {
        // is_import_originated: LOAD_ATTR without the method bit, then PUSH_NULL
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_CONST 0 @1",
                "LOAD_CONST 1 @1",
                "IMPORT_NAME 0 @1",
                "STORE_NAME 0 @1",
                "LOAD_NAME 0 @2",
                "LOAD_ATTR 2 @2",
                "PUSH_NULL @2",
                "CALL 0 @2",
                "POP_TOP @-",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("import os\nos.getcwd()\n"));
    }

    @Test
    void aCallSpanningLinesIsLocatedAtTheMethodName() {
        // update_start_location_to_match_attr: the load and the call sit on the name's line
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "LOAD_ATTR 3 @2",
                "CALL 0 @2",
                "POP_TOP @-",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("(o\n .m)()\n"));
    }

    @Test
    void starredAndDoubleStarredArgumentsGoThroughCallFunctionEx() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "PUSH_NULL @1",
                "LOAD_NAME 1 @1",
                "BUILD_LIST 1 @1",
                "LOAD_NAME 2 @1",
                "LIST_EXTEND 1 @1",
                "CALL_INTRINSIC_1 6 @1",
                "LOAD_CONST 0 @1",
                "LOAD_NAME 3 @1",
                "BUILD_MAP 1 @1",
                "LOAD_NAME 4 @1",
                "DICT_MERGE 1 @1",
                "CALL_FUNCTION_EX 1 @1",
                "POP_TOP @-",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("f(a, *b, k=c, **d)\n"));
    }

    @Test
    void aRepeatedKeywordIsReportedAtItsFirstRepetition() {
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen("f(b=1, a=2, a=3, b=4)\n"));
        assertEquals("keyword argument repeated: b", e.msg);
        assertEquals(18, e.offset); // "b=4", the first repetition of the first repeated keyword
    }

    @Test
    void manyKeywordsAreCheckedInLinearTime() {
        StringBuilder sb = new StringBuilder("f(");
        for (int i = 0; i < 50000; i++) {
            sb.append("k").append(i).append("=1, ");
        }
        sb.append("k49999=2)\n");
        SourceError e = assertThrows(SourceError.class, () -> CallCodeGen.validateKeywords(
                ((dev.snakebox.ast.ExprNode.Call) ((dev.snakebox.ast.StmtNode.Expr) Listing.parse(sb.toString())
                        .body.get(0)).value).keywords));
        assertEquals("keyword argument repeated: k49999", e.msg);
    }
}
