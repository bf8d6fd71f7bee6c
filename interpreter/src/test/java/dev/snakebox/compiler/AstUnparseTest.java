package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import org.junit.jupiter.api.Test;

/**
 * {@link AstUnparse}, CPython's {@code ast_unparse.c}; the dis goldens annotations_future and
 * annotations_unparsed compare many more forms with python3.13.
 */
class AstUnparseTest {
    private static String unparse(String expr) {
        ExprNode e = ((StmtNode.Expr) Listing.parse(expr + "\n").body.get(0)).value;
        return AstUnparse.unparse(e);
    }

    @Test
    void parenthesesFollowPrecedence() {
        assertEquals("(a + b) * c", unparse("(a+b)*c"));
        assertEquals("a - (b - c)", unparse("a-(b-c)"));
        assertEquals("a ** b ** c", unparse("a**(b**c)"));
        assertEquals("(a ** b) ** c", unparse("(a**b)**c"));
        assertEquals("(a, b)", unparse("a, b"));
    }

    @Test
    void literalsAreWrittenAsCPythonWritesThem() {
        assertEquals("1e309", unparse("1e400"));
        assertEquals("1e309j", unparse("1e400j"));
        assertEquals("1 .real", unparse("1 .real"));
        assertEquals("f'{x!r:>{w}}'", unparse("f'{x!r:>{w}}'"));
    }

    @Test
    void aLongOperatorChainNeedsNoDeepRecursion() {
        StringBuilder sb = new StringBuilder("a");
        for (int i = 0; i < 20000; i++) {
            sb.append(" + a");
        }
        assertEquals(sb.toString(), unparse(sb.toString()));
    }
}
