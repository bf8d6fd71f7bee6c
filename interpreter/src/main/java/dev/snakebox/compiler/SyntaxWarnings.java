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

    /** {@code check_is_arg}: an operand {@code is} may compare by identity (a name, None, True, False, ...). */
    private static boolean isIdentityOperand(ExprNode e) {
        if (e.kind() != ExprNode.Constant.KIND) {
            return true;
        }
        Object v = ((ExprNode.Constant) e).value;
        return v instanceof PyNone || v instanceof dev.snakebox.objects.PyBool || v instanceof EllipsisObject;
    }

    /** {@code check_compare}: {@code is} or {@code is not} with a literal such as {@code 5} or {@code "a"}. */
    static void checkCompare(CodeGen g, ExprNode.Compare e) {
        boolean left = isIdentityOperand(e.left);
        ExprNode leftExpr = e.left;
        for (int i = 0; i < e.ops.size(); i++) {
            int op = e.ops.get(i).kind();
            ExprNode rightExpr = e.comparators.get(i);
            boolean right = isIdentityOperand(rightExpr);
            if ((op == dev.snakebox.ast.CmpopNode.Is.KIND || op == dev.snakebox.ast.CmpopNode.IsNot.KIND) && (!right || !left)) {
                String type = inferType(!left ? leftExpr : rightExpr);
                g.warn(Location.of(e), op == dev.snakebox.ast.CmpopNode.Is.KIND
                        ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** {@code compiler_assert}'s check: a non-empty tuple as the test is always true. */
    static void checkAssert(CodeGen g, dev.snakebox.ast.StmtNode.Assert s) {
        ExprNode t = s.test;
        if (t.kind() == ExprNode.Tuple.KIND && !((ExprNode.Tuple) t).elts.isEmpty()
                || t.kind() == ExprNode.Constant.KIND && ((ExprNode.Constant) t).value instanceof PyTuple
                        && ((PyTuple) ((ExprNode.Constant) t).value).size() > 0) {
            g.warn(Location.of(s), "assertion is always true, perhaps remove parentheses?");
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
