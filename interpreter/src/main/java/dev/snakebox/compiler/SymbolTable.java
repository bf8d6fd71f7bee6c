package dev.snakebox.compiler;

import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.Node;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.Errors;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of a module: every scope and the scope of every name in it; CPython 3.13's
 * {@code struct symtable} and {@code _PySymtable_Build} ({@code Python/symtable.c}). Built in
 * two passes, {@link SymbolTableBuilder} then {@link SymbolAnalysis}, each raising the
 * SyntaxErrors CPython raises there; code generation finds a scope by its AST node.
 */
public final class SymbolTable {
    /** The module's scope ({@code st_top}). */
    final SymbolTableEntry top;
    /** {@code st_blocks}: each scope by the AST node (or node list) it belongs to. */
    private final Map<Object, SymbolTableEntry> blocks = new IdentityHashMap<>();
    /** Whether {@code from __future__ import annotations} is in effect. */
    final boolean futureAnnotations;
    /** The scopes of type-variable defaults, by their type parameter (CPython keys them by address + 1). */
    private final Map<Object, SymbolTableEntry> defaults = new IdentityHashMap<>();

    private SymbolTable(ModNode.Module mod, boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
        top = SymbolTableBuilder.build(this, mod, futureAnnotations);
        SymbolAnalysis.analyze(top);
    }

    /**
     * {@code _PySymtable_Build}: the table of {@code mod}, which code generation must then see
     * unchanged (scopes are found by node identity).
     *
     * @throws SourceError the first SyntaxError CPython's symbol table reports
     */
    static SymbolTable build(ModNode.Module mod) {
        return new SymbolTable(mod, SymbolTableBuilder.hasFutureAnnotations(mod));
    }

    /**
     * The table of {@code mod} when the future features are known already (from the module and
     * the flags of {@code compile()}).
     */
    static SymbolTable build(ModNode.Module mod, boolean futureAnnotations) {
        return new SymbolTable(mod, futureAnnotations);
    }

    /** The key of the scope of a type variable's default (a bound's scope is keyed by the type parameter). */
    static final class DefaultKey {
        final Object typeParam;

        DefaultKey(Object typeParam) {
            this.typeParam = typeParam;
        }
    }

    void register(Object key, SymbolTableEntry ste) {
        if (key instanceof DefaultKey) {
            defaults.put(((DefaultKey) key).typeParam, ste);
        } else {
            blocks.put(key, ste);
        }
    }

    /** {@code _PySymtable_Lookup}: the scope of {@code key}. */
    SymbolTableEntry lookup(Object key) {
        SymbolTableEntry ste = key instanceof DefaultKey ? defaults.get(((DefaultKey) key).typeParam) : blocks.get(key);
        if (ste == null) {
            throw Errors.systemError("unknown symbol table entry");
        }
        return ste;
    }

    /** The scope of the default of type parameter {@code typeParam}. */
    SymbolTableEntry lookupDefault(Object typeParam) {
        return lookup(new DefaultKey(typeParam));
    }

    /** {@code compiler_error} / {@code SET_ERROR_LOCATION}: at the node, offsets in bytes plus one. */
    static SourceError error(Node n, String msg) {
        return SourceError.syntax(msg, n.lineno, n.colOffset + 1, n.endLineno, n.endColOffset + 1);
    }
}
