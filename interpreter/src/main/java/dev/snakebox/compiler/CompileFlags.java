package dev.snakebox.compiler;

/**
 * The {@code flags} of {@code compile()}: the {@code PyCF_*} bits and the future-feature
 * {@code CO_FUTURE_*} bits ({@code Include/cpython/compile.h}, {@code Include/cpython/code.h}),
 * with the check {@code builtin_compile_impl} makes.
 */
public final class CompileFlags {
    private CompileFlags() {}

    public static final int CO_NESTED = 0x0010;
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    public static final int PyCF_SOURCE_IS_UTF8 = 0x0100;
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    public static final int PyCF_ONLY_AST = 0x0400;
    public static final int PyCF_IGNORE_COOKIE = 0x0800;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    public static final int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    /** {@code PyCF_MASK}: the future features a code object records in {@code co_flags} and passes on. */
    public static final int FUTURE_MASK = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT
            | CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL
            | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;

    /** {@code PyCF_COMPILE_MASK}: the bits that steer compile() itself. */
    public static final int COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
            | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST;

    /** Whether {@code flags} holds only bits compile() knows ({@code PyCF_MASK_OBSOLETE} is CO_NESTED). */
    public static boolean recognised(long flags) {
        return (flags & ~(long) (FUTURE_MASK | CO_NESTED | COMPILE_MASK)) == 0;
    }
}
