package dev.snakebox.compiler;

import dev.snakebox.ast.ModNode;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;

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
     * @throws dev.snakebox.objects.PyException NotImplementedError for a constant CPython would
     *     fold that cannot be folded yet (a negative float to a fractional power)
     */
    public static PyCode compileModule(ModNode.Module mod, Source src) {
        FutureFeatures future = FutureFeatures.of(mod);
        ModNode.Module optimized = AstOptimizer.optimize(mod, future.annotations);
        SymbolTable st = SymbolTable.build(optimized);
        CodeGen g = new CodeGen(st, src.path);
        g.future = future;
        g.src = src;
        CodeUnit u = g.module(optimized);
        return optimizeAndAssemble(u, src.path, CodeUnitStack.codeFlags(u));
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
