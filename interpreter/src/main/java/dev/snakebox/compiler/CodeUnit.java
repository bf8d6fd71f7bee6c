package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of compiling one code object (module, class body, function, lambda, comprehension,
 * type-parameter scope ...); CPython's {@code struct compiler_unit} and
 * {@code _PyCompile_CodeUnitMetadata} ({@code Python/compile.c}).
 */
final class CodeUnit {
    /** CPython's {@code COMPILER_SCOPE_*}: the kind of code being compiled. */
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    final String name;
    String qualname;
    final int firstlineno;
    final ScopeType scopeType;
    /** The unit's scope in the symbol table ({@code u_ste}); null only in tests that build units by hand. */
    final SymbolTableEntry ste;
    /** {@code u_private}: the name of the class around, for mangling, or null. */
    String privateName;
    final InstructionSequence seq = new InstructionSequence();
    final ConstantPool consts = new ConstantPool();
    /** {@code co_names}, in order of first use. */
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    /** {@code u_varnames}: the parameters, then the other fast locals in order of first use. */
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    /** {@code u_cellvars}: name to cell index. */
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    /** {@code u_freevars}: name to index, counting on from the cells. */
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /**
     * {@code u_fasthidden}: names of a module or class body that are fast locals while an
     * inlined comprehension runs (true), or were (false).
     */
    final Map<String, Boolean> fasthidden = new LinkedHashMap<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    /** {@code u_in_inlined_comp}: nesting of inlined comprehensions being compiled. */
    int inInlinedComp;
    /** {@code u_static_attributes}: for a class, the attributes its methods assign on {@code self}. */
    final Set<String> staticAttributes = new LinkedHashSet<>();
    final List<FBlock> fblocks = new ArrayList<>();
    /**
     * {@code u_scope_type == COMPILER_SCOPE_ASYNC_FUNCTION}: {@code async for} and
     * {@code async with} are allowed here.
     */
    boolean isAsyncFunction() {
        return scopeType == ScopeType.ASYNC_FUNCTION;
    }

    CodeUnit(String name, ScopeType scopeType, SymbolTableEntry ste, int firstlineno) {
        this.name = name;
        this.qualname = name;
        this.scopeType = scopeType;
        this.ste = ste;
        this.firstlineno = firstlineno;
    }

    /** A module unit without a symbol table (tests of later stages). */
    CodeUnit(String name, String qualname, int firstlineno) {
        this(name, ScopeType.MODULE, null, firstlineno);
        this.qualname = qualname;
    }

    /** {@code _PyCompile_DictAddObj(u_names, name)}. */
    int addName(String name) {
        Integer i = nameIndex.get(name);
        if (i == null) {
            i = names.size();
            names.add(name);
            nameIndex.put(name, i);
        }
        return i;
    }

    /** {@code dict_add_o}: the index of {@code name} in {@code dict}, added at the end if new. */
    static int addTo(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i == null) {
            i = dict.size();
            dict.put(name, i);
        }
        return i;
    }

    /** Whether this unit's names are fast locals ({@code _PyST_IsFunctionLike(u_ste)}). */
    boolean isFunctionLike() {
        return ste != null && ste.isFunctionLike();
    }
}
