package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Opcodes;
import java.util.Iterator;

/**
 * {@code super().attr} and {@code super().method(...)} without making the super object:
 * LOAD_SUPER_ATTR with the class (the {@code __class__} cell, or the two explicit arguments)
 * and the instance; CPython 3.13's {@code can_optimize_super_call},
 * {@code load_args_for_super} and {@code update_start_location_to_match_attr}
 * ({@code Python/compile.c}).
 *
 * <p>The code generation of attribute loads and method calls asks {@link #canOptimize} first
 * and, if so, lets {@link #load} emit the whole attribute (or method) load.
 */
final class SuperCodeGen {
    private final CodeGen g;

    SuperCodeGen(CodeGen g) {
        this.g = g;
    }

    /**
     * {@code can_optimize_super_call}: {@code attr} is {@code super().x} or
     * {@code super(a, b).x} with the builtin {@code super}, in a function with a first parameter
     * and a {@code __class__} cell (for the form without arguments).
     */
    boolean canOptimize(ExprNode.Attribute attr) {
        if (!(attr.value instanceof ExprNode.Call)) {
            return false;
        }
        ExprNode.Call e = (ExprNode.Call) attr.value;
        if (!(e.func instanceof ExprNode.Name) || !((ExprNode.Name) e.func).id.equals("super")
                || attr.attr.equals("__class__") || !e.keywords.isEmpty()) {
            return false;
        }
        String superName = ((ExprNode.Name) e.func).id;
        // the name super must not be shadowed where the table can see it
        if (g.u.ste.scope(superName) != SymbolFlags.GLOBAL_IMPLICIT || g.st.top.scope(superName) != 0) {
            return false;
        }
        int nargs = e.args.size();
        if (nargs == 2) {
            for (ExprNode a : e.args) {
                if (a instanceof ExprNode.Starred) {
                    return false;
                }
            }
            return true;
        }
        if (nargs != 0) {
            return false;
        }
        if (g.u.argcount == 0 && g.u.posonlyargcount == 0) {
            return false;
        }
        return g.u.ste != null && g.functions.refType("__class__") == SymbolFlags.FREE;
    }

    /**
     * The load of {@code attr} (which {@link #canOptimize} accepted): LOAD_SUPER_ATTR, or its
     * method form for a call when {@code method}.
     */
    void load(ExprNode.Attribute attr, boolean method) {
        ExprNode.Call call = (ExprNode.Call) attr.value;
        loadArgs(call);
        int opcode;
        if (call.args.isEmpty()) {
            opcode = method ? Opcodes.LOAD_ZERO_SUPER_METHOD : Opcodes.LOAD_ZERO_SUPER_ATTR;
        } else {
            opcode = method ? Opcodes.LOAD_SUPER_METHOD : Opcodes.LOAD_SUPER_ATTR;
        }
        Location loc = Location.of(attr);
        g.addopName(loc, opcode, attr.attr);
        g.addop(AccessCodeGen.matchAttr(loc, attr), Opcodes.NOP);
    }

    /** {@code load_args_for_super}: super, then the class and the instance. */
    private void loadArgs(ExprNode.Call e) {
        Location loc = Location.of(e);
        g.nameop(Location.of(e.func), ((ExprNode.Name) e.func).id, ExprContextNode.Load.KIND);
        if (e.args.size() == 2) {
            g.visitExpr(e.args.get(0));
            g.visitExpr(e.args.get(1));
            return;
        }
        g.nameop(loc, "__class__", ExprContextNode.Load.KIND);
        Iterator<String> params = g.u.varnames.keySet().iterator();
        g.nameop(loc, params.next(), ExprContextNode.Load.KIND);
    }
}
