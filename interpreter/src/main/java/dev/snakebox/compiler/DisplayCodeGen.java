package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTuple;
import java.util.List;

/**
 * List, set and dict displays; CPython 3.13's {@code Python/compile.c}: {@code compiler_list},
 * {@code compiler_set}, {@code compiler_dict} and {@code compiler_subdict} (tuples and the
 * shared {@code starunpack_helper} are in {@link CodeGen}). Displays with {@code *} or
 * {@code **} items, or with more items than {@link CodeGen#STACK_USE_GUIDELINE}, are built
 * incrementally.
 */
final class DisplayCodeGen {
    private final CodeGen g;

    DisplayCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_list}: a display, an unpacking target, or the items of a {@code del}. */
    void list(ExprNode.List e) {
        Location loc = Location.of(e);
        switch (e.ctx.kind()) {
            case ExprContextNode.Store.KIND:
                g.unpack.assignmentHelper(loc, e.elts);
                break;
            case ExprContextNode.Load.KIND:
                g.starunpackHelper(loc, e.elts, 0, Opcodes.BUILD_LIST, Opcodes.LIST_APPEND, Opcodes.LIST_EXTEND,
                        false);
                break;
            default:
                for (ExprNode elt : e.elts) {
                    g.visitExpr(elt);
                }
                break;
        }
    }

    /** {@code compiler_set}. */
    void set(ExprNode.Set e) {
        g.starunpackHelper(Location.of(e), e.elts, 0, Opcodes.BUILD_SET, Opcodes.SET_ADD, Opcodes.SET_UPDATE, false);
    }

    /**
     * {@code compiler_dict}: runs of {@code key: value} items become dicts merged with
     * DICT_UPDATE, as does each {@code **mapping}; a run is cut when it grows past the guideline.
     */
    void dict(ExprNode.Dict e) {
        Location loc = Location.of(e);
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys.get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        g.addopI(loc, Opcodes.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    g.addopI(loc, Opcodes.BUILD_MAP, 0);
                    haveDict = true;
                }
                g.visitExpr(e.values.get(i));
                g.addopI(loc, Opcodes.DICT_UPDATE, 1);
            } else if (elements * 2 > CodeGen.STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) {
                    g.addopI(loc, Opcodes.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                g.addopI(loc, Opcodes.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            g.addopI(loc, Opcodes.BUILD_MAP, 0);
        }
    }

    /**
     * {@code compiler_subdict}: items {@code begin..end} as one dict: BUILD_CONST_KEY_MAP when
     * every key is a constant, else key-value pairs for BUILD_MAP, or one by one with MAP_ADD
     * when there are many.
     */
    private void subdict(ExprNode.Dict e, int begin, int end) {
        Location loc = Location.of(e);
        int n = end - begin;
        boolean big = n * 2 > CodeGen.STACK_USE_GUIDELINE;
        List<ExprNode> keys = e.keys;
        if (n > 1 && !big && CodeGen.allConstant(keys.subList(begin, end))) {
            for (int i = begin; i < end; i++) {
                g.visitExpr(e.values.get(i));
            }
            PyObject[] constKeys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                constKeys[i - begin] = (PyObject) ((ExprNode.Constant) keys.get(i)).value;
            }
            g.loadConst(loc, PyTuple.wrap(constKeys));
            g.addopI(loc, Opcodes.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            g.addopI(loc, Opcodes.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            g.visitExpr(keys.get(i));
            g.visitExpr(e.values.get(i));
            if (big) {
                g.addopI(loc, Opcodes.MAP_ADD, 1);
            }
        }
        if (!big) {
            g.addopI(loc, Opcodes.BUILD_MAP, n);
        }
    }
}
