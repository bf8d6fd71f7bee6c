package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import org.junit.jupiter.api.Test;

/** Attribute and subscript access before optimisation ({@link AccessCodeGen}). */
class AccessCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void delOfAnAttributeAndASubscript() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "DELETE_ATTR 1 @1",
                "LOAD_NAME 2 @1",
                "LOAD_CONST 0 @1",
                "DELETE_SUBSCR @1",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("del a.b, c[0]\n"));
    }

    @Test
    void anAttributeSpanningLinesIsLocatedAtItsName() {
        // update_start_location_to_match_attr: line 2, from the name "bc" (2 code points) on
        ExprNode.Attribute a = (ExprNode.Attribute) ((StmtNode.Expr) Listing.parse("(x\n  .bc)\n").body.get(0)).value;
        Location loc = AccessCodeGen.matchAttr(Location.of(a), a);
        assertEquals("2:3-2:5", loc.toString());
        ExprNode.Attribute one = (ExprNode.Attribute) ((StmtNode.Expr) Listing.parse("x.bc\n").body.get(0)).value;
        assertEquals("1:0-1:4", AccessCodeGen.matchAttr(Location.of(one), one).toString());
    }
}
