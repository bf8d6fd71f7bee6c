package dev.snakebox.compiler;

import dev.snakebox.ast.BoolopNode;
import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.ast.OperatorNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.UnaryopNode;
import dev.snakebox.bytecode.BinaryOps;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyFrozenSet;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.List;

/**
 * AST to pseudo-instructions; the code generation half of CPython 3.13's
 * {@code Python/compile.c} ({@code compiler_visit_stmt}, {@code compiler_visit_expr},
 * {@code compiler_jump_if} and their helpers). The output, an {@link InstructionSequence} per
 * code unit, still holds pseudo-instructions (JUMP, SETUP_FINALLY, ...) and unoptimised
 * sequences; {@link FlowGraph} and {@link Assembler} take it from there.
 */
final class CodeGen {
    /** {@code CO_MAXBLOCKS}: statically nested blocks (loops, try, with) per code unit. */
    static final int MAX_BLOCKS = 21;
    /** {@code STACK_USE_GUIDELINE}: above this many items, build collections incrementally. */
    static final int STACK_USE_GUIDELINE = 30;
    /** Nesting of expressions and statements before "maximum recursion depth exceeded". */
    static final int MAX_RECURSION = 2000;

    // COMPARE_OP's oparg is cmp << 5 | mask; the masks are CPython's compare_masks.
    private static final int PY_LT = 0;
    private static final int PY_LE = 1;
    private static final int PY_EQ = 2;
    private static final int PY_NE = 3;
    private static final int PY_GT = 4;
    private static final int PY_GE = 5;
    private static final int COMPARISON_UNORDERED = 1;
    private static final int COMPARISON_LESS_THAN = 2;
    private static final int COMPARISON_GREATER_THAN = 4;
    private static final int COMPARISON_EQUALS = 8;
    private static final int COMPARISON_NOT_EQUALS = COMPARISON_UNORDERED | COMPARISON_LESS_THAN
            | COMPARISON_GREATER_THAN;
    private static final int[] COMPARE_MASKS = {
        COMPARISON_LESS_THAN,
        COMPARISON_LESS_THAN | COMPARISON_EQUALS,
        COMPARISON_EQUALS,
        COMPARISON_NOT_EQUALS,
        COMPARISON_GREATER_THAN,
        COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
    };

    CodeUnit u;
    int depth;
    /** The module's {@code from __future__} features (set by the caller before {@link #module}). */
    FutureFeatures future = new FutureFeatures();
    /** Where compile-time warnings go; none when null (tests of the code generator alone). */
    dev.snakebox.lexer.Source src;
    /** {@code c_optimize}: 1 drops assertions, 2 docstrings too (-O, -OO). */
    int optimize;
    /** {@code c_interactive}: the {@code single} mode, which echoes module-level expression statements. */
    boolean interactive;

    final AccessCodeGen access = new AccessCodeGen(this);
    final CallCodeGen calls = new CallCodeGen(this);
    final DisplayCodeGen displays = new DisplayCodeGen(this);
    final UnpackCodeGen unpack = new UnpackCodeGen(this);
    final AugAssignCodeGen augAssigns = new AugAssignCodeGen(this);
    final AnnAssignCodeGen annAssigns = new AnnAssignCodeGen(this);
    final ImportCodeGen imports = new ImportCodeGen(this);

    /** The module's symbol table; built by {@link #module} when not given. */
    SymbolTable st;
    /** {@code co_filename} of the code objects of nested scopes. */
    final String filename;
    /** The units of the scopes being compiled around {@link #u}. */
    final CodeUnitStack units = new CodeUnitStack(this);
    // the code generators of the node families that make or use scopes (they hold no state of their own)
    final FunctionCodeGen functions = new FunctionCodeGen(this);
    final ClassCodeGen classes = new ClassCodeGen(this);
    final ComprehensionCodeGen comprehensions = new ComprehensionCodeGen(this);
    final GeneratorCodeGen generators = new GeneratorCodeGen(this);
    final SuperCodeGen supers = new SuperCodeGen(this);
    final TypeParamsCodeGen typeParams = new TypeParamsCodeGen(this);

    /** A generator for tests of this stage: the symbol table is built from the module. */
    CodeGen() {
        this(null, "<test>");
    }

    CodeGen(SymbolTable st, String filename) {
        this.st = st;
        this.filename = filename;
    }

    /** {@code compiler_codegen} for a module: RESUME, the body, and the implicit return. */
    CodeUnit module(ModNode.Module mod) {
        if (st == null) {
            st = SymbolTable.build(mod);
        }
        // compiler_enter_scope: the module's RESUME sits on line 0.
        units.enter("<module>", CodeUnit.ScopeType.MODULE, mod, 1, null);
        body(startLocation(mod.body), mod.body);
        addReturnAtEnd(true);
        return u;
    }

    /**
     * {@code compiler_codegen} for the {@code single} mode: the statements of {@code mod} (the
     * interactive statement as a module, for its symbol table), each expression statement
     * printed by {@code INTRINSIC_PRINT}; no docstring.
     */
    CodeUnit interactive(ModNode.Module mod) {
        interactive = true;
        units.enter("<module>", CodeUnit.ScopeType.MODULE, mod, 1, null);
        if (AnnAssignCodeGen.findAnn(mod.body)) {
            addop(new Location(1, 1, 0, 0), Opcodes.SETUP_ANNOTATIONS);
        }
        for (StmtNode s : mod.body) {
            visitStmt(s);
        }
        addReturnAtEnd(true);
        return u;
    }

    /**
     * {@code compiler_codegen} for the {@code eval} mode: the expression, whose value the code
     * returns; {@code mod} holds it as its one statement, for the symbol table.
     */
    CodeUnit expression(ModNode.Module mod, ExprNode body) {
        units.enter("<module>", CodeUnit.ScopeType.MODULE, mod, 1, null);
        visitExpr(body);
        addReturnAtEnd(false);
        return u;
    }

    /** {@code start_location}: the first statement's span, or 1:0-1:0. */
    static Location startLocation(List<StmtNode> stmts) {
        return stmts.isEmpty() ? new Location(1, 1, 0, 0) : Location.of(stmts.get(0));
    }

    /**
     * {@code compiler_body}: SETUP_ANNOTATIONS if the body annotates, a docstring becomes
     * {@code __doc__}, then the statements.
     */
    void body(Location loc, List<StmtNode> stmts) {
        if (AnnAssignCodeGen.findAnn(stmts)) {
            addop(loc, Opcodes.SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int first = 0;
        PyStr docstring = docString(stmts);
        if (docstring != null) {
            first = 1;
        }
        if (docstring != null && optimize < 2) {
            ExprNode value = ((StmtNode.Expr) stmts.get(0)).value;
            loadConst(Location.of(value), PyStr.of(CleanDoc.clean(docstring.value())));
            nameop(Location.NONE, "__doc__", ExprContextNode.Store.KIND);
        }
        for (int i = first; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    /** {@code _PyAST_GetDocString}: a leading expression statement that is a str constant. */
    static PyStr docString(List<StmtNode> stmts) {
        StmtNode st = stmts.get(0);
        if (st instanceof StmtNode.Expr) {
            ExprNode e = ((StmtNode.Expr) st).value;
            if (e instanceof ExprNode.Constant && ((ExprNode.Constant) e).value instanceof PyStr) {
                return (PyStr) ((ExprNode.Constant) e).value;
            }
        }
        return null;
    }

    /** {@code add_return_at_end}: falling off the end returns None. */
    void addReturnAtEnd(boolean addNone) {
        if (addNone) {
            loadConst(Location.NONE, PyNone.NONE);
        }
        addop(Location.NONE, Opcodes.RETURN_VALUE);
    }

    // ---- emitting -------------------------------------------------------------------------

    void addop(Location loc, int opcode) {
        u.seq.addop(opcode, 0, loc);
    }

    void addopI(Location loc, int opcode, int oparg) {
        u.seq.addop(opcode, oparg, loc);
    }

    void addopJump(Location loc, int opcode, int label) {
        u.seq.addop(opcode, label, loc);
    }

    void loadConst(Location loc, PyObject value) {
        addopI(loc, Opcodes.LOAD_CONST, u.consts.add(value));
    }

    int newLabel() {
        return u.seq.newLabel();
    }

    void useLabel(int label) {
        u.seq.useLabel(label);
    }

    // ---- errors ---------------------------------------------------------------------------

    /**
     * {@code _PyCompile_Error}: a SyntaxError at {@code loc}. As in CPython, the offsets are the
     * UTF-8 byte columns plus one.
     */
    static SourceError error(Location loc, String msg) {
        return SourceError.syntax(msg, loc.lineno, loc.colOffset + 1, loc.endLineno, loc.endColOffset + 1);
    }

    /** {@code compiler_warn}: a SyntaxWarning at {@code loc}'s line. */
    void warn(Location loc, String msg) {
        if (src != null) {
            src.warn("SyntaxWarning", msg, loc.lineno, null, loc.colOffset + 1, loc.endLineno, loc.endColOffset + 1, true);
        }
    }

    /** Every node kind has its case: reaching this is a bug, reported as CPython reports its own. */
    static RuntimeException unsupported(Node n) {
        return Errors.systemError("unhandled node kind " + n.typeName());
    }

    void enter() {
        if (++depth > MAX_RECURSION) {
            throw Errors.raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    // ---- frame blocks ---------------------------------------------------------------------

    /** {@code compiler_push_fblock}. */
    void pushFBlock(Location loc, FBlock.Type type, int block, int exit, Object datum) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw error(loc, "too many statically nested blocks");
        }
        u.fblocks.add(new FBlock(type, block, exit, loc, datum));
    }

    /** {@code compiler_pop_fblock}. */
    void popFBlock(FBlock.Type type, int block) {
        FBlock top = u.fblocks.remove(u.fblocks.size() - 1);
        if (top.type != type || top.block != block) {
            throw Errors.systemError("fblock mismatch");
        }
    }

    /**
     * {@code compiler_unwind_fblock}: the code leaving {@code info} needs before a jump out of it.
     * Returns the location to use from here on.
     */
    Location unwindFBlock(Location loc, FBlock info, boolean preserveTos) {
        return FBlockUnwind.unwind(this, loc, info, preserveTos);
    }

    /**
     * {@code compiler_unwind_fblock_stack}: unwinds every block up to the innermost loop, which is
     * returned (null if there is none); with {@code wantLoop} false, unwinds everything.
     */
    FBlock unwindFBlockStack(Location[] loc, boolean preserveTos, boolean wantLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type == FBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw error(loc[0], "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (wantLoop && (top.type == FBlock.Type.WHILE_LOOP || top.type == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        loc[0] = unwindFBlock(loc[0], top, preserveTos);
        FBlock loop = unwindFBlockStack(loc, preserveTos, wantLoop);
        u.fblocks.add(top);
        return loop;
    }

    // ---- statements -----------------------------------------------------------------------

    void visitStmts(List<StmtNode> stmts) {
        for (StmtNode s : stmts) {
            visitStmt(s);
        }
    }

    /** {@code compiler_visit_stmt}. */
    void visitStmt(StmtNode s) {
        enter();
        switch (s.kind()) {
            case StmtNode.Assign.KIND: {
                StmtNode.Assign a = (StmtNode.Assign) s;
                int n = a.targets.size();
                visitExpr(a.value);
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        addopI(Location.of(s), Opcodes.COPY, 1);
                    }
                    visitExpr(a.targets.get(i));
                }
                break;
            }
            case StmtNode.AugAssign.KIND:
                augAssigns.augAssign((StmtNode.AugAssign) s);
                break;
            case StmtNode.AnnAssign.KIND:
                annAssigns.annAssign((StmtNode.AnnAssign) s);
                break;
            case StmtNode.Delete.KIND:
                for (ExprNode target : ((StmtNode.Delete) s).targets) {
                    visitExpr(target);
                }
                break;
            case StmtNode.Import.KIND:
                imports.importStmt((StmtNode.Import) s);
                break;
            case StmtNode.ImportFrom.KIND:
                imports.fromImport((StmtNode.ImportFrom) s);
                break;
            case StmtNode.While.KIND:
                whileStmt((StmtNode.While) s);
                break;
            case StmtNode.If.KIND:
                ifStmt((StmtNode.If) s);
                break;
            case StmtNode.Global.KIND:
            case StmtNode.Nonlocal.KIND:
                break;
            case StmtNode.FunctionDef.KIND:
            case StmtNode.AsyncFunctionDef.KIND:
                functions.function(s);
                break;
            case StmtNode.Return.KIND:
                functions.returnStmt((StmtNode.Return) s);
                break;
            case StmtNode.ClassDef.KIND:
                classes.classDef((StmtNode.ClassDef) s);
                break;
            case StmtNode.TypeAlias.KIND:
                typeParams.typeAlias((StmtNode.TypeAlias) s);
                break;
            case StmtNode.Expr.KIND:
                stmtExpr(Location.of(s), ((StmtNode.Expr) s).value);
                break;
            case StmtNode.Pass.KIND:
                addop(Location.of(s), Opcodes.NOP);
                break;
            case StmtNode.Break.KIND:
                breakStmt(Location.of(s));
                break;
            case StmtNode.Continue.KIND:
                continueStmt(Location.of(s));
                break;
            case StmtNode.Match.KIND:
                new PatternCodeGen(this).match((StmtNode.Match) s);
                break;
            case StmtNode.For.KIND:
                ForCodeGen.forStmt(this, (StmtNode.For) s);
                break;
            case StmtNode.AsyncFor.KIND:
                ForCodeGen.asyncFor(this, (StmtNode.AsyncFor) s);
                break;
            case StmtNode.Try.KIND:
                TryCodeGen.tryStmt(this, (StmtNode.Try) s);
                break;
            case StmtNode.TryStar.KIND:
                TryStarCodeGen.tryStar(this, (StmtNode.TryStar) s);
                break;
            case StmtNode.With.KIND:
                WithCodeGen.with(this, (StmtNode.With) s);
                break;
            case StmtNode.AsyncWith.KIND:
                WithCodeGen.asyncWith(this, (StmtNode.AsyncWith) s);
                break;
            case StmtNode.Raise.KIND:
                RaiseCodeGen.raise(this, (StmtNode.Raise) s);
                break;
            case StmtNode.Assert.KIND:
                RaiseCodeGen.assertStmt(this, (StmtNode.Assert) s);
                break;
            default:
                throw unsupported(s);
        }
        depth--;
    }

    /** {@code compiler_stmt_expr}: a constant statement is a NOP holding its line. */
    void stmtExpr(Location loc, ExprNode value) {
        if (interactive && u.scopeType == CodeUnit.ScopeType.MODULE) {
            visitExpr(value);
            addopI(loc, Opcodes.CALL_INTRINSIC_1, dev.snakebox.bytecode.Intrinsics.INTRINSIC_PRINT);
            addop(Location.NONE, Opcodes.POP_TOP);
            return;
        }
        if (value instanceof ExprNode.Constant) {
            addop(loc, Opcodes.NOP);
            return;
        }
        visitExpr(value);
        addop(Location.NONE, Opcodes.POP_TOP);
    }

    /**
     * {@code compiler_if}. An {@code elif} is an If alone in the else branch; a chain of them is
     * compiled in a loop rather than by recursion (same instructions, without the depth), since
     * long elif chains are common in generated code.
     */
    void ifStmt(StmtNode.If s) {
        java.util.ArrayList<Integer> ends = new java.util.ArrayList<>();
        while (true) {
            int end = newLabel();
            ends.add(end);
            int next = end;
            boolean hasElse = !s.orelse.isEmpty();
            if (hasElse) {
                next = newLabel();
            }
            jumpIf(Location.of(s), s.test, next, false);
            visitStmts(s.body);
            if (!hasElse) {
                break;
            }
            // JUMP_NO_INTERRUPT: conditional jumps to it are not threaded (optimize_basic_block
            // threads only through JUMP), as python3.13 shows
            addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
            useLabel(next);
            if (s.orelse.size() == 1 && s.orelse.get(0) instanceof StmtNode.If) {
                s = (StmtNode.If) s.orelse.get(0);
                continue;
            }
            visitStmts(s.orelse);
            break;
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            useLabel(ends.get(i));
        }
    }

    /** {@code compiler_while}: the test is compiled twice, before the loop and at its bottom. */
    void whileStmt(StmtNode.While s) {
        Location loc = Location.of(s);
        int loop = newLabel();
        int body = newLabel();
        int end = newLabel();
        int anchor = newLabel();
        useLabel(loop);
        pushFBlock(loc, FBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(loc, s.test, anchor, false);
        useLabel(body);
        visitStmts(s.body);
        jumpIf(loc, s.test, body, true);
        popFBlock(FBlock.Type.WHILE_LOOP, loop);
        useLabel(anchor);
        visitStmts(s.orelse);
        useLabel(end);
    }

    /** {@code compiler_break}. */
    void breakStmt(Location loc) {
        Location origin = loc;
        addop(loc, Opcodes.NOP); // holds the line number
        Location[] l = {loc};
        FBlock loop = unwindFBlockStack(l, false, true);
        if (loop == null) {
            throw error(origin, "'break' outside loop");
        }
        l[0] = unwindFBlock(l[0], loop, false);
        addopJump(l[0], Opcodes.JUMP, loop.exit);
    }

    /** {@code compiler_continue}. */
    void continueStmt(Location loc) {
        Location origin = loc;
        addop(loc, Opcodes.NOP); // holds the line number
        Location[] l = {loc};
        FBlock loop = unwindFBlockStack(l, false, true);
        if (loop == null) {
            throw error(origin, "'continue' not properly in loop");
        }
        addopJump(l[0], Opcodes.JUMP, loop.block);
    }

    // ---- conditions -----------------------------------------------------------------------

    /**
     * {@code compiler_jump_if}: jumps to {@code next} if {@code e} is {@code cond}, without
     * building the boolean where the shape of {@code e} allows (not, and/or, conditional
     * expressions, chained comparisons).
     */
    void jumpIf(Location loc, ExprNode e, int next, boolean cond) {
        enter();
        switch (e.kind()) {
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp un = (ExprNode.UnaryOp) e;
                if (un.op.kind() == UnaryopNode.Not.KIND) {
                    jumpIf(loc, un.operand, next, !cond);
                    depth--;
                    return;
                }
                break;
            }
            case ExprNode.BoolOp.KIND: {
                ExprNode.BoolOp b = (ExprNode.BoolOp) e;
                int n = b.values.size() - 1;
                boolean cond2 = b.op.kind() == BoolopNode.Or.KIND;
                int next2 = next;
                if (cond2 != cond) {
                    next2 = newLabel();
                }
                for (int i = 0; i < n; i++) {
                    jumpIf(loc, b.values.get(i), next2, cond2);
                }
                jumpIf(loc, b.values.get(n), next, cond);
                if (next2 != next) {
                    useLabel(next2);
                }
                depth--;
                return;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp ie = (ExprNode.IfExp) e;
                int end = newLabel();
                int next2 = newLabel();
                jumpIf(loc, ie.test, next2, false);
                jumpIf(loc, ie.body, next, cond);
                addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
                useLabel(next2);
                jumpIf(loc, ie.orelse, next, cond);
                useLabel(end);
                depth--;
                return;
            }
            case ExprNode.Compare.KIND: {
                ExprNode.Compare cmp = (ExprNode.Compare) e;
                int n = cmp.ops.size() - 1;
                if (n > 0) {
                    SyntaxWarnings.checkCompare(this, cmp);
                    Location el = Location.of(e);
                    int cleanup = newLabel();
                    visitExpr(cmp.left);
                    for (int i = 0; i < n; i++) {
                        visitExpr(cmp.comparators.get(i));
                        addopI(el, Opcodes.SWAP, 2);
                        addopI(el, Opcodes.COPY, 2);
                        addCompare(el, cmp.ops.get(i));
                        addop(el, Opcodes.TO_BOOL);
                        addopJump(el, Opcodes.POP_JUMP_IF_FALSE, cleanup);
                    }
                    visitExpr(cmp.comparators.get(n));
                    addCompare(el, cmp.ops.get(n));
                    addop(el, Opcodes.TO_BOOL);
                    addopJump(el, cond ? Opcodes.POP_JUMP_IF_TRUE : Opcodes.POP_JUMP_IF_FALSE, next);
                    int end = newLabel();
                    addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
                    useLabel(cleanup);
                    addop(el, Opcodes.POP_TOP);
                    if (!cond) {
                        addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, next);
                    }
                    useLabel(end);
                    depth--;
                    return;
                }
                break;
            }
            default:
                break;
        }
        // general implementation
        visitExpr(e);
        addop(Location.of(e), Opcodes.TO_BOOL);
        addopJump(Location.of(e), cond ? Opcodes.POP_JUMP_IF_TRUE : Opcodes.POP_JUMP_IF_FALSE, next);
        depth--;
    }

    // ---- expressions ----------------------------------------------------------------------

    /** {@code compiler_visit_expr}. */
    void visitExpr(ExprNode e) {
        enter();
        Location loc = Location.of(e);
        switch (e.kind()) {
            case ExprNode.BoolOp.KIND:
                boolOp((ExprNode.BoolOp) e);
                break;
            case ExprNode.NamedExpr.KIND: {
                ExprNode.NamedExpr ne = (ExprNode.NamedExpr) e;
                visitExpr(ne.value);
                addopI(loc, Opcodes.COPY, 1);
                visitExpr(ne.target);
                break;
            }
            case ExprNode.BinOp.KIND:
                binOp((ExprNode.BinOp) e);
                break;
            case ExprNode.Dict.KIND:
                displays.dict((ExprNode.Dict) e);
                break;
            case ExprNode.Set.KIND:
                displays.set((ExprNode.Set) e);
                break;
            case ExprNode.UnaryOp.KIND: {
                ExprNode.UnaryOp un = (ExprNode.UnaryOp) e;
                visitExpr(un.operand);
                switch (un.op.kind()) {
                    case UnaryopNode.UAdd.KIND:
                        addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_UNARY_POSITIVE);
                        break;
                    case UnaryopNode.Not.KIND:
                        addop(loc, Opcodes.TO_BOOL);
                        addop(loc, Opcodes.UNARY_NOT);
                        break;
                    case UnaryopNode.Invert.KIND:
                        addop(loc, Opcodes.UNARY_INVERT);
                        break;
                    default:
                        addop(loc, Opcodes.UNARY_NEGATIVE);
                        break;
                }
                break;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp ie = (ExprNode.IfExp) e;
                int end = newLabel();
                int next = newLabel();
                jumpIf(loc, ie.test, next, false);
                visitExpr(ie.body);
                addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
                useLabel(next);
                visitExpr(ie.orelse);
                useLabel(end);
                break;
            }
            case ExprNode.Compare.KIND:
                compare((ExprNode.Compare) e);
                break;
            case ExprNode.Call.KIND:
                calls.call((ExprNode.Call) e);
                break;
            case ExprNode.Lambda.KIND:
                functions.lambda((ExprNode.Lambda) e);
                break;
            case ExprNode.ListComp.KIND:
                comprehensions.listComp((ExprNode.ListComp) e);
                break;
            case ExprNode.SetComp.KIND:
                comprehensions.setComp((ExprNode.SetComp) e);
                break;
            case ExprNode.DictComp.KIND:
                comprehensions.dictComp((ExprNode.DictComp) e);
                break;
            case ExprNode.GeneratorExp.KIND:
                comprehensions.genExp((ExprNode.GeneratorExp) e);
                break;
            case ExprNode.Yield.KIND:
                generators.yield((ExprNode.Yield) e);
                break;
            case ExprNode.YieldFrom.KIND:
                generators.yieldFrom((ExprNode.YieldFrom) e);
                break;
            case ExprNode.Await.KIND:
                generators.await((ExprNode.Await) e);
                break;
            case ExprNode.Constant.KIND:
                loadConst(loc, (PyObject) ((ExprNode.Constant) e).value);
                break;
            case ExprNode.Name.KIND: {
                ExprNode.Name n = (ExprNode.Name) e;
                nameop(loc, n.id, n.ctx.kind());
                break;
            }
            case ExprNode.Attribute.KIND:
                access.attribute((ExprNode.Attribute) e);
                break;
            case ExprNode.Subscript.KIND:
                access.subscript((ExprNode.Subscript) e);
                break;
            case ExprNode.Starred.KIND:
                throw UnpackCodeGen.misplacedStarred((ExprNode.Starred) e);
            case ExprNode.Slice.KIND:
                access.buildSlice((ExprNode.Slice) e);
                break;
            case ExprNode.List.KIND:
                displays.list((ExprNode.List) e);
                break;
            case ExprNode.Tuple.KIND:
                tuple((ExprNode.Tuple) e);
                break;
            case ExprNode.JoinedStr.KIND:
                joinedStr((ExprNode.JoinedStr) e);
                break;
            case ExprNode.FormattedValue.KIND:
                formattedValue((ExprNode.FormattedValue) e);
                break;
            default:
                throw unsupported(e);
        }
        depth--;
    }

    /**
     * A BinOp: left, right, BINARY_OP. The left operands of a chain like {@code a + b + c + ...}
     * nest as deep as the chain is long, so the left spine is walked in a loop rather than by
     * recursion (the same instructions, without the depth).
     */
    void binOp(ExprNode.BinOp e) {
        java.util.ArrayList<ExprNode.BinOp> spine = new java.util.ArrayList<>();
        ExprNode left = e;
        while (left instanceof ExprNode.BinOp) {
            spine.add((ExprNode.BinOp) left);
            left = ((ExprNode.BinOp) left).left;
        }
        visitExpr(left);
        for (int i = spine.size() - 1; i >= 0; i--) {
            ExprNode.BinOp b = spine.get(i);
            visitExpr(b.right);
            addopI(Location.of(b), Opcodes.BINARY_OP, binaryOparg(b.op, false));
        }
    }

    /**
     * {@code compiler_nameop}: the load, store or delete of a name as its scope wants it: fast
     * local, cell or free variable (DEREF), global, or by name in module and class bodies.
     */
    void nameop(Location loc, String name, int ctx) {
        if (name.equals("__debug__")) {
            // forbidden_name
            if (ctx == ExprContextNode.Store.KIND) {
                throw error(loc, "cannot assign to __debug__");
            }
            if (ctx == ExprContextNode.Del.KIND) {
                throw error(loc, "cannot delete __debug__");
            }
        }
        SymbolTableEntry ste = u.ste;
        String mangled = Mangling.maybeMangle(u.privateName, ste, name);
        int scope = ste.scope(mangled);
        java.util.Map<String, Integer> derefs = null;
        boolean fast = false;
        boolean global = false;
        switch (scope) {
            case SymbolFlags.FREE:
                derefs = u.freevars;
                break;
            case SymbolFlags.CELL:
                derefs = u.cellvars;
                break;
            case SymbolFlags.LOCAL:
                fast = ste.isFunctionLike() || Boolean.TRUE.equals(u.fasthidden.get(mangled));
                break;
            case SymbolFlags.GLOBAL_IMPLICIT:
                global = ste.isFunctionLike();
                break;
            case SymbolFlags.GLOBAL_EXPLICIT:
                global = true;
                break;
            default:
                break;
        }
        boolean load = ctx == ExprContextNode.Load.KIND;
        boolean store = ctx == ExprContextNode.Store.KIND;
        if (derefs != null) {
            int op;
            if (load) {
                if (ste.type == SymbolTableEntry.BlockType.CLASS && u.inInlinedComp == 0) {
                    // a class body looks in its namespace first
                    addop(loc, Opcodes.LOAD_LOCALS);
                    op = Opcodes.LOAD_FROM_DICT_OR_DEREF;
                } else if (ste.canSeeClassScope) {
                    addopI(loc, Opcodes.LOAD_DEREF, CodeUnit.addTo(u.freevars, "__classdict__"));
                    op = Opcodes.LOAD_FROM_DICT_OR_DEREF;
                } else {
                    op = Opcodes.LOAD_DEREF;
                }
            } else {
                op = store ? Opcodes.STORE_DEREF : Opcodes.DELETE_DEREF;
            }
            addopI(loc, op, CodeUnit.addTo(derefs, mangled));
            return;
        }
        if (fast) {
            int op = load ? Opcodes.LOAD_FAST : store ? Opcodes.STORE_FAST : Opcodes.DELETE_FAST;
            addopI(loc, op, CodeUnit.addTo(u.varnames, mangled));
            return;
        }
        int op;
        if (global) {
            if (load) {
                if (ste.canSeeClassScope && scope == SymbolFlags.GLOBAL_IMPLICIT) {
                    addopI(loc, Opcodes.LOAD_DEREF, CodeUnit.addTo(u.freevars, "__classdict__"));
                    op = Opcodes.LOAD_FROM_DICT_OR_GLOBALS;
                } else {
                    op = Opcodes.LOAD_GLOBAL;
                }
            } else {
                op = store ? Opcodes.STORE_GLOBAL : Opcodes.DELETE_GLOBAL;
            }
        } else if (load) {
            op = ste.type == SymbolTableEntry.BlockType.CLASS && u.inInlinedComp > 0 ? Opcodes.LOAD_GLOBAL
                    : Opcodes.LOAD_NAME;
        } else {
            op = store ? Opcodes.STORE_NAME : Opcodes.DELETE_NAME;
        }
        int arg = u.addName(mangled);
        addopI(loc, op, op == Opcodes.LOAD_GLOBAL ? arg << 1 : arg);
    }

    /**
     * {@code compiler_addop_name}: an instruction on a (mangled) name of {@code co_names};
     * LOAD_ATTR, LOAD_SUPER_ATTR and their method forms carry flags in the low bits.
     */
    void addopName(Location loc, int opcode, String name) {
        int arg = u.addName(Mangling.maybeMangle(u.privateName, u.ste, name));
        switch (opcode) {
            case Opcodes.LOAD_ATTR:
                arg <<= 1;
                break;
            case Opcodes.LOAD_METHOD:
                opcode = Opcodes.LOAD_ATTR;
                arg = arg << 1 | 1;
                break;
            case Opcodes.LOAD_SUPER_ATTR:
                arg = arg << 2 | 2;
                break;
            case Opcodes.LOAD_SUPER_METHOD:
                opcode = Opcodes.LOAD_SUPER_ATTR;
                arg = arg << 2 | 3;
                break;
            case Opcodes.LOAD_ZERO_SUPER_ATTR:
                opcode = Opcodes.LOAD_SUPER_ATTR;
                arg <<= 2;
                break;
            case Opcodes.LOAD_ZERO_SUPER_METHOD:
                opcode = Opcodes.LOAD_SUPER_ATTR;
                arg = arg << 2 | 1;
                break;
            default:
                break;
        }
        addopI(loc, opcode, arg);
    }

    /** {@code compiler_boolop}: {@code a and b} keeps {@code a} if it is false, else evaluates {@code b}. */
    void boolOp(ExprNode.BoolOp e) {
        Location loc = Location.of(e);
        int jump = e.op.kind() == BoolopNode.And.KIND ? Opcodes.POP_JUMP_IF_FALSE : Opcodes.POP_JUMP_IF_TRUE;
        int end = newLabel();
        int n = e.values.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(e.values.get(i));
            addopI(loc, Opcodes.COPY, 1);
            addop(loc, Opcodes.TO_BOOL);
            addopJump(loc, jump, end);
            addop(loc, Opcodes.POP_TOP);
        }
        visitExpr(e.values.get(n));
        useLabel(end);
    }

    /** {@code compiler_compare}: a chain keeps the middle operand with SWAP/COPY. */
    void compare(ExprNode.Compare e) {
        SyntaxWarnings.checkCompare(this, e);
        Location loc = Location.of(e);
        visitExpr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visitExpr(e.comparators.get(0));
            addCompare(loc, e.ops.get(0));
            return;
        }
        int cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators.get(i));
            addopI(loc, Opcodes.SWAP, 2);
            addopI(loc, Opcodes.COPY, 2);
            addCompare(loc, e.ops.get(i));
            addopI(loc, Opcodes.COPY, 1);
            addop(loc, Opcodes.TO_BOOL);
            addopJump(loc, Opcodes.POP_JUMP_IF_FALSE, cleanup);
            addop(loc, Opcodes.POP_TOP);
        }
        visitExpr(e.comparators.get(n));
        addCompare(loc, e.ops.get(n));
        int end = newLabel();
        addopJump(Location.NONE, Opcodes.JUMP_NO_INTERRUPT, end);
        useLabel(cleanup);
        addopI(loc, Opcodes.SWAP, 2);
        addop(loc, Opcodes.POP_TOP);
        useLabel(end);
    }

    /** {@code compiler_addcompare}. */
    void addCompare(Location loc, CmpopNode op) {
        int cmp;
        switch (op.kind()) {
            case CmpopNode.Eq.KIND: cmp = PY_EQ; break;
            case CmpopNode.NotEq.KIND: cmp = PY_NE; break;
            case CmpopNode.Lt.KIND: cmp = PY_LT; break;
            case CmpopNode.LtE.KIND: cmp = PY_LE; break;
            case CmpopNode.Gt.KIND: cmp = PY_GT; break;
            case CmpopNode.GtE.KIND: cmp = PY_GE; break;
            case CmpopNode.Is.KIND:
                addopI(loc, Opcodes.IS_OP, 0);
                return;
            case CmpopNode.IsNot.KIND:
                addopI(loc, Opcodes.IS_OP, 1);
                return;
            case CmpopNode.In.KIND:
                addopI(loc, Opcodes.CONTAINS_OP, 0);
                return;
            default: // NotIn
                addopI(loc, Opcodes.CONTAINS_OP, 1);
                return;
        }
        // cmp in the top three bits; the low four hold the mask the specialised forms use; bit 4
        // (convert to bool) is set by the flow-graph optimiser when a TO_BOOL follows.
        addopI(loc, Opcodes.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp]);
    }

    /** {@code addop_binary}: the BINARY_OP argument (an {@code NB_*} number) for an operator. */
    static int binaryOparg(OperatorNode op, boolean inplace) {
        switch (op.kind()) {
            case OperatorNode.Add.KIND: return inplace ? BinaryOps.NB_INPLACE_ADD : BinaryOps.NB_ADD;
            case OperatorNode.Sub.KIND: return inplace ? BinaryOps.NB_INPLACE_SUBTRACT : BinaryOps.NB_SUBTRACT;
            case OperatorNode.Mult.KIND: return inplace ? BinaryOps.NB_INPLACE_MULTIPLY : BinaryOps.NB_MULTIPLY;
            case OperatorNode.MatMult.KIND:
                return inplace ? BinaryOps.NB_INPLACE_MATRIX_MULTIPLY : BinaryOps.NB_MATRIX_MULTIPLY;
            case OperatorNode.Div.KIND: return inplace ? BinaryOps.NB_INPLACE_TRUE_DIVIDE : BinaryOps.NB_TRUE_DIVIDE;
            case OperatorNode.Mod.KIND: return inplace ? BinaryOps.NB_INPLACE_REMAINDER : BinaryOps.NB_REMAINDER;
            case OperatorNode.Pow.KIND: return inplace ? BinaryOps.NB_INPLACE_POWER : BinaryOps.NB_POWER;
            case OperatorNode.LShift.KIND: return inplace ? BinaryOps.NB_INPLACE_LSHIFT : BinaryOps.NB_LSHIFT;
            case OperatorNode.RShift.KIND: return inplace ? BinaryOps.NB_INPLACE_RSHIFT : BinaryOps.NB_RSHIFT;
            case OperatorNode.BitOr.KIND: return inplace ? BinaryOps.NB_INPLACE_OR : BinaryOps.NB_OR;
            case OperatorNode.BitXor.KIND: return inplace ? BinaryOps.NB_INPLACE_XOR : BinaryOps.NB_XOR;
            case OperatorNode.BitAnd.KIND: return inplace ? BinaryOps.NB_INPLACE_AND : BinaryOps.NB_AND;
            default: return inplace ? BinaryOps.NB_INPLACE_FLOOR_DIVIDE : BinaryOps.NB_FLOOR_DIVIDE;
        }
    }

    /** {@code compiler_call_helper} with positional arguments only; see {@link CallCodeGen}. */
    void callHelper(Location loc, int n, List<ExprNode> args) {
        calls.callHelper(loc, n, args, java.util.Collections.emptyList());
    }

    /** {@code compiler_tuple}: a display, an unpacking target, or the items of a {@code del}. */
    void tuple(ExprNode.Tuple e) {
        Location loc = Location.of(e);
        switch (e.ctx.kind()) {
            case ExprContextNode.Store.KIND:
                unpack.assignmentHelper(loc, e.elts);
                break;
            case ExprContextNode.Load.KIND:
                starunpackHelper(loc, e.elts, 0, Opcodes.BUILD_LIST, Opcodes.LIST_APPEND, Opcodes.LIST_EXTEND, true);
                break;
            default:
                for (ExprNode elt : e.elts) {
                    visitExpr(elt);
                }
                break;
        }
    }

    /**
     * {@code starunpack_helper}: builds a tuple/list/set from items, some maybe starred; many
     * items are added one by one to keep the stack small.
     */
    void starunpackHelper(Location loc, List<ExprNode> elts, int pushed, int build, int add, int extend,
            boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts)) {
            // the items become one tuple constant, extended into the collection being built
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = (PyObject) ((ExprNode.Constant) elts.get(i)).value;
            }
            PyObject folded = PyTuple.wrap(items);
            if (tuple && pushed == 0) {
                loadConst(loc, folded);
                return;
            }
            if (add == Opcodes.SET_ADD) {
                folded = PyFrozenSet.of(items);
            }
            addopI(loc, build, pushed);
            loadConst(loc, folded);
            addopI(loc, extend, 1);
            if (tuple) {
                addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_LIST_TO_TUPLE);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprNode elt : elts) {
            if (elt instanceof ExprNode.Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            for (ExprNode elt : elts) {
                visitExpr(elt);
            }
            addopI(loc, tuple ? Opcodes.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(loc, build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            ExprNode elt = elts.get(i);
            if (elt instanceof ExprNode.Starred) {
                if (!sequenceBuilt) {
                    addopI(loc, build, i + pushed);
                    sequenceBuilt = true;
                }
                visitExpr(((ExprNode.Starred) elt).value);
                addopI(loc, extend, 1);
            } else {
                visitExpr(elt);
                if (sequenceBuilt) {
                    addopI(loc, add, 1);
                }
            }
        }
        if (tuple) {
            addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_LIST_TO_TUPLE);
        }
    }

    /** {@code compiler_joined_str}: the parts, then BUILD_STRING (or str.join for many parts). */
    void joinedStr(ExprNode.JoinedStr e) {
        Location loc = Location.of(e);
        int n = e.values.size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst(loc, PyStr.EMPTY);
            addopI(loc, Opcodes.LOAD_ATTR, u.addName("join") << 1 | 1); // LOAD_METHOD
            addopI(loc, Opcodes.BUILD_LIST, 0);
            for (ExprNode v : e.values) {
                visitExpr(v);
                addopI(loc, Opcodes.LIST_APPEND, 1);
            }
            addopI(loc, Opcodes.CALL, 1);
            return;
        }
        for (ExprNode v : e.values) {
            visitExpr(v);
        }
        if (n > 1) {
            addopI(loc, Opcodes.BUILD_STRING, n);
        } else if (n == 0) {
            loadConst(loc, PyStr.EMPTY);
        }
    }

    /** {@code compiler_formatted_value}: CONVERT_VALUE for !s/!r/!a, then FORMAT_*. */
    void formattedValue(ExprNode.FormattedValue e) {
        visitExpr(e.value);
        Location loc = Location.of(e);
        if (e.conversion != -1) {
            int oparg;
            switch (e.conversion) {
                case 's': oparg = 1; break; // FVC_STR
                case 'r': oparg = 2; break; // FVC_REPR
                case 'a': oparg = 3; break; // FVC_ASCII
                default: throw Errors.systemError("Unrecognized conversion character " + e.conversion);
            }
            addopI(loc, Opcodes.CONVERT_VALUE, oparg);
        }
        if (e.formatSpec != null) {
            visitExpr(e.formatSpec);
            addop(loc, Opcodes.FORMAT_WITH_SPEC);
        } else {
            addop(loc, Opcodes.FORMAT_SIMPLE);
        }
    }

    static boolean allConstant(List<ExprNode> elts) {
        for (ExprNode e : elts) {
            if (!(e instanceof ExprNode.Constant)) {
                return false;
            }
        }
        return true;
    }
}
