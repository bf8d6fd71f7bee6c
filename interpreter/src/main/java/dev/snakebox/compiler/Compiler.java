package dev.snakebox.compiler;

import dev.snakebox.ast.ModNode;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.lexer.Source;

/**
 * The compiler's front door; CPython's {@code _PyAST_Compile}, {@code compiler_mod} and
 * {@code optimize_and_assemble} ({@code Python/compile.c}). The stages, in order:
 * {@link FutureFeatures} (the leading {@code from __future__} imports), {@link SymbolTable} (for now only its SyntaxErrors, and those of where code may stand),
 * {@link AstOptimizer} (constant folding), {@link CodeGen} (pseudo-instructions),
 * {@link FlowGraph} (basic blocks and their optimisation) and {@link Assembler} (the code object).
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a module to the code object of {@code <module>}; {@code co_filename} is
     * {@code src.path}. The AST is not modified.
     *
     * @throws dev.snakebox.lexer.SourceError for a SyntaxError found while compiling
     * @throws dev.snakebox.objects.PyException NotImplementedError for constructs not supported yet
     */
    public static PyCode compileModule(ModNode.Module mod, Source src) {
        FutureFeatures future = FutureFeatures.of(mod);
        SymbolTable.check(mod);
        ModNode.Module optimized = AstOptimizer.optimize(mod, future.annotations);
        CodeGen codegen = new CodeGen();
        codegen.future = future;
        codegen.src = src;
        CodeUnit u = codegen.module(optimized);
        return optimizeAndAssemble(u, src.path, 0);
    }

    /** {@code optimize_and_assemble_code_unit}. */
    static PyCode optimizeAndAssemble(CodeUnit u, String filename, int flags) {
        FlowGraph g = FlowGraph.fromInstructionSequence(u.seq);
        int nlocals = 0;
        int nparams = 0;
        g.optimizeCodeUnit(u.consts, nlocals, nparams);
        InstructionSequence optimized = new InstructionSequence();
        int stackdepth = g.toOptimizedInstructionSequence(optimized);
        Assembler.Unit a = new Assembler.Unit();
        a.name = u.name;
        a.qualname = u.qualname;
        a.filename = filename;
        a.firstlineno = u.firstlineno;
        a.flags = flags;
        a.names = u.names.toArray(new String[0]);
        return Assembler.makeCodeObject(a, u.consts, stackdepth, optimized);
    }
}
