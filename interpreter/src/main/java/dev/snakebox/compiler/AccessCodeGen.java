package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyNone;

/**
 * Attribute and subscript access in every context (load, store, delete), slices, and the
 * names of attributes; CPython 3.13's {@code Python/compile.c}: the Attribute, Subscript and
 * Slice cases of {@code compiler_visit_expr1}, {@code compiler_subscript},
 * {@code compiler_slice}, {@code is_two_element_slice},
 * {@code update_start_location_to_match_attr} and {@code compiler_addop_name}.
 */
final class AccessCodeGen {
    private final CodeGen g;

    AccessCodeGen(CodeGen g) {
        this.g = g;
    }

    /** The Attribute case of {@code compiler_visit_expr1}. */
    void attribute(ExprNode.Attribute e) {
        if (e.ctx.kind() == ExprContextNode.Load.KIND && g.supers.canOptimize(e)) {
            g.supers.load(e, false);
            return;
        }
        g.classes.maybeAddStaticAttribute(e);
        g.visitExpr(e.value);
        Location loc = matchAttr(Location.of(e), e);
        switch (e.ctx.kind()) {
            case ExprContextNode.Load.KIND:
                g.addopName(loc, Opcodes.LOAD_ATTR, e.attr);
                break;
            case ExprContextNode.Store.KIND:
                checkForbidden(loc, e.attr);
                g.addopName(loc, Opcodes.STORE_ATTR, e.attr);
                break;
            default:
                g.addopName(loc, Opcodes.DELETE_ATTR, e.attr);
                break;
        }
    }

    /** {@code forbidden_name} for a store: {@code __debug__} cannot be assigned. */
    static void checkForbidden(Location loc, String name) {
        if (name.equals("__debug__")) {
            throw CodeGen.error(loc, "cannot assign to __debug__");
        }
    }

    /**
     * {@code update_start_location_to_match_attr}: an attribute access spanning lines is
     * located at its last line, from the attribute name on, so that a traceback points at the
     * name (as in {@code a\n.b}).
     */
    static Location matchAttr(Location loc, ExprNode.Attribute attr) {
        if (loc.lineno == attr.endLineno) {
            return loc;
        }
        int lineno = attr.endLineno;
        int col;
        int endCol = loc.endColOffset;
        int len = attr.attr.codePointCount(0, attr.attr.length());
        if (len <= attr.endColOffset) {
            col = attr.endColOffset - len;
        } else {
            // a made-up AST: drop the columns
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.max(lineno, loc.endLineno);
        if (lineno == endLineno) {
            endCol = Math.max(col, endCol);
        }
        return new Location(lineno, endLineno, col, endCol);
    }

    /** {@code is_two_element_slice}: {@code a[x:y]} (either bound may be missing) has its own opcodes. */
    static boolean isTwoElementSlice(ExprNode s) {
        return s instanceof ExprNode.Slice && ((ExprNode.Slice) s).step == null;
    }

    /** {@code compiler_subscript}. */
    void subscript(ExprNode.Subscript e) {
        Location loc = Location.of(e);
        int ctx = e.ctx.kind();
        if (ctx == ExprContextNode.Load.KIND) {
            SyntaxWarnings.checkSubscripter(g, e.value);
            SyntaxWarnings.checkIndex(g, e.value, e.slice);
        }
        g.visitExpr(e.value);
        if (isTwoElementSlice(e.slice) && ctx != ExprContextNode.Del.KIND) {
            slice((ExprNode.Slice) e.slice);
            g.addop(loc, ctx == ExprContextNode.Load.KIND ? Opcodes.BINARY_SLICE : Opcodes.STORE_SLICE);
            return;
        }
        g.visitExpr(e.slice);
        int op;
        switch (ctx) {
            case ExprContextNode.Load.KIND:
                op = Opcodes.BINARY_SUBSCR;
                break;
            case ExprContextNode.Store.KIND:
                op = Opcodes.STORE_SUBSCR;
                break;
            default:
                op = Opcodes.DELETE_SUBSCR;
                break;
        }
        g.addop(loc, op);
    }

    /**
     * {@code compiler_slice}: pushes the bounds (None for a missing one) and the step if there
     * is one; returns how many values it pushed.
     */
    int slice(ExprNode.Slice s) {
        Location loc = Location.of(s);
        int n = 2;
        if (s.lower != null) {
            g.visitExpr(s.lower);
        } else {
            g.loadConst(loc, PyNone.NONE);
        }
        if (s.upper != null) {
            g.visitExpr(s.upper);
        } else {
            g.loadConst(loc, PyNone.NONE);
        }
        if (s.step != null) {
            n++;
            g.visitExpr(s.step);
        }
        return n;
    }

    /** The Slice case of {@code compiler_visit_expr1}: a slice object, as in {@code a[x:y:z]} or {@code a[x:y, z]}. */
    void buildSlice(ExprNode.Slice s) {
        int n = slice(s);
        g.addopI(Location.of(s), Opcodes.BUILD_SLICE, n);
    }
}
