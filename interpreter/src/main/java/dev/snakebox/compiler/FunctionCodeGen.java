package dev.snakebox.compiler;

import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code def}, {@code async def}, {@code lambda} and {@code return}: defaults, keyword-only
 * defaults, annotations, decorators, docstrings and closures; CPython 3.13's
 * {@code compiler_function}, {@code compiler_function_body}, {@code compiler_lambda},
 * {@code compiler_make_closure}, {@code compiler_default_arguments},
 * {@code compiler_visit_annotations}, {@code compiler_return} and
 * {@code wrap_in_stopiteration_handler} ({@code Python/compile.c}).
 */
final class FunctionCodeGen {
    /** The SET_FUNCTION_ATTRIBUTE flags ({@code MAKE_FUNCTION_*}). */
    static final int DEFAULTS = 0x01;
    static final int KWDEFAULTS = 0x02;
    static final int ANNOTATIONS = 0x04;
    static final int CLOSURE = 0x08;

    private final CodeGen g;

    FunctionCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_function}: the function object, decorated, stored under its name. */
    void function(StmtNode s) {
        boolean isAsync = s instanceof StmtNode.AsyncFunctionDef;
        String name;
        Arguments args;
        ExprNode returns;
        List<ExprNode> decorators;
        List<TypeParamNode> typeParams;
        if (isAsync) {
            StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) s;
            name = f.name;
            args = f.args;
            returns = f.returns;
            decorators = f.decoratorList;
            typeParams = f.typeParams;
        } else {
            StmtNode.FunctionDef f = (StmtNode.FunctionDef) s;
            name = f.name;
            args = f.args;
            returns = f.returns;
            decorators = f.decoratorList;
            typeParams = f.typeParams;
        }
        checkDebugArgs(args);
        decorators(decorators);
        int firstlineno = decorators.isEmpty() ? s.lineno : decorators.get(0).lineno;
        Location loc = Location.of(s);
        boolean generic = !typeParams.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int numTypeParamArgs = 0;
        if (generic) {
            if ((funcflags & DEFAULTS) != 0) {
                numTypeParamArgs++;
            }
            if ((funcflags & KWDEFAULTS) != 0) {
                numTypeParamArgs++;
            }
            if (numTypeParamArgs == 2) {
                g.addopI(loc, Opcodes.SWAP, 2);
            }
            g.units.enter("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS, typeParams, firstlineno,
                    null);
            g.typeParams.typeParams(typeParams);
            for (int i = 0; i < numTypeParamArgs; i++) {
                g.addopI(loc, Opcodes.LOAD_FAST, i);
            }
        }
        funcflags |= annotations(loc, args, returns);
        body(s, isAsync, name, args, funcflags, firstlineno);
        if (generic) {
            g.addopI(loc, Opcodes.SWAP, 2);
            g.addopI(loc, Opcodes.CALL_INTRINSIC_2, Intrinsics.INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
            g.u.argcount = numTypeParamArgs;
            PyCode co = g.units.optimizeAndAssemble(false);
            g.units.exit();
            makeClosure(loc, co, 0);
            if (numTypeParamArgs > 0) {
                g.addopI(loc, Opcodes.SWAP, numTypeParamArgs + 1);
                g.addopI(loc, Opcodes.CALL, numTypeParamArgs - 1);
            } else {
                g.addop(loc, Opcodes.PUSH_NULL);
                g.addopI(loc, Opcodes.CALL, 0);
            }
        }
        applyDecorators(decorators);
        g.nameop(loc, name, ExprContextNode.Store.KIND);
    }

    /** {@code compiler_function_body}: the function's own code unit, then the function object. */
    private void body(StmtNode s, boolean isAsync, String name, Arguments args, int funcflags, int firstlineno) {
        List<StmtNode> body = isAsync ? ((StmtNode.AsyncFunctionDef) s).body : ((StmtNode.FunctionDef) s).body;
        g.units.enter(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno, null);
        int first = 0;
        PyStr docstring = CodeGen.docString(body);
        if (docstring != null) {
            first = 1;
            // -OO: the docstring statement is skipped and not kept
            docstring = g.optimize < 2 ? PyStr.of(CleanDoc.clean(docstring.value())) : null;
        }
        // the docstring (or None) is always the first constant
        g.u.consts.add(docstring != null ? docstring : PyNone.NONE);
        g.u.argcount = args.args.size();
        g.u.posonlyargcount = args.posonlyargs.size();
        g.u.kwonlyargcount = args.kwonlyargs.size();
        int start = g.newLabel();
        g.useLabel(start);
        SymbolTableEntry ste = g.u.ste;
        boolean stopIterationHandler = ste.coroutine || ste.generator;
        if (stopIterationHandler) {
            // wrapInStopIterationHandler adds a handler around the body
            g.pushFBlock(Location.NONE, FBlock.Type.STOP_ITERATION, start, -1, null);
        }
        for (int i = first; i < body.size(); i++) {
            g.visitStmt(body.get(i));
        }
        if (stopIterationHandler) {
            wrapInStopIterationHandler();
            g.popFBlock(FBlock.Type.STOP_ITERATION, start);
        }
        PyCode co = g.units.optimizeAndAssemble(true);
        g.units.exit();
        makeClosure(Location.of(s), co, funcflags);
    }

    /**
     * {@code wrap_in_stopiteration_handler}: a StopIteration escaping a generator's or
     * coroutine's body becomes a RuntimeError (PEP 479).
     */
    void wrapInStopIterationHandler() {
        int handler = g.newLabel();
        g.u.seq.insert(0, Opcodes.SETUP_CLEANUP, handler, Location.NONE);
        g.loadConst(Location.NONE, PyNone.NONE);
        g.addop(Location.NONE, Opcodes.RETURN_VALUE);
        g.useLabel(handler);
        g.addopI(Location.NONE, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_STOPITERATION_ERROR);
        g.addopI(Location.NONE, Opcodes.RERAISE, 1);
    }

    /** {@code compiler_lambda}. */
    void lambda(ExprNode.Lambda e) {
        Arguments args = e.args;
        checkDebugArgs(args);
        Location loc = Location.of(e);
        int funcflags = defaultArguments(loc, args);
        g.units.enter("<lambda>", ScopeType.LAMBDA, e, e.lineno, null);
        // None is the first constant, so a lambda has no docstring
        g.u.consts.add(PyNone.NONE);
        g.u.argcount = args.args.size();
        g.u.posonlyargcount = args.posonlyargs.size();
        g.u.kwonlyargcount = args.kwonlyargs.size();
        g.visitExpr(e.body);
        PyCode co;
        if (g.u.ste.generator) {
            co = g.units.optimizeAndAssemble(false);
        } else {
            g.addop(Location.of(e.body), Opcodes.RETURN_VALUE);
            co = g.units.optimizeAndAssemble(true);
        }
        g.units.exit();
        makeClosure(loc, co, funcflags);
    }

    /** {@code compiler_return}. */
    void returnStmt(StmtNode.Return s) {
        Location loc = Location.of(s);
        ExprNode value = s.value;
        boolean preserveTos = value != null && !(value instanceof ExprNode.Constant);
        SymbolTableEntry ste = g.u.ste;
        if (!ste.isFunctionLike()) {
            throw CodeGen.error(loc, "'return' outside function");
        }
        if (value != null && ste.coroutine && ste.generator) {
            throw CodeGen.error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            g.visitExpr(value);
        } else if (value != null) {
            // a NOP holding the line of the returned constant
            loc = Location.of(value);
            g.addop(loc, Opcodes.NOP);
        }
        if (value == null || value.lineno != s.lineno) {
            loc = Location.of(s);
            g.addop(loc, Opcodes.NOP);
        }
        Location[] l = {loc};
        g.unwindFBlockStack(l, preserveTos, false);
        loc = l[0];
        if (value == null) {
            g.loadConst(loc, PyNone.NONE);
        } else if (!preserveTos) {
            g.loadConst(loc, (PyObject) ((ExprNode.Constant) value).value);
        }
        g.addop(loc, Opcodes.RETURN_VALUE);
    }

    // ---- pieces ---------------------------------------------------------------------------

    /** {@code compiler_check_debug_args}: no parameter may be called {@code __debug__}. */
    private void checkDebugArgs(Arguments args) {
        checkDebugArgs(args.posonlyargs);
        checkDebugArgs(args.args);
        checkDebugArg(args.vararg);
        checkDebugArgs(args.kwonlyargs);
        checkDebugArg(args.kwarg);
    }

    private void checkDebugArgs(List<Arg> args) {
        for (Arg a : args) {
            checkDebugArg(a);
        }
    }

    private void checkDebugArg(Arg a) {
        if (a != null && a.arg.equals("__debug__")) {
            throw CodeGen.error(Location.of(a), "cannot assign to __debug__");
        }
    }

    /** {@code compiler_decorators}: evaluated before the function is made. */
    void decorators(List<ExprNode> decorators) {
        for (ExprNode d : decorators) {
            g.visitExpr(d);
        }
    }

    /** {@code compiler_apply_decorators}: innermost (last) first. */
    void applyDecorators(List<ExprNode> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            g.addopI(Location.of(decorators.get(i)), Opcodes.CALL, 0);
        }
    }

    /** {@code compiler_default_arguments}: pushes the defaults tuple and keyword-only defaults dict. */
    int defaultArguments(Location loc, Arguments args) {
        int funcflags = 0;
        if (!args.defaults.isEmpty()) {
            for (ExprNode d : args.defaults) {
                g.visitExpr(d);
            }
            g.addopI(loc, Opcodes.BUILD_TUPLE, args.defaults.size());
            funcflags |= DEFAULTS;
        }
        if (!args.kwonlyargs.isEmpty() && kwOnlyDefaults(loc, args)) {
            funcflags |= KWDEFAULTS;
        }
        return funcflags;
    }

    /** {@code compiler_visit_kwonlydefaults}: a dict of the keyword-only defaults, if any. */
    private boolean kwOnlyDefaults(Location loc, Arguments args) {
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            ExprNode d = args.kwDefaults.get(i);
            if (d != null) {
                keys.add(PyStr.of(mangle(args.kwonlyargs.get(i).arg)));
                g.visitExpr(d);
            }
        }
        if (keys.isEmpty()) {
            return false;
        }
        g.loadConst(loc, PyTuple.wrap(keys.toArray(new PyObject[0])));
        g.addopI(loc, Opcodes.BUILD_CONST_KEY_MAP, keys.size());
        return true;
    }

    private String mangle(String name) {
        return Mangling.maybeMangle(g.u.privateName, g.u.ste, name);
    }

    /**
     * {@code compiler_visit_annotations}: a tuple of name/value pairs (parameters, then
     * positional-only ones, *args, keyword-only, **kwargs and 'return'); returns ANNOTATIONS if
     * there is one.
     */
    private int annotations(Location loc, Arguments args, ExprNode returns) {
        int n = 0;
        n += argAnnotations(loc, args.args);
        n += argAnnotations(loc, args.posonlyargs);
        if (args.vararg != null) {
            n += argAnnotation(loc, args.vararg.arg, args.vararg.annotation);
        }
        n += argAnnotations(loc, args.kwonlyargs);
        if (args.kwarg != null) {
            n += argAnnotation(loc, args.kwarg.arg, args.kwarg.annotation);
        }
        n += argAnnotation(loc, "return", returns);
        if (n > 0) {
            g.addopI(loc, Opcodes.BUILD_TUPLE, n);
            return ANNOTATIONS;
        }
        return 0;
    }

    private int argAnnotations(Location loc, List<Arg> args) {
        int n = 0;
        for (Arg a : args) {
            n += argAnnotation(loc, a.arg, a.annotation);
        }
        return n;
    }

    /** {@code compiler_visit_argannotation}: pushes name and value; returns how many items. */
    private int argAnnotation(Location loc, String id, ExprNode annotation) {
        if (annotation == null) {
            return 0;
        }
        g.loadConst(loc, PyStr.of(mangle(id)));
        if (g.st.futureAnnotations) {
            // compiler_visit_annexpr: the annotation as text
            g.loadConst(Location.of(annotation), PyStr.of(AstUnparse.unparse(annotation)));
        } else if (annotation instanceof ExprNode.Starred) {
            // *args: *Ts, as [annotation] = [*Ts]
            g.visitExpr(((ExprNode.Starred) annotation).value);
            g.addopI(loc, Opcodes.UNPACK_SEQUENCE, 1);
        } else {
            g.visitExpr(annotation);
        }
        return 2;
    }

    /**
     * {@code compiler_make_closure}: the function object of {@code co}, with the cells of its
     * free variables and the attributes that {@code flags} says are on the stack.
     */
    void makeClosure(Location loc, PyCode co, int flags) {
        int nfree = 0;
        for (int i = 0; i < co.localspluskinds.length; i++) {
            if ((co.localspluskinds[i] & PyCode.CO_FAST_FREE) != 0) {
                String name = co.localsplusnames[i];
                // a name free in a method and bound in the class is both local and free there:
                // the closure takes the cell
                int reftype = refType(name);
                Integer arg = reftype == SymbolFlags.CELL ? g.u.cellvars.get(name) : g.u.freevars.get(name);
                if (arg == null) {
                    // CPython 3.13.2 fails here too, for example on a class-level comprehension
                    // holding a lambda that calls super()
                    throw Errors.systemError("compiler_lookup_arg(name=" + PyStr.of(name).repr() + ") with reftype="
                            + reftype + " failed in " + g.u.name + "; freevars of code " + co.name + ": "
                            + freevars(co).repr());
                }
                g.addopI(loc, Opcodes.LOAD_CLOSURE, arg);
                nfree++;
            }
        }
        if (nfree > 0) {
            flags |= CLOSURE;
            g.addopI(loc, Opcodes.BUILD_TUPLE, nfree);
        }
        g.loadConst(loc, co);
        g.addop(loc, Opcodes.MAKE_FUNCTION);
        if ((flags & CLOSURE) != 0) {
            g.addopI(loc, Opcodes.SET_FUNCTION_ATTRIBUTE, CLOSURE);
        }
        if ((flags & ANNOTATIONS) != 0) {
            g.addopI(loc, Opcodes.SET_FUNCTION_ATTRIBUTE, ANNOTATIONS);
        }
        if ((flags & KWDEFAULTS) != 0) {
            g.addopI(loc, Opcodes.SET_FUNCTION_ATTRIBUTE, KWDEFAULTS);
        }
        if ((flags & DEFAULTS) != 0) {
            g.addopI(loc, Opcodes.SET_FUNCTION_ATTRIBUTE, DEFAULTS);
        }
    }

    /** {@code co_freevars}. */
    private static PyTuple freevars(PyCode co) {
        List<PyObject> names = new ArrayList<>();
        for (int i = 0; i < co.localspluskinds.length; i++) {
            if ((co.localspluskinds[i] & PyCode.CO_FAST_FREE) != 0) {
                names.add(PyStr.of(co.localsplusnames[i]));
            }
        }
        return PyTuple.wrap(names.toArray(new PyObject[0]));
    }

    /** {@code get_ref_type}: a class body provides __class__ and __classdict__ as cells. */
    int refType(String name) {
        if (g.u.scopeType == ScopeType.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return SymbolFlags.CELL;
        }
        int scope = g.u.ste.scope(name);
        if (scope == 0) {
            throw Errors.systemError("_PyST_GetScope(name='" + name + "') failed: unknown scope in unit " + g.u.name);
        }
        return scope;
    }
}
