package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LOAD_SUPER_ATTR for {@code super().x} and {@code super(C, o).x} ({@link SuperCodeGen}), as
 * python3.13 compiles them (its listing of such a method: LOAD_GLOBAL super, LOAD_DEREF
 * __class__ or the two arguments, LOAD_FAST self, LOAD_SUPER_ATTR with the name index shifted
 * by two and the bits 1 (method) and 2 (two arguments)), and when it does not apply.
 */
class SuperCodeGenTest {
    /** A method's unit, entered as code generation would, and the attributes its return tuple holds. */
    private static final class Method {
        final CodeGen g;
        final List<ExprNode> values;

        Method(String source) {
            ModNode.Module m = Listing.parse(source);
            g = new CodeGen(SymbolTable.build(m), "<test>");
            StmtNode.ClassDef c = (StmtNode.ClassDef) m.body.get(0);
            StmtNode.FunctionDef f = (StmtNode.FunctionDef) c.body.get(0);
            g.units.enter("<module>", ScopeType.MODULE, m, 1, null);
            g.units.enter(c.name, ScopeType.CLASS, c, c.lineno, c.name);
            g.units.enter(f.name, ScopeType.FUNCTION, f, f.lineno, null);
            g.u.argcount = f.args.args.size();
            ExprNode value = ((StmtNode.Return) f.body.get(f.body.size() - 1)).value;
            values = value instanceof ExprNode.Tuple ? ((ExprNode.Tuple) value).elts : List.of(value);
        }

        ExprNode.Attribute attr(int i) {
            ExprNode e = values.get(i);
            return (ExprNode.Attribute) (e instanceof ExprNode.Call ? ((ExprNode.Call) e).func : e);
        }
    }

    @Test
    void theFourForms() {
        Method m = new Method("class C:\n    def m(self, x):\n"
                + "        return super().f, super(C, x).g, super().h(1), super(C, self).k()\n");
        for (int i = 0; i < 4; i++) {
            assertTrue(m.g.supers.canOptimize(m.attr(i)));
            m.g.supers.load(m.attr(i), i >= 2);
        }
        assertEquals(lines(
                "RESUME 0 @2",
                "LOAD_GLOBAL 0 @3", "LOAD_DEREF 0 @3", "LOAD_FAST 0 @3", "LOAD_SUPER_ATTR 4 @3", "NOP @3",
                "LOAD_GLOBAL 0 @3", "LOAD_GLOBAL 4 @3", "LOAD_FAST 1 @3", "LOAD_SUPER_ATTR 14 @3", "NOP @3",
                "LOAD_GLOBAL 0 @3", "LOAD_DEREF 0 @3", "LOAD_FAST 0 @3", "LOAD_SUPER_ATTR 17 @3", "NOP @3",
                "LOAD_GLOBAL 0 @3", "LOAD_GLOBAL 4 @3", "LOAD_FAST 0 @3", "LOAD_SUPER_ATTR 23 @3", "NOP @3"),
                Listing.of(m.g.u.seq));
    }

    @Test
    void notForAShadowedSuperNorWithoutParametersNorForDunderClass() {
        Method shadowed = new Method("class C:\n    def m(self):\n        super = 1\n        return super().f\n");
        assertFalse(shadowed.g.supers.canOptimize(shadowed.attr(0)));
        Method local = new Method("class C:\n    def m(self):\n        return super().f, super\n");
        assertTrue(local.g.supers.canOptimize(local.attr(0)));
        Method global = new Method("class C:\n    def m(self):\n        return super().f\nsuper = 1\n");
        assertFalse(global.g.supers.canOptimize(global.attr(0)));
        Method noParams = new Method("class C:\n    def m():\n        return super().f\n");
        assertFalse(noParams.g.supers.canOptimize(noParams.attr(0)));
        Method dunder = new Method("class C:\n    def m(self):\n        return super().__class__\n");
        assertFalse(dunder.g.supers.canOptimize(dunder.attr(0)));
        Method oneArg = new Method("class C:\n    def m(self):\n        return super(C).f\n");
        assertFalse(oneArg.g.supers.canOptimize(oneArg.attr(0)));
        Method starred = new Method("class C:\n    def m(self):\n        return super(*a, *b).f\n");
        assertFalse(starred.g.supers.canOptimize(starred.attr(0)));
    }

    @Test
    void aMultiLineAttributeStartsAtItsName() {
        ExprNode.Attribute attr = (ExprNode.Attribute) ((StmtNode.Expr) Listing.parse("(a\n  .bc)\n").body.get(0)).value;
        Location loc = AccessCodeGen.matchAttr(Location.of(attr), attr);
        assertEquals("2:3-2:5", loc.toString());
    }
}
