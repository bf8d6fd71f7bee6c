package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of the symbol table: a module, class, function, lambda, comprehension, type alias,
 * type-parameter or type-variable scope; CPython's {@code PySTEntryObject}
 * ({@code Include/internal/pycore_symtable.h}, {@code ste_new} in {@code Python/symtable.c}).
 *
 * <p>{@link #symbols} maps each (mangled) name to its {@link SymbolFlags} value, in the order
 * the names were first met, as CPython's {@code ste_symbols} dict keeps them; the analysis adds
 * the scope bits.
 */
final class SymbolTableEntry {
    /** CPython's {@code _Py_block_ty}, in the order of {@code _symtable.TYPE_*}. */
    enum BlockType { FUNCTION, CLASS, MODULE, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VARIABLE }

    /** CPython's {@code _Py_comprehension_ty}. */
    enum ComprehensionType { NONE, LIST, DICT, SET, GENERATOR }

    final String name;
    final BlockType type;
    /** The AST node (or node list) this scope belongs to; code generation looks it up by it. */
    final Object key;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;

    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** The parameters, in order ({@code ste_varnames}). */
    final List<String> varnames = new ArrayList<>();
    final List<SymbolTableEntry> children = new ArrayList<>();
    /** Each global, nonlocal (and walrus-implied) declaration, for error locations. */
    final List<Directive> directives = new ArrayList<>();
    /** {@code ste_mangled_names}: when set, only these names are mangled (see {@link Mangling}). */
    Set<String> mangledNames;

    /** Inside a function (or a scope inside one). */
    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionType comprehension = ComprehensionType.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    /** A class whose methods use {@code __class__} (or {@code super}). */
    boolean needsClassClosure;
    /** A class whose annotation scopes read {@code __classdict__}. */
    boolean needsClassdict;
    /** A comprehension compiled inline in its enclosing code (PEP 709). */
    boolean compInlined;
    /** While visiting a comprehension's iteration target. */
    boolean compIterTarget;
    /** An annotation scope that sees the names of the class around it. */
    boolean canSeeClassScope;
    /** Nesting of comprehension iterable expressions being visited. */
    int compIterExpr;
    /** For the messages of annotation-like scopes: "a TypeVar bound", ... ({@code ste_scope_info}). */
    String scopeInfo;

    SymbolTableEntry(String name, BlockType type, Object key, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** A global or nonlocal declaration ({@code ste_directives}): the name and where it was declared. */
    static final class Directive {
        final String name;
        final Location loc;

        Directive(String name, Location loc) {
            this.name = name;
            this.loc = loc;
        }
    }

    /** {@code _PyST_IsFunctionLike}: its names are fast locals, cells or free variables. */
    boolean isFunctionLike() {
        return type == BlockType.FUNCTION || type == BlockType.TYPE_VARIABLE || type == BlockType.TYPE_ALIAS
                || type == BlockType.TYPE_PARAMETERS;
    }

    /** {@code _PyST_GetSymbol}: the flags and scope of {@code name}, 0 when unknown. */
    int symbol(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    /** {@code _PyST_GetScope}: LOCAL, GLOBAL_EXPLICIT, ... or 0 when unknown. */
    int scope(String name) {
        return SymbolFlags.scope(symbol(name));
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
