package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.lexer.SourceError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassCodeGen}'s pieces that the listings cannot show yet: the attributes a method
 * assigns on {@code self} collected for the nearest class's {@code __static_attributes__}, and
 * the keyword checks of {@code validate_keywords} (the class statement's positions are
 * python3.13's, from {@code errors/class_keyword_*}).
 */
class ClassCodeGenTest {
    @Test
    void storesOnSelfInMethodsAndTheirNestedFunctionsAreStaticAttributesOfTheNearestClass() {
        ModNode.Module m = Listing.parse("class C:\n    def m(self):\n        def g():\n"
                + "            self.b = self.a = 1\n            other.c = 2\n            self.d\n");
        StmtNode.ClassDef c = (StmtNode.ClassDef) m.body.get(0);
        StmtNode.FunctionDef method = (StmtNode.FunctionDef) c.body.get(0);
        StmtNode.FunctionDef inner = (StmtNode.FunctionDef) method.body.get(0);
        CodeGen g = new CodeGen(SymbolTable.build(m), "<test>");
        g.units.enter("<module>", ScopeType.MODULE, m, 1, null);
        g.units.enter("C", ScopeType.CLASS, c, 1, "C");
        CodeUnit classUnit = g.u;
        g.units.enter("m", ScopeType.FUNCTION, method, 2, null);
        g.units.enter("g", ScopeType.FUNCTION, inner, 3, null);
        StmtNode.Assign assign = (StmtNode.Assign) inner.body.get(0);
        for (ExprNode target : assign.targets) {
            g.classes.maybeAddStaticAttribute((ExprNode.Attribute) target);
        }
        g.classes.maybeAddStaticAttribute((ExprNode.Attribute) ((StmtNode.Assign) inner.body.get(1)).targets.get(0));
        g.classes.maybeAddStaticAttribute((ExprNode.Attribute) ((StmtNode.Expr) inner.body.get(2)).value);
        assertEquals(List.of("b", "a"), List.copyOf(classUnit.staticAttributes));
    }

    @Test
    void aRepeatedKeywordIsAnErrorAtItsSecondUse() {
        SourceError e = assertThrows(SourceError.class,
                () -> Listing.codegen("class C(metaclass=M, metaclass=N):\n    pass\n"));
        assertEquals("keyword argument repeated: metaclass", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(22, e.offset);
        assertEquals(33, e.endOffset);
    }

    @Test
    void aKeywordNamedDebugIsAnError() {
        SourceError e = assertThrows(SourceError.class, () -> Listing.codegen("class C(__debug__=1):\n    pass\n"));
        assertEquals("cannot assign to __debug__", e.msg);
        assertEquals(9, e.offset);
    }
}
