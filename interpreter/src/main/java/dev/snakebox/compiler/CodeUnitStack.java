package dev.snakebox.compiler;

import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CodeUnit.ScopeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Entering and leaving the code units of nested scopes, and turning a finished unit into a code
 * object; CPython's {@code compiler_enter_scope}, {@code compiler_exit_scope},
 * {@code compiler_set_qualname}, {@code dictbytype}, {@code compute_code_flags} and
 * {@code optimize_and_assemble} ({@code Python/compile.c}).
 */
final class CodeUnitStack {
    private final CodeGen g;
    /** The units of the enclosing scopes ({@code c_stack}), outermost first. */
    private final List<CodeUnit> parents = new ArrayList<>();

    CodeUnitStack(CodeGen g) {
        this.g = g;
    }

    /** The unit {@code levels} scopes out from the current one (1: its parent), or null. */
    CodeUnit parent(int levels) {
        int i = parents.size() - levels;
        return i >= 0 ? parents.get(i) : null;
    }

    /**
     * {@code compiler_enter_scope}: a new unit for the scope of {@code key} becomes current,
     * starting with RESUME on {@code lineno}. {@code privateName} is the class name for a class
     * body (null: the enclosing unit's).
     */
    void enter(String name, ScopeType scopeType, Object key, int lineno, String privateName) {
        SymbolTableEntry ste = g.st.lookup(key);
        CodeUnit u = new CodeUnit(name, scopeType, ste, lineno);
        for (String v : ste.varnames) {
            CodeUnit.addTo(u.varnames, v);
        }
        dictByType(ste.symbols, SymbolFlags.CELL, SymbolFlags.DEF_COMP_CELL, u.cellvars, 0);
        if (ste.needsClassClosure) {
            // the implicit __class__ cell
            CodeUnit.addTo(u.cellvars, "__class__");
        }
        if (ste.needsClassdict) {
            CodeUnit.addTo(u.cellvars, "__classdict__");
        }
        dictByType(ste.symbols, SymbolFlags.FREE, SymbolFlags.DEF_FREE_CLASS, u.freevars, u.cellvars.size());
        if (privateName != null) {
            u.privateName = privateName;
        } else if (g.u != null) {
            u.privateName = g.u.privateName;
        }
        if (g.u != null) {
            parents.add(g.u);
        }
        g.u = u;
        Location loc = new Location(lineno, lineno, 0, 0);
        if (scopeType == ScopeType.MODULE) {
            loc = new Location(0, lineno, 0, 0);
        } else {
            setQualname();
        }
        g.addopI(loc, Opcodes.RESUME, FlowGraph.RESUME_AT_FUNC_START);
    }

    /** {@code compiler_exit_scope}: the enclosing unit becomes current again. */
    void exit() {
        g.u = parents.isEmpty() ? null : parents.remove(parents.size() - 1);
    }

    /**
     * {@code dictbytype}: the names of {@code symbols} with scope {@code scope} or flag
     * {@code flag}, in sorted order (so the cell and free variable indices are deterministic),
     * numbered from {@code offset}.
     */
    private static void dictByType(Map<String, Integer> symbols, int scope, int flag, Map<String, Integer> dest,
            int offset) {
        List<String> keys = new ArrayList<>(symbols.keySet());
        Collections.sort(keys, CodeUnitStack::compareCodePoints);
        int i = offset;
        for (String k : keys) {
            int v = symbols.get(k);
            if (SymbolFlags.scope(v) == scope || (v & flag) != 0) {
                dest.put(k, i++);
            }
        }
    }

    /** Python's string order: by code point (Java's compareTo orders UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** {@code compiler_set_qualname}: {@code Outer.<locals>.inner}, {@code C.method}, ... */
    private void setQualname() {
        CodeUnit u = g.u;
        String base = null;
        int stackSize = parents.size();
        if (stackSize > 1) {
            CodeUnit parent = parents.get(stackSize - 1);
            if (parent.scopeType == ScopeType.TYPEPARAMS) {
                // the type-parameter scope is not part of the name: look at the grandparent
                if (stackSize == 2) {
                    u.qualname = u.name;
                    return;
                }
                parent = parents.get(stackSize - 2);
            }
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = Mangling.maybeMangle(parent.privateName, parent.ste, u.name);
                forceGlobal = parent.ste.scope(mangled) == SymbolFlags.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    /** {@code compute_code_flags}. */
    static int codeFlags(CodeUnit u) {
        SymbolTableEntry ste = u.ste;
        int flags = 0;
        if (ste != null && ste.isFunctionLike()) {
            flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= CodeFlags.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CodeFlags.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CodeFlags.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CodeFlags.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= CodeFlags.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= CodeFlags.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    /**
     * {@code optimize_and_assemble}: the current unit, ended by an implicit return (of None if
     * {@code addNone}), as a code object. The caller then leaves the scope.
     */
    PyCode optimizeAndAssemble(boolean addNone) {
        int flags = codeFlags(g.u) | g.future.flags();
        g.addReturnAtEnd(addNone);
        return Compiler.optimizeAndAssemble(g.u, g.filename, flags);
    }
}
