package dev.snakebox.compiler;

import static dev.snakebox.compiler.SymbolFlags.CELL;
import static dev.snakebox.compiler.SymbolFlags.DEF_BOUND;
import static dev.snakebox.compiler.SymbolFlags.DEF_COMP_CELL;
import static dev.snakebox.compiler.SymbolFlags.DEF_FREE_CLASS;
import static dev.snakebox.compiler.SymbolFlags.DEF_GLOBAL;
import static dev.snakebox.compiler.SymbolFlags.DEF_NONLOCAL;
import static dev.snakebox.compiler.SymbolFlags.DEF_PARAM;
import static dev.snakebox.compiler.SymbolFlags.DEF_TYPE_PARAM;
import static dev.snakebox.compiler.SymbolFlags.FLAGS_MASK;
import static dev.snakebox.compiler.SymbolFlags.FREE;
import static dev.snakebox.compiler.SymbolFlags.GLOBAL_EXPLICIT;
import static dev.snakebox.compiler.SymbolFlags.GLOBAL_IMPLICIT;
import static dev.snakebox.compiler.SymbolFlags.LOCAL;
import static dev.snakebox.compiler.SymbolFlags.SCOPE_OFFSET;

import dev.snakebox.compiler.SymbolTableEntry.BlockType;
import dev.snakebox.compiler.SymbolTableEntry.ComprehensionType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of the symbol table: decides each name's scope (local, global, free, cell)
 * from the facts the first pass recorded, and inlines list, set and dict comprehensions into
 * the scope around them (PEP 709); CPython 3.13's {@code analyze_block}, {@code analyze_name},
 * {@code inline_comprehension}, {@code analyze_cells}, {@code drop_class_free} and
 * {@code update_symbols} ({@code Python/symtable.c}).
 *
 * <p>A scope passes down the names its nested scopes can see bound ({@code bound}) and declared
 * global ({@code global}); the nested scopes pass up the names they use free ({@code free}),
 * and a function binding such a name makes it a cell. Sets keep insertion order, so the result
 * does not depend on hashing.
 */
final class SymbolAnalysis {
    private SymbolAnalysis() {}

    /** {@code symtable_analyze}. */
    static void analyze(SymbolTableEntry top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /**
     * {@code analyze_block}. {@code bound} is null for the module; {@code free} receives the
     * free names of this scope and those inside it not resolved here.
     */
    private static void analyzeBlock(SymbolTableEntry ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, SymbolTableEntry classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's names are not visible in its methods: pass down what was visible before it.
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        List<SymbolTableEntry> children = ste.children;
        for (int i = 0; i < children.size(); i++) {
            SymbolTableEntry child = children.get(i);
            SymbolTableEntry newClassEntry = null;
            if (child.canSeeClassScope) {
                if (ste.type == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // every comprehension but a generator expression is inlined, except in the
            // annotation scopes of a class
            boolean inlineComp = child.comprehension != ComprehensionType.NONE && !child.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = analyzeChildBlock(child, newBound, newFree, newGlobal, typeParams, newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, child, scopes, childFree, inlinedCells);
                child.compInlined = true;
            }
            newFree.addAll(childFree);
        }
        // the scopes inside an inlined comprehension become this scope's children
        for (int i = children.size() - 1; i >= 0; i--) {
            SymbolTableEntry child = children.get(i);
            if (child.compInlined) {
                children.remove(i);
                children.addAll(i, child.children);
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == BlockType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.type == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    /** {@code analyze_child_block}: a child works on copies, so its bindings stay its own. */
    private static Set<String> analyzeChildBlock(SymbolTableEntry entry, Set<String> bound, Set<String> free,
            Set<String> global, Set<String> typeParams, SymbolTableEntry classEntry) {
        Set<String> tempFree = new LinkedHashSet<>(free);
        analyzeBlock(entry, new LinkedHashSet<>(bound), tempFree, new LinkedHashSet<>(global),
                new LinkedHashSet<>(typeParams), classEntry);
        return tempFree;
    }

    /** {@code analyze_name}: the scope of one name from its flags. */
    private static void analyzeName(SymbolTableEntry ste, Map<String, Integer> scopes, String name, int flags,
            Set<String> bound, Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
            SymbolTableEntry classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that sees a class's names, a name the class binds is looked up in the class
        // namespace and then the globals, even if an outer function binds it too.
        if (classEntry != null) {
            int classFlags = classEntry.symbol(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /** {@code error_at_directive}: the SyntaxError points at the name's global/nonlocal statement. */
    private static RuntimeException errorAtDirective(SymbolTableEntry ste, String name, String msg) {
        for (SymbolTableEntry.Directive d : ste.directives) {
            if (d.name.equals(name)) {
                return CodeGen.error(d.loc, msg);
            }
        }
        return dev.snakebox.objects.Errors.systemError("BUG: internal directive bookkeeping broken");
    }

    private static boolean isFreeInAnyChild(SymbolTableEntry entry, String name) {
        for (SymbolTableEntry child : entry.children) {
            if (child.scope(name) == FREE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code inline_comprehension}: the comprehension's names join the enclosing scope's (the
     * code generator keeps them apart at run time by saving and restoring them).
     */
    private static void inlineComprehension(SymbolTableEntry ste, SymbolTableEntry comp, Map<String, Integer> scopes,
            Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the comprehension's argument .0
            }
            int scope = SymbolFlags.scope(compFlags);
            int onlyFlags = compFlags & FLAGS_MASK;
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            // __class__ is never free through a class scope (see dropClassFree)
            if (scope == FREE && ste.type == BlockType.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.type != BlockType.CLASS) {
                // free in the comprehension, local outside: simply local now, unless a scope
                // inside the comprehension needs it as a cell
                if (!isFreeInAnyChild(comp, k)) {
                    compFree.remove(k);
                }
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    /** {@code analyze_cells}: a local that a nested scope uses free becomes a cell. */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    /** {@code drop_class_free}: a class provides __class__ and __classdict__ cells itself. */
    private static void dropClassFree(SymbolTableEntry ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    /**
     * {@code update_symbols}: the scopes go into the symbol values; names free in nested scopes
     * but bound further out are added as free here, to pass the cell through.
     */
    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
            Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            Integer scope = scopes.get(e.getKey());
            if (scope == null) {
                throw dev.snakebox.objects.Errors.systemError("no scope for " + e.getKey());
            }
            e.setValue(flags | scope << SCOPE_OFFSET);
        }
        for (Iterator<String> it = free.iterator(); it.hasNext();) {
            String name = it.next();
            Integer v = symbols.get(name);
            if (v != null) {
                // a free variable of a method with the name of a class-level name
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
