package dev.snakebox.compiler;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.parser.EllipsisObject;

/**
 * The "perhaps you missed a comma?" SyntaxWarnings of code generation, for a literal that is
 * called or indexed as in {@code [(1, 2) (3, 4)]}; CPython 3.13's {@code check_caller},
 * {@code check_subscripter}, {@code check_index} and {@code infer_type}
 * ({@code Python/compile.c}).
 */
final class SyntaxWarnings {
    private SyntaxWarnings() {}

    /** {@code infer_type}: the type a literal evaluates to, or null if it is not a literal. */
    static String inferType(ExprNode e) {
        switch (e.kind()) {
            case ExprNode.Tuple.KIND:
                return "tuple";
            case ExprNode.List.KIND:
            case ExprNode.ListComp.KIND:
                return "list";
            case ExprNode.Dict.KIND:
            case ExprNode.DictComp.KIND:
                return "dict";
            case ExprNode.Set.KIND:
            case ExprNode.SetComp.KIND:
                return "set";
            case ExprNode.GeneratorExp.KIND:
                return "generator";
            case ExprNode.Lambda.KIND:
                return "function";
            case ExprNode.JoinedStr.KIND:
            case ExprNode.FormattedValue.KIND:
                return "str";
            case ExprNode.Constant.KIND:
                return ((PyObject) ((ExprNode.Constant) e).value).type().name;
            default:
                return null;
        }
    }

    /** {@code check_caller}: calling a literal. */
    static void checkCaller(CodeGen g, ExprNode e) {
        switch (e.kind()) {
            case ExprNode.Constant.KIND:
            case ExprNode.Tuple.KIND:
            case ExprNode.List.KIND:
            case ExprNode.ListComp.KIND:
            case ExprNode.Dict.KIND:
            case ExprNode.DictComp.KIND:
            case ExprNode.Set.KIND:
            case ExprNode.SetComp.KIND:
            case ExprNode.GeneratorExp.KIND:
            case ExprNode.JoinedStr.KIND:
            case ExprNode.FormattedValue.KIND:
                g.warn(Location.of(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
                break;
            default:
                break;
        }
    }

    /** {@code check_subscripter}: indexing a literal that has no items (a number, a set, a function ...). */
    static void checkSubscripter(CodeGen g, ExprNode e) {
        switch (e.kind()) {
            case ExprNode.Constant.KIND: {
                PyObject v = (PyObject) ((ExprNode.Constant) e).value;
                if (!(v instanceof PyNone || v instanceof EllipsisObject || v instanceof PyInt || v instanceof PyFloat
                        || v instanceof PyComplex || v instanceof PyFrozenSet)) {
                    return;
                }
                break;
            }
            case ExprNode.Set.KIND:
            case ExprNode.SetComp.KIND:
            case ExprNode.GeneratorExp.KIND:
            case ExprNode.Lambda.KIND:
                break;
            default:
                return;
        }
        g.warn(Location.of(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    /** {@code check_index}: a sequence literal indexed by a literal that is no int and no slice. */
    static void checkIndex(CodeGen g, ExprNode e, ExprNode index) {
        String indexType = inferType(index);
        if (indexType == null || index instanceof ExprNode.Constant
                && ((ExprNode.Constant) index).value instanceof PyInt) {
            return; // unknown, or an int (bool included)
        }
        switch (e.kind()) {
            case ExprNode.Constant.KIND: {
                Object v = ((ExprNode.Constant) e).value;
                if (!(v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple)) {
                    return;
                }
                break;
            }
            case ExprNode.Tuple.KIND:
            case ExprNode.List.KIND:
            case ExprNode.ListComp.KIND:
            case ExprNode.JoinedStr.KIND:
            case ExprNode.FormattedValue.KIND:
                break;
            default:
                return;
        }
        g.warn(Location.of(e), inferType(e) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }
}
