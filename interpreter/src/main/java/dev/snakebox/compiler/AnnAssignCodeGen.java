package dev.snakebox.compiler;

import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyStr;
import java.util.List;

/**
 * Annotated assignment, {@code target: annotation [= value]}; CPython 3.13's
 * {@code compiler_annassign}, {@code check_annotation}, {@code check_ann_expr},
 * {@code check_ann_subscr} and {@code find_ann} ({@code Python/compile.c}).
 *
 * <p>The value is stored first. In a module or class body, a simple name's annotation is then
 * evaluated (or, under {@code from __future__ import annotations}, written back as a string)
 * and stored in {@code __annotations__}, which SETUP_ANNOTATIONS at the top of the body
 * creates; a complex target's annotation is evaluated and dropped, and without a value the
 * target's object and index are evaluated as they would be for an assignment. In a function
 * only the value is stored.
 */
final class AnnAssignCodeGen {
    private final CodeGen g;

    AnnAssignCodeGen(CodeGen g) {
        this.g = g;
    }

    /**
     * Whether annotations are evaluated here: module and class bodies (CPython's
     * {@code COMPILER_SCOPE_MODULE} and {@code COMPILER_SCOPE_CLASS}).
     */
    private boolean moduleOrClassScope() {
        return g.u.scopeType == CodeUnit.ScopeType.MODULE || g.u.scopeType == CodeUnit.ScopeType.CLASS;
    }

    /** {@code compiler_annassign}. */
    void annAssign(StmtNode.AnnAssign s) {
        Location loc = Location.of(s);
        ExprNode targ = s.target;
        if (s.value != null) {
            g.visitExpr(s.value);
            g.visitExpr(targ);
        }
        switch (targ.kind()) {
            case ExprNode.Name.KIND: {
                String id = ((ExprNode.Name) targ).id;
                AccessCodeGen.checkForbidden(loc, id);
                if (s.simple != 0 && moduleOrClassScope()) {
                    annotation(s.annotation);
                    g.addopName(loc, Opcodes.LOAD_NAME, "__annotations__");
                    g.loadConst(loc, PyStr.of(Mangling.maybeMangle(g.u.privateName, g.u.ste, id)));
                    g.addop(loc, Opcodes.STORE_SUBSCR);
                }
                break;
            }
            case ExprNode.Attribute.KIND: {
                ExprNode.Attribute a = (ExprNode.Attribute) targ;
                AccessCodeGen.checkForbidden(loc, a.attr);
                if (s.value == null) {
                    checkAnnExpr(a.value);
                }
                break;
            }
            case ExprNode.Subscript.KIND: {
                ExprNode.Subscript sub = (ExprNode.Subscript) targ;
                if (s.value == null) {
                    checkAnnExpr(sub.value);
                    checkAnnSubscr(sub.slice);
                }
                break;
            }
            default:
                throw Errors.systemError("invalid node type (" + targ.typeName() + ") for annotated assignment");
        }
        // the annotation of a complex target is evaluated last
        if (s.simple == 0 && !g.future.annotations && moduleOrClassScope()) {
            checkAnnExpr(s.annotation);
        }
    }

    /** {@code VISIT(c, annexpr, e)} or {@code VISIT(c, expr, e)}: the annotation's value. */
    private void annotation(ExprNode e) {
        if (g.future.annotations) {
            g.loadConst(Location.of(e), PyStr.of(AstUnparse.unparse(e)));
        } else {
            g.visitExpr(e);
        }
    }

    /** {@code check_ann_expr}: evaluated for its effects and errors, then dropped. */
    private void checkAnnExpr(ExprNode e) {
        g.visitExpr(e);
        g.addop(Location.of(e), Opcodes.POP_TOP);
    }

    /** {@code check_ann_subscr}: each part of a slice or extended slice on its own. */
    private void checkAnnSubscr(ExprNode e) {
        if (e instanceof ExprNode.Slice) {
            ExprNode.Slice s = (ExprNode.Slice) e;
            if (s.lower != null) {
                checkAnnExpr(s.lower);
            }
            if (s.upper != null) {
                checkAnnExpr(s.upper);
            }
            if (s.step != null) {
                checkAnnExpr(s.step);
            }
        } else if (e instanceof ExprNode.Tuple) {
            for (ExprNode elt : ((ExprNode.Tuple) e).elts) {
                checkAnnSubscr(elt);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    /**
     * {@code find_ann}: whether a body holds an annotated assignment, in nested blocks too but
     * not in nested functions or classes; such a module or class body starts with
     * SETUP_ANNOTATIONS.
     */
    static boolean findAnn(List<StmtNode> stmts) {
        for (StmtNode st : stmts) {
            boolean res;
            switch (st.kind()) {
                case StmtNode.AnnAssign.KIND:
                    return true;
                case StmtNode.For.KIND:
                    res = findAnn(((StmtNode.For) st).body) || findAnn(((StmtNode.For) st).orelse);
                    break;
                case StmtNode.AsyncFor.KIND:
                    res = findAnn(((StmtNode.AsyncFor) st).body) || findAnn(((StmtNode.AsyncFor) st).orelse);
                    break;
                case StmtNode.While.KIND:
                    res = findAnn(((StmtNode.While) st).body) || findAnn(((StmtNode.While) st).orelse);
                    break;
                case StmtNode.If.KIND: {
                    // an elif chain nests as deep as it is long: walk it in a loop
                    StmtNode.If i = (StmtNode.If) st;
                    res = false;
                    while (!res) {
                        res = findAnn(i.body);
                        if (i.orelse.size() == 1 && i.orelse.get(0) instanceof StmtNode.If) {
                            i = (StmtNode.If) i.orelse.get(0);
                        } else {
                            res = res || findAnn(i.orelse);
                            break;
                        }
                    }
                    break;
                }
                case StmtNode.With.KIND:
                    res = findAnn(((StmtNode.With) st).body);
                    break;
                case StmtNode.AsyncWith.KIND:
                    res = findAnn(((StmtNode.AsyncWith) st).body);
                    break;
                case StmtNode.Try.KIND: {
                    StmtNode.Try t = (StmtNode.Try) st;
                    if (handlersHaveAnn(t.handlers)) {
                        return true;
                    }
                    res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
                    break;
                }
                case StmtNode.TryStar.KIND: {
                    StmtNode.TryStar t = (StmtNode.TryStar) st;
                    if (handlersHaveAnn(t.handlers)) {
                        return true;
                    }
                    res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
                    break;
                }
                case StmtNode.Match.KIND:
                    for (MatchCase c : ((StmtNode.Match) st).cases) {
                        if (findAnn(c.body)) {
                            return true;
                        }
                    }
                    res = false;
                    break;
                default:
                    res = false;
                    break;
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnn(List<ExcepthandlerNode> handlers) {
        for (ExcepthandlerNode h : handlers) {
            if (findAnn(((ExcepthandlerNode.ExceptHandler) h).body)) {
                return true;
            }
        }
        return false;
    }
}
