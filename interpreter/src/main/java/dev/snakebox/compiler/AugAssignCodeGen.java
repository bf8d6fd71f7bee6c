package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.Errors;

/**
 * Augmented assignment, {@code target op= value}; CPython 3.13's {@code compiler_augassign}
 * ({@code Python/compile.c}). The target's parts (object, index, slice bounds) are evaluated
 * once: COPY keeps them for the store while the current value is loaded, and SWAP puts the
 * result under them afterwards.
 */
final class AugAssignCodeGen {
    private final CodeGen g;

    AugAssignCodeGen(CodeGen g) {
        this.g = g;
    }

    void augAssign(StmtNode.AugAssign s) {
        ExprNode e = s.target;
        Location loc = Location.of(e);
        boolean slice = false;
        switch (e.kind()) {
            case ExprNode.Attribute.KIND: {
                ExprNode.Attribute a = (ExprNode.Attribute) e;
                g.visitExpr(a.value);
                g.addopI(loc, Opcodes.COPY, 1);
                g.addopName(AccessCodeGen.matchAttr(loc, a), Opcodes.LOAD_ATTR, a.attr);
                break;
            }
            case ExprNode.Subscript.KIND: {
                ExprNode.Subscript sub = (ExprNode.Subscript) e;
                g.visitExpr(sub.value);
                if (AccessCodeGen.isTwoElementSlice(sub.slice)) {
                    slice = true;
                    g.access.slice((ExprNode.Slice) sub.slice);
                    g.addopI(loc, Opcodes.COPY, 3);
                    g.addopI(loc, Opcodes.COPY, 3);
                    g.addopI(loc, Opcodes.COPY, 3);
                    g.addop(loc, Opcodes.BINARY_SLICE);
                } else {
                    g.visitExpr(sub.slice);
                    g.addopI(loc, Opcodes.COPY, 2);
                    g.addopI(loc, Opcodes.COPY, 2);
                    g.addop(loc, Opcodes.BINARY_SUBSCR);
                }
                break;
            }
            case ExprNode.Name.KIND:
                g.nameop(loc, ((ExprNode.Name) e).id, ExprContextNode.Load.KIND);
                break;
            default:
                throw Errors.systemError("invalid node type (" + e.typeName() + ") for augmented assignment");
        }
        g.visitExpr(s.value);
        g.addopI(Location.of(s), Opcodes.BINARY_OP, CodeGen.binaryOparg(s.op, true));
        switch (e.kind()) {
            case ExprNode.Attribute.KIND: {
                ExprNode.Attribute a = (ExprNode.Attribute) e;
                Location l = AccessCodeGen.matchAttr(loc, a);
                g.addopI(l, Opcodes.SWAP, 2);
                g.addopName(l, Opcodes.STORE_ATTR, a.attr);
                break;
            }
            case ExprNode.Subscript.KIND:
                if (slice) {
                    g.addopI(loc, Opcodes.SWAP, 4);
                    g.addopI(loc, Opcodes.SWAP, 3);
                    g.addopI(loc, Opcodes.SWAP, 2);
                    g.addop(loc, Opcodes.STORE_SLICE);
                } else {
                    g.addopI(loc, Opcodes.SWAP, 3);
                    g.addopI(loc, Opcodes.SWAP, 2);
                    g.addop(loc, Opcodes.STORE_SUBSCR);
                }
                break;
            default:
                g.nameop(loc, ((ExprNode.Name) e).id, ExprContextNode.Store.KIND);
                break;
        }
    }
}
