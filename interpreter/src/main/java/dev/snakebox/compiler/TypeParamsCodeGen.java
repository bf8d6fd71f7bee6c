package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyStr;
import java.util.List;

/**
 * PEP 695 type parameters (with PEP 696 defaults) and {@code type} statements; CPython 3.13's
 * {@code compiler_type_params}, {@code compiler_type_param_bound_or_default},
 * {@code compiler_typealias} and {@code compiler_typealias_body} ({@code Python/compile.c}).
 * Bounds, constraints, defaults and alias values are evaluated lazily: each is a small function
 * of its own, an annotation scope.
 */
final class TypeParamsCodeGen {
    private final CodeGen g;

    TypeParamsCodeGen(CodeGen g) {
        this.g = g;
    }

    /**
     * {@code compiler_type_params}: each type variable made and stored (they are locals of the
     * type-parameter scope), then the tuple of them on the stack.
     */
    void typeParams(List<TypeParamNode> typeParams) {
        boolean seenDefault = false;
        for (TypeParamNode tp : typeParams) {
            Location loc = Location.of(tp);
            String name;
            ExprNode defaultValue;
            boolean allowStarred = false;
            if (tp instanceof TypeParamNode.TypeVar) {
                TypeParamNode.TypeVar t = (TypeParamNode.TypeVar) tp;
                name = t.name;
                defaultValue = t.defaultValue;
                g.loadConst(loc, PyStr.of(name));
                if (t.bound != null) {
                    boundOrDefault(t.bound, name, tp, false);
                    g.addopI(loc, Opcodes.CALL_INTRINSIC_2, t.bound instanceof ExprNode.Tuple
                            ? Intrinsics.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : Intrinsics.INTRINSIC_TYPEVAR_WITH_BOUND);
                } else {
                    g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_TYPEVAR);
                }
            } else if (tp instanceof TypeParamNode.TypeVarTuple) {
                TypeParamNode.TypeVarTuple t = (TypeParamNode.TypeVarTuple) tp;
                name = t.name;
                defaultValue = t.defaultValue;
                allowStarred = true;
                g.loadConst(loc, PyStr.of(name));
                g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_TYPEVARTUPLE);
            } else {
                TypeParamNode.ParamSpec t = (TypeParamNode.ParamSpec) tp;
                name = t.name;
                defaultValue = t.defaultValue;
                g.loadConst(loc, PyStr.of(name));
                g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_PARAMSPEC);
            }
            if (defaultValue != null) {
                seenDefault = true;
                Object key = tp instanceof TypeParamNode.TypeVar ? new SymbolTable.DefaultKey(tp) : tp;
                boundOrDefault(defaultValue, name, key, allowStarred);
                g.addopI(loc, Opcodes.CALL_INTRINSIC_2, Intrinsics.INTRINSIC_SET_TYPEPARAM_DEFAULT);
            } else if (seenDefault) {
                throw CodeGen.error(loc, "non-default type parameter '" + name + "' follows default type parameter");
            }
            g.addopI(loc, Opcodes.COPY, 1);
            g.nameop(loc, name, ExprContextNode.Store.KIND);
        }
        g.addopI(Location.of(typeParams.get(0)), Opcodes.BUILD_TUPLE, typeParams.size());
    }

    /**
     * {@code compiler_type_param_bound_or_default}: the function evaluating a bound, constraints
     * or default; a TypeVarTuple's default {@code *Ts} is unpacked.
     */
    private void boundOrDefault(ExprNode e, String name, Object key, boolean allowStarred) {
        g.units.enter(name, ScopeType.TYPEPARAMS, key, e.lineno, null);
        if (allowStarred && e instanceof ExprNode.Starred) {
            g.visitExpr(((ExprNode.Starred) e).value);
            g.addopI(Location.of(e), Opcodes.UNPACK_SEQUENCE, 1);
        } else {
            g.visitExpr(e);
        }
        g.addop(Location.of(e), Opcodes.RETURN_VALUE);
        PyCode co = g.units.optimizeAndAssemble(true);
        g.units.exit();
        g.functions.makeClosure(Location.of(e), co, 0);
    }

    /** {@code compiler_typealias}: {@code name = TypeAliasType(name, type_params, lambda: value)}. */
    void typeAlias(StmtNode.TypeAlias s) {
        Location loc = Location.of(s);
        String name = ((ExprNode.Name) s.name).id;
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            g.units.enter("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS, s.typeParams, loc.lineno,
                    null);
            g.loadConst(loc, PyStr.of(name));
            typeParams(s.typeParams);
        } else {
            g.loadConst(loc, PyStr.of(name));
            g.loadConst(loc, PyNone.NONE);
        }
        typeAliasBody(s, name);
        if (generic) {
            PyCode co = g.units.optimizeAndAssemble(false);
            g.units.exit();
            g.functions.makeClosure(loc, co, 0);
            g.addop(loc, Opcodes.PUSH_NULL);
            g.addopI(loc, Opcodes.CALL, 0);
        }
        g.nameop(loc, name, ExprContextNode.Store.KIND);
    }

    /** {@code compiler_typealias_body}: the function evaluating the value, then the intrinsic. */
    private void typeAliasBody(StmtNode.TypeAlias s, String name) {
        Location loc = Location.of(s);
        g.units.enter(name, ScopeType.FUNCTION, s, loc.lineno, null);
        // None is the first constant, so the function has no docstring
        g.u.consts.add(PyNone.NONE);
        g.visitExpr(s.value);
        g.addop(loc, Opcodes.RETURN_VALUE);
        PyCode co = g.units.optimizeAndAssemble(false);
        g.units.exit();
        g.functions.makeClosure(loc, co, 0);
        g.addopI(loc, Opcodes.BUILD_TUPLE, 3);
        g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_TYPEALIAS);
    }
}
