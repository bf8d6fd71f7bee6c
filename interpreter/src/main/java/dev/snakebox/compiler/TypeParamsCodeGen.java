package dev.snakebox.compiler;

import dev.snakebox.ast.TypeParamNode;
import dev.snakebox.objects.Errors;
import java.util.List;

/**
 * PEP 695 type parameters and {@code type} statements; CPython 3.13's
 * {@code compiler_type_params} and {@code compiler_typealias} ({@code Python/compile.c}).
 */
final class TypeParamsCodeGen {
    private final CodeGen g;

    TypeParamsCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_type_params}: the type parameters, stored, and their tuple. */
    void typeParams(List<TypeParamNode> typeParams) {
        throw Errors.notImplemented("compiling type parameters is not supported yet");
    }
}
