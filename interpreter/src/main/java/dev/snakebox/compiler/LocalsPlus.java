package dev.snakebox.compiler;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.bytecode.Opcodes;
import java.util.Map;

/**
 * The frame's "locals plus" (fast locals, then cells, then free variables) of a code unit:
 * CPython's {@code prepare_localsplus}, {@code build_cellfixedoffsets},
 * {@code insert_prefix_instructions} and {@code fix_cell_offsets} ({@code Python/flowgraph.c}),
 * and {@code compute_localsplus_info} ({@code Python/assemble.c}).
 *
 * <p>Code generation numbers cells and free variables on their own ({@code u_cellvars}, then
 * {@code u_freevars} after them); here they move after the locals, a cell that is also a
 * parameter keeps the parameter's slot, and the code starts with COPY_FREE_VARS, a MAKE_CELL
 * per cell and, for generators and coroutines, RETURN_GENERATOR.
 */
final class LocalsPlus {
    private LocalsPlus() {}

    /** {@code prepare_localsplus}: returns the number of locals plus cells plus free variables. */
    static int prepare(CodeUnit u, FlowGraph g, int codeFlags) {
        int nlocals = u.varnames.size();
        int ncellvars = u.cellvars.size();
        int nfreevars = u.freevars.size();
        int[] fixed = cellFixedOffsets(u);
        insertPrefixInstructions(u, g.entryBlock, fixed, nfreevars, codeFlags);
        int numdropped = fixCellOffsets(u, g, fixed);
        return nlocals + ncellvars + nfreevars - numdropped;
    }

    /** {@code build_cellfixedoffsets}: each cell's and free variable's slot; a parameter cell keeps its slot. */
    private static int[] cellFixedOffsets(CodeUnit u) {
        int nlocals = u.varnames.size();
        int noffsets = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(e.getKey());
            if (varindex != null) {
                fixed[e.getValue()] = varindex;
            }
        }
        return fixed;
    }

    /** {@code insert_prefix_instructions}. */
    private static void insertPrefixInstructions(CodeUnit u, BasicBlock entry, int[] fixed, int nfreevars,
            int codeFlags) {
        if ((codeFlags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) != 0) {
            // both on the first line, without columns (as python3.13's co_positions shows)
            Location loc = new Location(u.firstlineno, u.firstlineno, -1, -1);
            entry.insert(0, new Instr(Opcodes.RETURN_GENERATOR, 0, loc));
            entry.insert(1, new Instr(Opcodes.POP_TOP, 0, loc));
        }
        int ncellvars = u.cellvars.size();
        if (ncellvars > 0) {
            // MAKE_CELL in slot order (parameter cells come first)
            int nvars = ncellvars + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            int ncellsused = 0;
            for (int i = 0; ncellsused < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                // the argument is fixed by fixCellOffsets
                entry.insert(ncellsused, new Instr(Opcodes.MAKE_CELL, oldindex, Location.NONE));
                ncellsused++;
            }
        }
        if (nfreevars > 0) {
            entry.insert(0, new Instr(Opcodes.COPY_FREE_VARS, nfreevars, Location.NONE));
        }
    }

    /** {@code fix_cell_offsets}: cell and free indices become slots; returns the parameter cells' count. */
    private static int fixCellOffsets(CodeUnit u, FlowGraph g, int[] fixedmap) {
        int nlocals = u.varnames.size();
        int noffsets = fixedmap.length;
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixedmap[i] == i + nlocals) {
                fixedmap[i] -= numdropped;
            } else {
                numdropped++; // a parameter cell
            }
        }
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr inst = b.instr[i];
                switch (inst.opcode) {
                    case Opcodes.MAKE_CELL:
                    case Opcodes.LOAD_CLOSURE:
                    case Opcodes.LOAD_DEREF:
                    case Opcodes.STORE_DEREF:
                    case Opcodes.DELETE_DEREF:
                    case Opcodes.LOAD_FROM_DICT_OR_DEREF:
                        inst.oparg = fixedmap[inst.oparg];
                        break;
                    default:
                        break;
                }
            }
        }
        return numdropped;
    }

    /** {@code compute_localsplus_info}: the name and kind of each slot. */
    static void computeInfo(CodeUnit u, int nlocalsplus, String[] names, byte[] kinds) {
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            String k = e.getKey();
            byte kind = PyCode.CO_FAST_LOCAL;
            if (u.fasthidden.containsKey(k)) {
                kind |= PyCode.CO_FAST_HIDDEN;
            }
            if (u.cellvars.containsKey(k)) {
                kind |= PyCode.CO_FAST_CELL;
            }
            names[e.getValue()] = k;
            kinds[e.getValue()] = kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                numdropped++; // already a local
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = PyCode.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = PyCode.CO_FAST_FREE;
        }
    }
}
