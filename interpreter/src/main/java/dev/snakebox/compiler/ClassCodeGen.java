package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code class}: the class body as a function run by {@code __build_class__}, with 3.13's
 * {@code __module__}, {@code __qualname__}, {@code __firstlineno__},
 * {@code __static_attributes__}, and the {@code __classcell__} / {@code __classdictcell__}
 * cells; CPython 3.13's {@code compiler_class}, {@code compiler_class_body} and
 * {@code compiler_static_attributes_tuple} ({@code Python/compile.c}).
 */
final class ClassCodeGen {
    private final CodeGen g;

    ClassCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_class}: {@code name = decorators(__build_class__(body, name, *bases, **keywords))}. */
    void classDef(StmtNode.ClassDef s) {
        g.functions.decorators(s.decoratorList);
        int firstlineno = s.decoratorList.isEmpty() ? s.lineno : s.decoratorList.get(0).lineno;
        Location loc = Location.of(s);
        boolean generic = !s.typeParams.isEmpty();
        if (generic) {
            g.units.enter("<generic parameters of " + s.name + ">", ScopeType.TYPEPARAMS, s.typeParams, firstlineno,
                    s.name);
            g.typeParams.typeParams(s.typeParams);
            g.nameop(loc, ".type_params", ExprContextNode.Store.KIND);
        }
        body(s, firstlineno);
        if (generic) {
            g.nameop(loc, ".type_params", ExprContextNode.Load.KIND);
            g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_SUBSCRIPT_GENERIC);
            g.nameop(loc, ".generic_base", ExprContextNode.Store.KIND);
            List<ExprNode> bases = new ArrayList<>(s.bases);
            bases.add(new ExprNode.Name(".generic_base", ExprContextNode.Load.INSTANCE, loc.lineno, loc.colOffset,
                    loc.endLineno, loc.endColOffset));
            callBuildClass(loc, bases, s.keywords);
            PyCode co = g.units.optimizeAndAssemble(false);
            g.units.exit();
            g.functions.makeClosure(loc, co, 0);
            g.addop(loc, Opcodes.PUSH_NULL);
            g.addopI(loc, Opcodes.CALL, 0);
        } else {
            callBuildClass(loc, s.bases, s.keywords);
        }
        g.functions.applyDecorators(s.decoratorList);
        g.nameop(loc, s.name, ExprContextNode.Store.KIND);
    }

    /**
     * {@code compiler_class_body}: compiles the body into a code object, then pushes
     * {@code __build_class__}, NULL, the body's function and the class name.
     */
    private void body(StmtNode.ClassDef s, int firstlineno) {
        g.units.enter(s.name, ScopeType.CLASS, s, firstlineno, s.name);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        g.nameop(loc, "__name__", ExprContextNode.Load.KIND);
        g.nameop(loc, "__module__", ExprContextNode.Store.KIND);
        g.loadConst(loc, PyStr.of(g.u.qualname));
        g.nameop(loc, "__qualname__", ExprContextNode.Store.KIND);
        g.loadConst(loc, PyInt.of(g.u.firstlineno));
        g.nameop(loc, "__firstlineno__", ExprContextNode.Store.KIND);
        if (!s.typeParams.isEmpty()) {
            // compiler_set_type_params_in_class
            g.nameop(loc, ".type_params", ExprContextNode.Load.KIND);
            g.nameop(loc, "__type_params__", ExprContextNode.Store.KIND);
        }
        SymbolTableEntry ste = g.u.ste;
        if (ste.needsClassdict) {
            // the namespace, for the annotation scopes inside (nameop would not store a cell here)
            g.addop(loc, Opcodes.LOAD_LOCALS);
            g.addopI(loc, Opcodes.STORE_DEREF, CodeUnit.addTo(g.u.cellvars, "__classdict__"));
        }
        g.body(loc, s.body);
        g.loadConst(Location.NONE, staticAttributes());
        g.nameop(Location.NONE, "__static_attributes__", ExprContextNode.Store.KIND);
        // the rest is artificial
        if (ste.needsClassdict) {
            g.addopI(Location.NONE, Opcodes.LOAD_CLOSURE, g.u.cellvars.get("__classdict__"));
            g.nameop(Location.NONE, "__classdictcell__", ExprContextNode.Store.KIND);
        }
        if (ste.needsClassClosure) {
            // __classcell__ goes into the namespace and is returned, for type.__new__ to fill
            g.addopI(Location.NONE, Opcodes.LOAD_CLOSURE, g.u.cellvars.get("__class__"));
            g.addopI(Location.NONE, Opcodes.COPY, 1);
            g.nameop(Location.NONE, "__classcell__", ExprContextNode.Store.KIND);
        } else {
            g.loadConst(Location.NONE, PyNone.NONE);
        }
        g.addop(Location.NONE, Opcodes.RETURN_VALUE);
        PyCode co = g.units.optimizeAndAssemble(true);
        g.units.exit();
        // attributed to the class line, not a decorator's
        Location classLoc = Location.of(s);
        g.addop(classLoc, Opcodes.LOAD_BUILD_CLASS);
        g.addop(classLoc, Opcodes.PUSH_NULL);
        g.functions.makeClosure(classLoc, co, 0);
        g.loadConst(classLoc, PyStr.of(s.name));
    }

    /** {@code compiler_static_attributes_tuple}: the attributes assigned on {@code self}, sorted. */
    private PyObject staticAttributes() {
        List<String> names = new ArrayList<>(g.u.staticAttributes);
        Collections.sort(names, CodeUnitStack::compareCodePoints);
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return PyTuple.wrap(items);
    }

    /**
     * {@code compiler_maybe_add_static_attribute_to_class}: an assignment to {@code self.X}
     * in a method records X in the nearest enclosing class's {@code __static_attributes__}.
     * Called by the code generation of attribute stores.
     */
    void maybeAddStaticAttribute(ExprNode.Attribute e) {
        if (!(e.value instanceof ExprNode.Name) || e.ctx.kind() != ExprContextNode.Store.KIND
                || !((ExprNode.Name) e.value).id.equals("self")) {
            return;
        }
        for (int i = 1; g.units.parent(i) != null; i++) {
            CodeUnit u = g.units.parent(i);
            if (u.scopeType == ScopeType.CLASS) {
                u.staticAttributes.add(e.attr);
                return;
            }
        }
    }

    /**
     * {@code compiler_call_helper} with the two items pushed (the body's function and the class
     * name), the bases and keywords ({@code metaclass=...}) as a call's arguments.
     */
    private void callBuildClass(Location loc, List<ExprNode> bases, List<Keyword> keywords) {
        g.calls.callHelper(loc, 2, bases, keywords);
    }
}
