package dev.snakebox.compiler;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.objects.Errors;
import java.util.Collections;
import java.util.List;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;

/**
 * The compiler's front door; CPython's {@code _PyAST_Compile}, {@code compiler_mod} and
 * {@code optimize_and_assemble} ({@code Python/compile.c}). The stages, in order:
 * {@link FutureFeatures} (the leading {@code from __future__} imports), {@link AstOptimizer}
 * (constant folding), {@link SymbolTable} (scopes, and the SyntaxErrors of names),
 * {@link CodeGen} (pseudo-instructions, and the SyntaxErrors of where code may stand),
 * {@link FlowGraph} (basic blocks and their optimisation) and {@link Assembler} (the code object).
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a module to the code object of {@code <module>}; {@code co_filename} is
     * {@code src.path}. The AST is not modified.
     *
     * @throws dev.snakebox.lexer.SourceError for a SyntaxError found while compiling
     */
    public static PyCode compileModule(ModNode.Module mod, Source src) {
        return compile(mod, src, 0, 0);
    }

    /**
     * A file's source parsed and compiled as a module, as running or importing it does; an
     * error found after parsing is marked to show its line as read back from the file
     * ({@link SourceError#textFromFile}), as CPython's compiler errors do.
     */
    public static PyCode compileFile(Source src) {
        ModNode.Module mod = dev.snakebox.parser.Parser.parseFile(src);
        try {
            return compileModule(mod, src);
        } catch (SourceError e) {
            e.textFromFile = true;
            throw e;
        }
    }

    /**
     * {@code _PyAST_Compile} of a module, an interactive statement ({@code single}) or an
     * expression ({@code eval}), as {@code compile()} does it: {@code flags} may hold future
     * features ({@link CompileFlags#FUTURE_MASK}), {@code optimize} is 0, 1 (no assertions,
     * {@code __debug__} False) or 2 (no docstrings either).
     */
    public static PyCode compile(ModNode mod, Source src, int flags, int optimize) {
        CodeGen g;
        CodeUnit u;
        if (mod instanceof ModNode.Expression) {
            // annotations cannot occur in an expression, so no future feature changes its folding
            ExprNode body = AstOptimizer.optimizeExpression(((ModNode.Expression) mod).body, optimize);
            // the symbol table sees the expression as the module's one statement
            StmtNode.Expr stmt = new StmtNode.Expr(body);
            stmt.copyPosition(body);
            ModNode.Module scope = new ModNode.Module(Collections.singletonList(stmt), Collections.emptyList());
            g = generator(scope, src, new FutureFeatures(), flags, optimize);
            u = g.expression(scope, body);
        } else if (mod instanceof ModNode.Interactive) {
            List<StmtNode> stmts = ((ModNode.Interactive) mod).body;
            FutureFeatures future = FutureFeatures.of(stmts);
            List<StmtNode> body = AstOptimizer.optimizeInteractive(stmts, future.annotations, optimize);
            ModNode.Module scope = new ModNode.Module(body, Collections.emptyList());
            g = generator(scope, src, future, flags, optimize);
            u = g.interactive(scope);
        } else if (mod instanceof ModNode.Module) {
            FutureFeatures future = FutureFeatures.of((ModNode.Module) mod);
            ModNode.Module optimized = AstOptimizer.optimize((ModNode.Module) mod, future.annotations, optimize);
            g = generator(optimized, src, future, flags, optimize);
            u = g.module(optimized);
        } else {
            throw Errors.typeError("expected Module, Expression or Interactive node, got " + mod.getClass().getSimpleName());
        }
        return optimizeAndAssemble(u, src.path, CodeUnitStack.codeFlags(u) | g.future.flags());
    }

    private static CodeGen generator(ModNode.Module scope, Source src, FutureFeatures future, int flags, int optimize) {
        future.merge(flags);
        CodeGen g = new CodeGen(SymbolTable.build(scope, future.annotations), src.path);
        g.future = future;
        g.src = src;
        g.optimize = optimize;
        return g;
    }

    /** {@code optimize_and_assemble_code_unit}. */
    static PyCode optimizeAndAssemble(CodeUnit u, String filename, int flags) {
        FlowGraph g = FlowGraph.fromInstructionSequence(u.seq);
        int nlocals = u.varnames.size();
        int nparams = u.ste == null ? 0 : u.ste.varnames.size();
        g.optimizeCodeUnit(u.consts, nlocals, nparams);
        InstructionSequence optimized = new InstructionSequence();
        int[] nlocalsplus = new int[1];
        int stackdepth = g.toOptimizedInstructionSequence(optimized, u, flags, nlocalsplus);
        Assembler.Unit a = new Assembler.Unit();
        a.name = u.name;
        a.qualname = u.qualname;
        a.filename = filename;
        a.firstlineno = u.firstlineno;
        a.flags = flags;
        // co_argcount counts the positional-only parameters too
        a.argcount = u.argcount + u.posonlyargcount;
        a.posonlyargcount = u.posonlyargcount;
        a.kwonlyargcount = u.kwonlyargcount;
        a.names = u.names.toArray(new String[0]);
        a.localsplusnames = new String[nlocalsplus[0]];
        a.localspluskinds = new byte[nlocalsplus[0]];
        LocalsPlus.computeInfo(u, nlocalsplus[0], a.localsplusnames, a.localspluskinds);
        return Assembler.makeCodeObject(a, u.consts, stackdepth, optimized);
    }
}
