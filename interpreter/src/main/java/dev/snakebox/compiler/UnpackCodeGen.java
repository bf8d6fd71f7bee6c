package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Opcodes;
import java.util.List;

/**
 * Tuple and list assignment targets, {@code a, *b, (c, d) = value}, and starred expressions
 * where they cannot stand; CPython 3.13's {@code Python/compile.c}: {@code unpack_helper},
 * {@code assignment_helper} and the Starred case of {@code compiler_visit_expr1}.
 */
final class UnpackCodeGen {
    private final CodeGen g;

    UnpackCodeGen(CodeGen g) {
        this.g = g;
    }

    /**
     * {@code unpack_helper}: UNPACK_SEQUENCE n, or UNPACK_EX with the counts before and after
     * the one starred target (before in the low byte, after in the bits above).
     */
    void unpackHelper(Location loc, List<ExprNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (!(elts.get(i) instanceof ExprNode.Starred)) {
                continue;
            }
            if (seenStar) {
                throw CodeGen.error(loc, "multiple starred expressions in assignment");
            }
            if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                throw CodeGen.error(loc, "too many expressions in star-unpacking assignment");
            }
            g.addopI(loc, Opcodes.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) {
            g.addopI(loc, Opcodes.UNPACK_SEQUENCE, n);
        }
    }

    /** {@code assignment_helper}: unpack, then store into each target (a starred one's inner target). */
    void assignmentHelper(Location loc, List<ExprNode> elts) {
        unpackHelper(loc, elts);
        for (ExprNode elt : elts) {
            g.visitExpr(elt instanceof ExprNode.Starred ? ((ExprNode.Starred) elt).value : elt);
        }
    }

    /** The Starred case of {@code compiler_visit_expr1}: only displays, calls and targets take one. */
    static RuntimeException misplacedStarred(ExprNode.Starred e) {
        if (e.ctx.kind() == ExprContextNode.Store.KIND) {
            return CodeGen.error(Location.of(e), "starred assignment target must be in a list or tuple");
        }
        return CodeGen.error(Location.of(e), "can't use starred expression here");
    }
}
