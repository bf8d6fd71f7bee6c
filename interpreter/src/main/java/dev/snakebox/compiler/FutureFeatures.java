package dev.snakebox.compiler;

import dev.snakebox.ast.Alias;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.SourceError;
import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the top of a module; CPython's
 * {@code Python/future.c} ({@code _PyFuture_FromAST}, {@code future_parse},
 * {@code future_check_features}). Only a docstring and other future imports may come before
 * one; a later one is an error the code generator reports (see {@link ImportCodeGen}).
 */
final class FutureFeatures {
    /** {@code CO_FUTURE_ANNOTATIONS}: annotations are compiled to strings. */
    boolean annotations;
    /** {@code CO_FUTURE_BARRY_AS_BDFL}: recorded; the parser does not offer {@code <>}. */
    boolean barryAsBdfl;
    /**
     * {@code ff_location}: where the last leading future import starts (line, column), or
     * (-1, -1) if there is none.
     */
    int lineno = -1;
    int colOffset = -1;

    /**
     * The {@code CO_FUTURE_*} bits in effect ({@code ff_features} merged with the flags
     * {@code compile()} was given), which every code object of the unit records in
     * {@code co_flags}.
     */
    int flags() {
        return (annotations ? CompileFlags.CO_FUTURE_ANNOTATIONS : 0)
                | (barryAsBdfl ? CompileFlags.CO_FUTURE_BARRY_AS_BDFL : 0) | inherited;
    }

    /** Future bits given by the caller of {@code compile()} (flags, or inherited from its code). */
    private int inherited;

    /** Merges the future bits of {@code compile()}'s flags ({@code compiler_setup}). */
    void merge(int compileFlags) {
        inherited |= compileFlags & CompileFlags.FUTURE_MASK;
        annotations |= (compileFlags & CompileFlags.CO_FUTURE_ANNOTATIONS) != 0;
        barryAsBdfl |= (compileFlags & CompileFlags.CO_FUTURE_BARRY_AS_BDFL) != 0;
    }

    /** Features that 3.13 accepts and that change nothing any more. */
    private static final String[] ALWAYS_ON = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "generator_stop",
    };

    /** {@code _PyFuture_FromAST}: the features the leading future imports turn on. */
    static FutureFeatures of(ModNode.Module mod) {
        return of(mod.body);
    }

    /** {@code _PyFuture_FromAST} of the statements of a module or an interactive statement. */
    static FutureFeatures of(List<StmtNode> body) {
        FutureFeatures ff = new FutureFeatures();
        int i = 0;
        if (!body.isEmpty() && CodeGen.docString(body) != null) {
            i++;
        }
        for (; i < body.size(); i++) {
            StmtNode s = body.get(i);
            if (!(s instanceof StmtNode.ImportFrom)) {
                break;
            }
            StmtNode.ImportFrom imp = (StmtNode.ImportFrom) s;
            if (imp.level != null && imp.level != 0 || !"__future__".equals(imp.module)) {
                break;
            }
            ff.check(imp);
            ff.lineno = s.lineno;
            ff.colOffset = s.colOffset;
        }
        return ff;
    }

    /** {@code future_check_features}. */
    private void check(StmtNode.ImportFrom s) {
        for (Alias name : s.names) {
            String feature = name.name;
            if (isAlwaysOn(feature)) {
                continue;
            }
            switch (feature) {
                case "barry_as_FLUFL":
                    barryAsBdfl = true;
                    break;
                case "annotations":
                    annotations = true;
                    break;
                case "braces":
                    throw errorAt(name, "not a chance");
                default:
                    throw errorAt(name, "future feature " + feature + " is not defined");
            }
        }
    }

    private static boolean isAlwaysOn(String feature) {
        for (String f : ALWAYS_ON) {
            if (f.equals(feature)) {
                return true;
            }
        }
        return false;
    }

    private static SourceError errorAt(Alias name, String msg) {
        return SourceError.syntax(msg, name.lineno, name.colOffset + 1, name.endLineno, name.endColOffset + 1);
    }

    /** {@code location_is_after}: whether a statement at (lineno, col) comes after the leading future imports. */
    boolean isAfterLeadingImports(int line, int col) {
        return line > lineno || line == lineno && col > colOffset;
    }
}
