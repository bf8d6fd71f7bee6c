package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of compiling one code object (module, later function, class, comprehension ...);
 * CPython's {@code struct compiler_unit} and {@code _PyCompile_CodeUnitMetadata}
 * ({@code Python/compile.c}).
 */
final class CodeUnit {
    final String name;
    final String qualname;
    final int firstlineno;
    final InstructionSequence seq = new InstructionSequence();
    final ConstantPool consts = new ConstantPool();
    /** {@code co_names}, in order of first use. */
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<FBlock> fblocks = new ArrayList<>();
    /**
     * {@code u_scope_type == COMPILER_SCOPE_ASYNC_FUNCTION}: {@code async for} and
     * {@code async with} are allowed here.
     */
    boolean isAsyncFunction;

    CodeUnit(String name, String qualname, int firstlineno) {
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
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
}
