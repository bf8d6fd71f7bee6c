package dev.snakebox.compiler;

/**
 * The flags and scopes of a name in a symbol table; CPython 3.13's {@code DEF_*} flags,
 * {@code SCOPE_OFFSET} and scopes ({@code Include/internal/pycore_symtable.h}), with the same
 * numbers, so a symbol's value is what {@code symtable} shows for it: the flags in the low
 * twelve bits, the scope above them.
 */
final class SymbolFlags {
    private SymbolFlags() {}

    /** {@code global} statement. */
    static final int DEF_GLOBAL = 1;
    /** Assignment in the block. */
    static final int DEF_LOCAL = 2;
    /** Formal parameter. */
    static final int DEF_PARAM = 4;
    /** {@code nonlocal} statement. */
    static final int DEF_NONLOCAL = 8;
    /** The name is used. */
    static final int USE = 16;
    /** A free variable of a method with the same name as a class-level name. */
    static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: int}). */
    static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. */
    static final int DEF_COMP_ITER = 512;
    /** A type parameter (PEP 695). */
    static final int DEF_TYPE_PARAM = 1024;
    /** A cell in an inlined comprehension. */
    static final int DEF_COMP_CELL = 2048;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** The scope sits above the flags: {@code (symbol >> SCOPE_OFFSET) & SCOPE_MASK}. */
    static final int SCOPE_OFFSET = 12;
    static final int SCOPE_MASK = 15;
    static final int FLAGS_MASK = (1 << SCOPE_OFFSET) - 1;

    static final int LOCAL = 1;
    static final int GLOBAL_EXPLICIT = 2;
    static final int GLOBAL_IMPLICIT = 3;
    static final int FREE = 4;
    static final int CELL = 5;

    /** {@code SYMBOL_TO_SCOPE}. */
    static int scope(int symbol) {
        return (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}
