package dev.snakebox.compiler;

import static dev.snakebox.compiler.SymbolFlags.DEF_ANNOT;
import static dev.snakebox.compiler.SymbolFlags.DEF_COMP_ITER;
import static dev.snakebox.compiler.SymbolFlags.DEF_GLOBAL;
import static dev.snakebox.compiler.SymbolFlags.DEF_IMPORT;
import static dev.snakebox.compiler.SymbolFlags.DEF_LOCAL;
import static dev.snakebox.compiler.SymbolFlags.DEF_NONLOCAL;
import static dev.snakebox.compiler.SymbolFlags.DEF_PARAM;
import static dev.snakebox.compiler.SymbolFlags.DEF_TYPE_PARAM;
import static dev.snakebox.compiler.SymbolFlags.USE;

import dev.snakebox.ast.Alias;
import dev.snakebox.ast.Arg;
import dev.snakebox.ast.Arguments;
import dev.snakebox.ast.Comprehension;
import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.ast.Withitem;
import dev.snakebox.compiler.SymbolTableEntry.BlockType;
import dev.snakebox.compiler.SymbolTableEntry.ComprehensionType;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The first pass of the symbol table: walks the AST, creates a {@link SymbolTableEntry} per
 * scope and records the raw facts about each name (assigned, used, parameter, declared global
 * ...); CPython 3.13's {@code symtable_visit_*} functions ({@code Python/symtable.c}). Raises
 * the SyntaxErrors CPython raises while doing so, in the same order. {@link SymbolAnalysis}
 * then decides each name's scope.
 */
final class SymbolTableBuilder {
    private final SymbolTable table;
    private final boolean futureAnnotations;
    private final List<SymbolTableEntry> stack = new ArrayList<>();
    private SymbolTableEntry cur;
    private SymbolTableEntry top;
    /** {@code st_private}: the name of the class being visited, for mangling. */
    private String privateName;
    private int depth;

    private SymbolTableBuilder(SymbolTable table, boolean futureAnnotations) {
        this.table = table;
        this.futureAnnotations = futureAnnotations;
    }

    /** {@code _PySymtable_Build}'s first pass: the module's scope with every scope inside it. */
    static SymbolTableEntry build(SymbolTable table, ModNode.Module mod, boolean futureAnnotations) {
        SymbolTableBuilder b = new SymbolTableBuilder(table, futureAnnotations);
        b.enterBlock("top", BlockType.MODULE, mod, new Location(0, 0, 0, 0));
        b.top = b.cur;
        b.visitStmts(mod.body);
        b.exitBlock();
        return b.top;
    }

    /**
     * Whether {@code from __future__ import annotations} is in effect ({@code future_parse}):
     * future imports may only follow the docstring and each other.
     */
    static boolean hasFutureAnnotations(ModNode.Module mod) {
        List<StmtNode> body = mod.body;
        int i = !body.isEmpty() && CodeGen.docString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            StmtNode s = body.get(i);
            if (!(s instanceof StmtNode.ImportFrom)) {
                break;
            }
            StmtNode.ImportFrom f = (StmtNode.ImportFrom) s;
            if (f.level != null && f.level != 0 || !"__future__".equals(f.module)) {
                break;
            }
            for (Alias a : f.names) {
                if (a.name.equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- blocks ---------------------------------------------------------------------------

    /** {@code symtable_enter_block}. */
    private void enterBlock(String name, BlockType type, Object key, Location loc) {
        SymbolTableEntry ste = new SymbolTableEntry(name, type, key, loc.lineno, loc.colOffset, loc.endLineno,
                loc.endColOffset);
        SymbolTableEntry prev = cur;
        if (prev != null && (prev.nested || prev.isFunctionLike())) {
            ste.nested = true;
        }
        table.register(key, ste);
        stack.add(ste);
        if (prev != null) {
            // bpo-37757: no assignment expressions anywhere in a comprehension's first iterable
            ste.compIterExpr = prev.compIterExpr;
            // classes mangle every private name, so they do not inherit the restriction
            if (prev.mangledNames != null && type != BlockType.CLASS) {
                ste.mangledNames = prev.mangledNames;
            }
        }
        cur = ste;
        // annotation scopes (only under 'from __future__ import annotations') are turned into
        // strings by code generation, so they have no effect on the table
        if (type == BlockType.ANNOTATION) {
            return;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    /** {@code symtable_exit_block}. */
    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** {@code symtable_enter_type_param_block}: the scope holding a generic's type parameters. */
    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass, Location loc) {
        BlockType currentType = cur.type;
        enterBlock(name, BlockType.TYPE_PARAMETERS, key, loc);
        if (currentType == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // set when the type params tuple is made, used when the bases are built
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    // ---- names ----------------------------------------------------------------------------

    private long lookup(String name) {
        return cur.symbol(Mangling.maybeMangle(privateName, cur, name));
    }

    /** {@code symtable_add_def}. */
    private void addDef(String name, int flag, Location loc) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDefHelper(name, flag, cur, loc);
    }

    /** {@code symtable_add_def_helper}: records {@code flag} for {@code name} in {@code ste}. */
    private void addDefHelper(String name, int flag, SymbolTableEntry ste, Location loc) {
        String mangled = Mangling.maybeMangle(privateName, cur, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw CodeGen.error(loc, "duplicate argument '" + name + "' in function definition");
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw CodeGen.error(loc, "duplicate type parameter '" + name + "'");
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // an iteration variable: an assignment expression may not rebind it
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw CodeGen.error(loc, "comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'");
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // a global declaration anywhere also marks the module's name
            top.symbols.put(mangled, top.symbol(mangled) | flag);
        }
    }

    /** {@code symtable_record_directive}. */
    private void recordDirective(String name, Location loc) {
        cur.directives.add(new SymbolTableEntry.Directive(Mangling.maybeMangle(privateName, cur, name), loc));
    }

    // ---- statements -----------------------------------------------------------------------

    private void enter() {
        if (++depth > CodeGen.MAX_RECURSION) {
            throw Errors.raise(ExceptionTypes.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private void visitStmts(List<StmtNode> body) {
        for (StmtNode s : body) {
            visitStmt(s);
        }
    }

    /** {@code symtable_visit_stmt}. */
    private void visitStmt(StmtNode s) {
        enter();
        Location loc = Location.of(s);
        switch (s.kind()) {
            case StmtNode.FunctionDef.KIND: {
                StmtNode.FunctionDef f = (StmtNode.FunctionDef) s;
                function(s, f.name, f.args, f.body, f.decoratorList, f.returns, f.typeParams, false);
                break;
            }
            case StmtNode.AsyncFunctionDef.KIND: {
                StmtNode.AsyncFunctionDef f = (StmtNode.AsyncFunctionDef) s;
                function(s, f.name, f.args, f.body, f.decoratorList, f.returns, f.typeParams, true);
                break;
            }
            case StmtNode.ClassDef.KIND:
                classDef((StmtNode.ClassDef) s);
                break;
            case StmtNode.TypeAlias.KIND:
                typeAlias((StmtNode.TypeAlias) s);
                break;
            case StmtNode.Return.KIND: {
                StmtNode.Return r = (StmtNode.Return) s;
                if (r.value != null) {
                    visitExpr(r.value);
                    cur.returnsValue = true;
                }
                break;
            }
            case StmtNode.Delete.KIND:
                visitExprs(((StmtNode.Delete) s).targets);
                break;
            case StmtNode.Assign.KIND: {
                StmtNode.Assign a = (StmtNode.Assign) s;
                visitExprs(a.targets);
                visitExpr(a.value);
                break;
            }
            case StmtNode.AnnAssign.KIND:
                annAssign((StmtNode.AnnAssign) s);
                break;
            case StmtNode.AugAssign.KIND: {
                StmtNode.AugAssign a = (StmtNode.AugAssign) s;
                visitExpr(a.target);
                visitExpr(a.value);
                break;
            }
            case StmtNode.For.KIND: {
                StmtNode.For f = (StmtNode.For) s;
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
                break;
            }
            case StmtNode.AsyncFor.KIND: {
                StmtNode.AsyncFor f = (StmtNode.AsyncFor) s;
                visitExpr(f.target);
                visitExpr(f.iter);
                visitStmts(f.body);
                visitStmts(f.orelse);
                break;
            }
            case StmtNode.While.KIND: {
                StmtNode.While w = (StmtNode.While) s;
                visitExpr(w.test);
                visitStmts(w.body);
                visitStmts(w.orelse);
                break;
            }
            case StmtNode.If.KIND: {
                // an elif chain in a loop rather than by recursion (long chains are common)
                StmtNode.If i = (StmtNode.If) s;
                while (true) {
                    visitExpr(i.test);
                    visitStmts(i.body);
                    if (i.orelse.size() == 1 && i.orelse.get(0) instanceof StmtNode.If) {
                        i = (StmtNode.If) i.orelse.get(0);
                        continue;
                    }
                    visitStmts(i.orelse);
                    break;
                }
                break;
            }
            case StmtNode.Match.KIND: {
                StmtNode.Match m = (StmtNode.Match) s;
                visitExpr(m.subject);
                for (MatchCase c : m.cases) {
                    visitPattern(c.pattern);
                    if (c.guard != null) {
                        visitExpr(c.guard);
                    }
                    visitStmts(c.body);
                }
                break;
            }
            case StmtNode.Raise.KIND: {
                StmtNode.Raise r = (StmtNode.Raise) s;
                if (r.exc != null) {
                    visitExpr(r.exc);
                    if (r.cause != null) {
                        visitExpr(r.cause);
                    }
                }
                break;
            }
            case StmtNode.Try.KIND: {
                StmtNode.Try t = (StmtNode.Try) s;
                visitStmts(t.body);
                handlers(t.handlers);
                visitStmts(t.orelse);
                visitStmts(t.finalbody);
                break;
            }
            case StmtNode.TryStar.KIND: {
                StmtNode.TryStar t = (StmtNode.TryStar) s;
                visitStmts(t.body);
                handlers(t.handlers);
                visitStmts(t.orelse);
                visitStmts(t.finalbody);
                break;
            }
            case StmtNode.Assert.KIND: {
                StmtNode.Assert a = (StmtNode.Assert) s;
                visitExpr(a.test);
                if (a.msg != null) {
                    visitExpr(a.msg);
                }
                break;
            }
            case StmtNode.Import.KIND:
                for (Alias a : ((StmtNode.Import) s).names) {
                    alias(a);
                }
                break;
            case StmtNode.ImportFrom.KIND:
                for (Alias a : ((StmtNode.ImportFrom) s).names) {
                    alias(a);
                }
                break;
            case StmtNode.Global.KIND:
                for (String name : ((StmtNode.Global) s).names) {
                    declare(loc, name, DEF_GLOBAL, "global");
                }
                break;
            case StmtNode.Nonlocal.KIND:
                for (String name : ((StmtNode.Nonlocal) s).names) {
                    declare(loc, name, DEF_NONLOCAL, "nonlocal");
                }
                break;
            case StmtNode.Expr.KIND:
                visitExpr(((StmtNode.Expr) s).value);
                break;
            case StmtNode.With.KIND: {
                StmtNode.With w = (StmtNode.With) s;
                withItems(w.items);
                visitStmts(w.body);
                break;
            }
            case StmtNode.AsyncWith.KIND: {
                StmtNode.AsyncWith w = (StmtNode.AsyncWith) s;
                withItems(w.items);
                visitStmts(w.body);
                break;
            }
            default: // Pass, Break, Continue
                break;
        }
        depth--;
    }

    private void function(StmtNode s, String name, Arguments args, List<StmtNode> body, List<ExprNode> decorators,
            ExprNode returns, List<TypeParamNode> typeParams, boolean isAsync) {
        Location loc = Location.of(s);
        addDef(name, DEF_LOCAL, loc);
        visitExprs(args.defaults);
        visitExprsWithNull(args.kwDefaults);
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults sequence for NULL, and the parser always makes one
            enterTypeParamBlock(name, typeParams, true, hasKwOnlyDefaults(args), false, loc);
            typeParams(typeParams);
        }
        annotations(s, args, returns);
        enterBlock(name, BlockType.FUNCTION, s, loc);
        if (isAsync) {
            cur.coroutine = true;
        }
        arguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwOnlyDefaults(Arguments args) {
        for (ExprNode d : args.kwDefaults) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void classDef(StmtNode.ClassDef c) {
        Location loc = Location.of(c);
        addDef(c.name, DEF_LOCAL, loc);
        visitExprs(c.decoratorList);
        String saved = privateName;
        boolean generic = !c.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name, c.typeParams, false, false, true, loc);
            privateName = c.name;
            cur.mangledNames = new HashSet<>();
            typeParams(c.typeParams);
        }
        visitExprs(c.bases);
        for (Keyword k : c.keywords) {
            visitExpr(k.value);
        }
        enterBlock(c.name, BlockType.CLASS, c, loc);
        privateName = c.name;
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
        }
        visitStmts(c.body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
    }

    private void typeAlias(StmtNode.TypeAlias t) {
        Location loc = Location.of(t);
        visitExpr(t.name);
        String name = ((ExprNode.Name) t.name).id;
        boolean inClass = cur.type == BlockType.CLASS;
        boolean generic = !t.typeParams.isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t.typeParams, false, false, false, loc);
            typeParams(t.typeParams);
        }
        enterBlock(name, BlockType.TYPE_ALIAS, t, loc);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Location.of(t.value));
        }
        visitExpr(t.value);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void annAssign(StmtNode.AnnAssign a) {
        if (a.target instanceof ExprNode.Name) {
            ExprNode.Name target = (ExprNode.Name) a.target;
            long old = lookup(target.id);
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple != 0) {
                throw CodeGen.error(Location.of(a), "annotated name '" + target.id + "' can't be "
                        + ((old & DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
            }
            if (a.simple != 0) {
                addDef(target.id, DEF_ANNOT | DEF_LOCAL, Location.of(target));
            } else if (a.value != null) {
                addDef(target.id, DEF_LOCAL, Location.of(target));
            }
        } else {
            visitExpr(a.target);
        }
        annotation(a.annotation);
        if (a.value != null) {
            visitExpr(a.value);
        }
    }

    /** A global or nonlocal declaration of {@code name}. */
    private void declare(Location loc, String name, int flag, String what) {
        long old = lookup(name);
        if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
            String msg;
            if ((old & DEF_PARAM) != 0) {
                msg = "name '" + name + "' is parameter and " + what;
            } else if ((old & USE) != 0) {
                msg = "name '" + name + "' is used prior to " + what + " declaration";
            } else if ((old & DEF_ANNOT) != 0) {
                msg = "annotated name '" + name + "' can't be " + what;
            } else {
                msg = "name '" + name + "' is assigned to before " + what + " declaration";
            }
            throw CodeGen.error(loc, msg);
        }
        addDef(name, flag, loc);
        recordDirective(name, loc);
    }

    /** {@code symtable_visit_alias}: binds the first part of a dotted name, or checks {@code *}. */
    private void alias(Alias a) {
        String name = a.asname != null ? a.asname : a.name;
        if (name.equals("*")) {
            if (cur.type != BlockType.MODULE) {
                throw CodeGen.error(Location.of(a), "import * only allowed at module level");
            }
            return;
        }
        int dot = name.indexOf('.');
        addDef(dot < 0 ? name : name.substring(0, dot), DEF_IMPORT, Location.of(a));
    }

    private void handlers(List<ExcepthandlerNode> handlers) {
        for (ExcepthandlerNode h : handlers) {
            ExcepthandlerNode.ExceptHandler e = (ExcepthandlerNode.ExceptHandler) h;
            if (e.type != null) {
                visitExpr(e.type);
            }
            if (e.name != null) {
                addDef(e.name, DEF_LOCAL, Location.of(e));
            }
            visitStmts(e.body);
        }
    }

    private void withItems(List<Withitem> items) {
        for (Withitem item : items) {
            visitExpr(item.contextExpr);
            if (item.optionalVars != null) {
                visitExpr(item.optionalVars);
            }
        }
    }

    // ---- parameters and annotations -------------------------------------------------------

    /** {@code symtable_visit_arguments}: the parameters, in the order of {@code co_varnames}. */
    private void arguments(Arguments a) {
        params(a.posonlyargs);
        params(a.args);
        params(a.kwonlyargs);
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, Location.of(a.vararg));
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, Location.of(a.kwarg));
            cur.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg, DEF_PARAM, Location.of(a));
        }
    }

    /** {@code symtable_visit_annotations}: evaluated in the scope around the function. */
    private void annotations(StmtNode s, Arguments a, ExprNode returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, s, Location.of(s));
        }
        argAnnotations(a.posonlyargs);
        argAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) {
            visitExpr(a.vararg.annotation);
        }
        if (a.kwarg != null && a.kwarg.annotation != null) {
            visitExpr(a.kwarg.annotation);
        }
        argAnnotations(a.kwonlyargs);
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation != null) {
                visitExpr(a.annotation);
            }
        }
    }

    /** {@code symtable_visit_annotation}. */
    private void annotation(ExprNode annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, Location.of(annotation));
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // ---- type parameters ------------------------------------------------------------------

    private void typeParams(List<TypeParamNode> params) {
        for (TypeParamNode p : params) {
            typeParam(p);
        }
    }

    /** {@code symtable_visit_type_param}. */
    private void typeParam(TypeParamNode tp) {
        enter();
        Location loc = Location.of(tp);
        if (tp instanceof TypeParamNode.TypeVar) {
            TypeParamNode.TypeVar t = (TypeParamNode.TypeVar) tp;
            addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
            String info = t.bound instanceof ExprNode.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
            typeVariable(t.bound, t.name, tp, info);
            typeVariable(t.defaultValue, t.name, new SymbolTable.DefaultKey(tp), "a TypeVar default");
        } else if (tp instanceof TypeParamNode.TypeVarTuple) {
            TypeParamNode.TypeVarTuple t = (TypeParamNode.TypeVarTuple) tp;
            addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
            typeVariable(t.defaultValue, t.name, tp, "a TypeVarTuple default");
        } else {
            TypeParamNode.ParamSpec t = (TypeParamNode.ParamSpec) tp;
            addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
            typeVariable(t.defaultValue, t.name, tp, "a ParamSpec default");
        }
        depth--;
    }

    /** {@code symtable_visit_type_param_bound_or_default}: a lazily evaluated bound or default. */
    private void typeVariable(ExprNode e, String name, Object key, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        enterBlock(name, BlockType.TYPE_VARIABLE, key, Location.of(e));
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Location.of(e));
        }
        cur.scopeInfo = info;
        visitExpr(e);
        exitBlock();
    }

    // ---- patterns -------------------------------------------------------------------------

    /** {@code symtable_visit_pattern}. */
    private void visitPattern(PatternNode p) {
        enter();
        Location loc = Location.of(p);
        switch (p.kind()) {
            case PatternNode.MatchValue.KIND:
                visitExpr(((PatternNode.MatchValue) p).value);
                break;
            case PatternNode.MatchSequence.KIND:
                visitPatterns(((PatternNode.MatchSequence) p).patterns);
                break;
            case PatternNode.MatchStar.KIND: {
                String name = ((PatternNode.MatchStar) p).name;
                if (name != null) {
                    addDef(name, DEF_LOCAL, loc);
                }
                break;
            }
            case PatternNode.MatchMapping.KIND: {
                PatternNode.MatchMapping m = (PatternNode.MatchMapping) p;
                visitExprs(m.keys);
                visitPatterns(m.patterns);
                if (m.rest != null) {
                    addDef(m.rest, DEF_LOCAL, loc);
                }
                break;
            }
            case PatternNode.MatchClass.KIND: {
                PatternNode.MatchClass m = (PatternNode.MatchClass) p;
                visitExpr(m.cls);
                visitPatterns(m.patterns);
                visitPatterns(m.kwdPatterns);
                break;
            }
            case PatternNode.MatchAs.KIND: {
                PatternNode.MatchAs m = (PatternNode.MatchAs) p;
                if (m.pattern != null) {
                    visitPattern(m.pattern);
                }
                if (m.name != null) {
                    addDef(m.name, DEF_LOCAL, loc);
                }
                break;
            }
            case PatternNode.MatchOr.KIND:
                visitPatterns(((PatternNode.MatchOr) p).patterns);
                break;
            default: // MatchSingleton
                break;
        }
        depth--;
    }

    private void visitPatterns(List<PatternNode> patterns) {
        for (PatternNode p : patterns) {
            visitPattern(p);
        }
    }

    // ---- expressions ----------------------------------------------------------------------

    private void visitExprs(List<ExprNode> exprs) {
        for (ExprNode e : exprs) {
            visitExpr(e);
        }
    }

    private void visitExprsWithNull(List<ExprNode> exprs) {
        for (ExprNode e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    /** {@code symtable_visit_expr}. */
    private void visitExpr(ExprNode e) {
        enter();
        switch (e.kind()) {
            case ExprNode.NamedExpr.KIND:
                raiseIfAnnotationBlock("named expression", e);
                namedExpr((ExprNode.NamedExpr) e);
                break;
            case ExprNode.BoolOp.KIND:
                visitExprs(((ExprNode.BoolOp) e).values);
                break;
            case ExprNode.BinOp.KIND: {
                // the left spine of a + b + c + ... in a loop: it nests as deep as it is long
                List<ExprNode.BinOp> spine = new ArrayList<>();
                ExprNode left = e;
                while (left instanceof ExprNode.BinOp) {
                    spine.add((ExprNode.BinOp) left);
                    left = ((ExprNode.BinOp) left).left;
                }
                visitExpr(left);
                for (int i = spine.size() - 1; i >= 0; i--) {
                    visitExpr(spine.get(i).right);
                }
                break;
            }
            case ExprNode.UnaryOp.KIND:
                visitExpr(((ExprNode.UnaryOp) e).operand);
                break;
            case ExprNode.Lambda.KIND: {
                ExprNode.Lambda l = (ExprNode.Lambda) e;
                visitExprs(l.args.defaults);
                visitExprsWithNull(l.args.kwDefaults);
                enterBlock("lambda", BlockType.FUNCTION, e, Location.of(e));
                arguments(l.args);
                visitExpr(l.body);
                exitBlock();
                break;
            }
            case ExprNode.IfExp.KIND: {
                ExprNode.IfExp i = (ExprNode.IfExp) e;
                visitExpr(i.test);
                visitExpr(i.body);
                visitExpr(i.orelse);
                break;
            }
            case ExprNode.Dict.KIND: {
                ExprNode.Dict d = (ExprNode.Dict) e;
                visitExprsWithNull(d.keys);
                visitExprs(d.values);
                break;
            }
            case ExprNode.Set.KIND:
                visitExprs(((ExprNode.Set) e).elts);
                break;
            case ExprNode.GeneratorExp.KIND: {
                ExprNode.GeneratorExp g = (ExprNode.GeneratorExp) e;
                comprehension(e, "genexpr", ComprehensionType.GENERATOR, g.generators, g.elt, null);
                break;
            }
            case ExprNode.ListComp.KIND: {
                ExprNode.ListComp c = (ExprNode.ListComp) e;
                comprehension(e, "listcomp", ComprehensionType.LIST, c.generators, c.elt, null);
                break;
            }
            case ExprNode.SetComp.KIND: {
                ExprNode.SetComp c = (ExprNode.SetComp) e;
                comprehension(e, "setcomp", ComprehensionType.SET, c.generators, c.elt, null);
                break;
            }
            case ExprNode.DictComp.KIND: {
                ExprNode.DictComp c = (ExprNode.DictComp) e;
                comprehension(e, "dictcomp", ComprehensionType.DICT, c.generators, c.key, c.value);
                break;
            }
            case ExprNode.Yield.KIND: {
                raiseIfAnnotationBlock("yield expression", e);
                ExprNode.Yield y = (ExprNode.Yield) e;
                if (y.value != null) {
                    visitExpr(y.value);
                }
                cur.generator = true;
                raiseIfComprehensionBlock(e);
                break;
            }
            case ExprNode.YieldFrom.KIND:
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(((ExprNode.YieldFrom) e).value);
                cur.generator = true;
                raiseIfComprehensionBlock(e);
                break;
            case ExprNode.Await.KIND:
                raiseIfAnnotationBlock("await expression", e);
                visitExpr(((ExprNode.Await) e).value);
                cur.coroutine = true;
                break;
            case ExprNode.Compare.KIND: {
                ExprNode.Compare c = (ExprNode.Compare) e;
                visitExpr(c.left);
                visitExprs(c.comparators);
                break;
            }
            case ExprNode.Call.KIND: {
                ExprNode.Call c = (ExprNode.Call) e;
                visitExpr(c.func);
                visitExprs(c.args);
                for (Keyword k : c.keywords) {
                    visitExpr(k.value);
                }
                break;
            }
            case ExprNode.FormattedValue.KIND: {
                ExprNode.FormattedValue f = (ExprNode.FormattedValue) e;
                visitExpr(f.value);
                if (f.formatSpec != null) {
                    visitExpr(f.formatSpec);
                }
                break;
            }
            case ExprNode.JoinedStr.KIND:
                visitExprs(((ExprNode.JoinedStr) e).values);
                break;
            case ExprNode.Attribute.KIND:
                visitExpr(((ExprNode.Attribute) e).value);
                break;
            case ExprNode.Subscript.KIND: {
                ExprNode.Subscript s = (ExprNode.Subscript) e;
                visitExpr(s.value);
                visitExpr(s.slice);
                break;
            }
            case ExprNode.Starred.KIND:
                visitExpr(((ExprNode.Starred) e).value);
                break;
            case ExprNode.Slice.KIND: {
                ExprNode.Slice s = (ExprNode.Slice) e;
                if (s.lower != null) {
                    visitExpr(s.lower);
                }
                if (s.upper != null) {
                    visitExpr(s.upper);
                }
                if (s.step != null) {
                    visitExpr(s.step);
                }
                break;
            }
            case ExprNode.Name.KIND: {
                ExprNode.Name n = (ExprNode.Name) e;
                boolean load = n.ctx.kind() == ExprContextNode.Load.KIND;
                addDef(n.id, load ? USE : DEF_LOCAL, Location.of(e));
                // zero-argument super() needs the __class__ cell
                if (load && cur.isFunctionLike() && n.id.equals("super")) {
                    addDef("__class__", USE, Location.of(e));
                }
                break;
            }
            case ExprNode.List.KIND:
                visitExprs(((ExprNode.List) e).elts);
                break;
            case ExprNode.Tuple.KIND:
                visitExprs(((ExprNode.Tuple) e).elts);
                break;
            default: // Constant
                break;
        }
        depth--;
    }

    /** {@code symtable_raise_if_annotation_block}: no yield, await or walrus in lazily evaluated scopes. */
    private void raiseIfAnnotationBlock(String what, ExprNode e) {
        String msg;
        switch (cur.type) {
            case ANNOTATION:
                msg = what + " cannot be used within an annotation";
                break;
            case TYPE_VARIABLE:
                msg = what + " cannot be used within " + cur.scopeInfo;
                break;
            case TYPE_ALIAS:
                msg = what + " cannot be used within a type alias";
                break;
            case TYPE_PARAMETERS:
                msg = what + " cannot be used within the definition of a generic";
                break;
            default:
                return;
        }
        throw CodeGen.error(Location.of(e), msg);
    }

    /** {@code symtable_raise_if_comprehension_block}: no yield in a comprehension. */
    private void raiseIfComprehensionBlock(ExprNode e) {
        String kind;
        switch (cur.comprehension) {
            case NONE:
                return;
            case LIST:
                kind = "list comprehension";
                break;
            case SET:
                kind = "set comprehension";
                break;
            case DICT:
                kind = "dict comprehension";
                break;
            default:
                kind = "generator expression";
                break;
        }
        throw CodeGen.error(Location.of(e), "'yield' inside " + kind);
    }

    /** {@code symtable_handle_namedexpr}. */
    private void namedExpr(ExprNode.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw CodeGen.error(Location.of(e),
                    "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur.comprehension != ComprehensionType.NONE) {
            extendNamedExprScope((ExprNode.Name) e.target);
        }
        visitExpr(e.value);
        visitExpr(e.target);
    }

    /**
     * {@code symtable_extend_namedexpr_scope}: the target of a walrus in a comprehension binds in
     * the nearest enclosing function (as nonlocal) or module (as global).
     */
    private void extendNamedExprScope(ExprNode.Name target) {
        String name = target.id;
        Location loc = Location.of(target);
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymbolTableEntry ste = stack.get(i);
            if (ste.comprehension != ComprehensionType.NONE) {
                int inScope = ste.symbol(Mangling.maybeMangle(privateName, ste, name));
                if ((inScope & DEF_COMP_ITER) != 0 && (inScope & DEF_LOCAL) != 0) {
                    throw CodeGen.error(loc, "assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'");
                }
                continue;
            }
            switch (ste.type) {
                case FUNCTION: {
                    int inScope = ste.symbol(Mangling.maybeMangle(privateName, ste, name));
                    addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                    addDefHelper(name, DEF_LOCAL, ste, loc);
                    return;
                }
                case MODULE:
                    addDef(name, DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                    addDefHelper(name, DEF_GLOBAL, ste, loc);
                    return;
                case CLASS:
                    throw CodeGen.error(loc, "assignment expression within a comprehension cannot be used in a class body");
                case TYPE_PARAMETERS:
                    throw CodeGen.error(loc, "assignment expression within a comprehension cannot be used within the "
                            + "definition of a generic");
                case TYPE_ALIAS:
                    throw CodeGen.error(loc, "assignment expression within a comprehension cannot be used in a type alias");
                case TYPE_VARIABLE:
                    throw CodeGen.error(loc, "assignment expression within a comprehension cannot be used in a TypeVar bound");
                default:
                    break;
            }
        }
        throw Errors.systemError("no scope for an assignment expression");
    }

    /**
     * {@code symtable_handle_comprehension}: the first iterable is evaluated outside, the rest in
     * a function-like scope of its own that receives that iterable as its argument {@code .0}.
     */
    private void comprehension(ExprNode e, String scopeName, ComprehensionType kind, List<Comprehension> generators,
            ExprNode elt, ExprNode value) {
        boolean isGenerator = kind == ComprehensionType.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, Location.of(e));
        cur.comprehension = kind;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, new Location(cur.lineno, cur.endLineno, cur.colOffset, cur.endColOffset));
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter);
            cur.compIterExpr--;
            visitExprs(g.ifs);
            if (g.isAsync != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }
}
