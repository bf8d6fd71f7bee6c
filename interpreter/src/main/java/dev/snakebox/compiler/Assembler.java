package dev.snakebox.compiler;

import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Errors;

/**
 * From the optimised instruction sequence to a code object; CPython's
 * {@code _PyAssemble_MakeCodeObject} ({@code Python/assemble.c}): the direction of unconditional
 * jumps, jump offsets (adding EXTENDED_ARG prefixes until the sizes settle), the 16-bit code units
 * with their inline CACHE entries, the location table and the exception table.
 */
final class Assembler {
    private Assembler() {}

    /** What the code object needs besides the instructions. */
    static final class Unit {
        String name;
        String qualname;
        String filename;
        int firstlineno;
        int flags;
        int argcount;
        int posonlyargcount;
        int kwonlyargcount;
        String[] names;
        String[] localsplusnames = new String[0];
        byte[] localspluskinds = new byte[0];
    }

    static PyCode makeCodeObject(Unit u, ConstantPool consts, int maxdepth, InstructionSequence instrs) {
        instrs.applyLabelMap();
        resolveUnconditionalJumps(instrs);
        resolveJumpOffsets(instrs);
        char[] code = emitCode(instrs);
        byte[] linetable = locationInfo(instrs, u.firstlineno);
        byte[] exceptiontable = exceptionTable(instrs);
        // (PyCode makes a depth of 0 one slot, as CPython's init_code does)
        return new PyCode(u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, u.flags, u.firstlineno,
                u.name, u.qualname, u.filename, code, consts.toArray(), u.names, u.localsplusnames,
                u.localspluskinds, linetable, exceptiontable);
    }

    /** {@code resolve_unconditional_jumps}: JUMP becomes JUMP_FORWARD or JUMP_BACKWARD. */
    static void resolveUnconditionalJumps(InstructionSequence instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            Instr instr = instrs.get(i);
            boolean isForward = instr.oparg > i;
            if (instr.opcode == Opcodes.JUMP) {
                instr.opcode = isForward ? Opcodes.JUMP_FORWARD : Opcodes.JUMP_BACKWARD;
            } else if (instr.opcode == Opcodes.JUMP_NO_INTERRUPT) {
                instr.opcode = isForward ? Opcodes.JUMP_FORWARD : Opcodes.JUMP_BACKWARD_NO_INTERRUPT;
            } else if (Opcodes.has(instr.opcode, Opcodes.HAS_JUMP) && Opcodes.has(instr.opcode, Opcodes.IS_PSEUDO)) {
                throw Errors.systemError("unresolved pseudo jump " + Opcodes.name(instr.opcode));
            }
        }
    }

    /**
     * {@code resolve_jump_offsets}: a jump's argument becomes the distance in code units from the
     * instruction after it. A longer argument needs EXTENDED_ARG, which moves everything after
     * it, so repeat until no size changes (only jumps can grow, so this converges quickly).
     */
    static void resolveJumpOffsets(InstructionSequence instrs) {
        int n = instrs.size();
        int[] targetIndex = new int[n];
        for (int i = 0; i < n; i++) {
            Instr instr = instrs.get(i);
            if (Opcodes.has(instr.opcode, Opcodes.HAS_JUMP)) {
                targetIndex[i] = instr.oparg;
            }
        }
        boolean recompile;
        do {
            int totsize = 0;
            for (int i = 0; i < n; i++) {
                Instr instr = instrs.get(i);
                instr.offset = totsize;
                totsize += OpcodeUtils.instrSize(instr.opcode, instr.oparg);
            }
            recompile = false;
            int offset = 0;
            for (int i = 0; i < n; i++) {
                Instr instr = instrs.get(i);
                int isize = OpcodeUtils.instrSize(instr.opcode, instr.oparg);
                offset += isize;
                if (Opcodes.has(instr.opcode, Opcodes.HAS_JUMP)) {
                    int target = instrs.get(targetIndex[i]).offset;
                    if (target < offset) {
                        if (!OpcodeUtils.isBackwardsJump(instr.opcode)) {
                            throw Errors.systemError("forward jump going backwards");
                        }
                        instr.oparg = offset - target;
                    } else {
                        if (OpcodeUtils.isBackwardsJump(instr.opcode)) {
                            throw Errors.systemError("backward jump going forwards");
                        }
                        instr.oparg = target - offset;
                    }
                    if (OpcodeUtils.instrSize(instr.opcode, instr.oparg) != isize) {
                        recompile = true;
                    }
                }
            }
        } while (recompile);
    }

    /** {@code write_instr} for every instruction: EXTENDED_ARG prefixes, the unit, zeroed caches. */
    private static char[] emitCode(InstructionSequence instrs) {
        int total = 0;
        for (Instr instr : instrs.instrs) {
            total += OpcodeUtils.instrSize(instr.opcode, instr.oparg);
        }
        char[] code = new char[total];
        int pos = 0;
        for (Instr instr : instrs.instrs) {
            int oparg = instr.oparg;
            if (oparg > 0xFFFFFF) {
                code[pos++] = unit(Opcodes.EXTENDED_ARG, (oparg >> 24) & 0xFF);
            }
            if (oparg > 0xFFFF) {
                code[pos++] = unit(Opcodes.EXTENDED_ARG, (oparg >> 16) & 0xFF);
            }
            if (oparg > 0xFF) {
                code[pos++] = unit(Opcodes.EXTENDED_ARG, (oparg >> 8) & 0xFF);
            }
            code[pos++] = unit(instr.opcode, oparg & 0xFF);
            pos += Opcodes.cacheEntries(instr.opcode); // CACHE entries are zero
        }
        return code;
    }

    private static char unit(int opcode, int arg) {
        return (char) (opcode | arg << 8);
    }

    /** {@code assemble_location_info}: one entry per run of instructions at the same location. */
    private static byte[] locationInfo(InstructionSequence instrs, int firstlineno) {
        LocationTableWriter w = new LocationTableWriter(firstlineno);
        Location loc = Location.NONE;
        int size = 0;
        for (Instr instr : instrs.instrs) {
            if (!loc.sameAs(instr.loc)) {
                w.emit(loc, size);
                loc = instr.loc;
                size = 0;
            }
            size += OpcodeUtils.instrSize(instr.opcode, instr.oparg);
        }
        w.emit(loc, size);
        return w.toBytes();
    }

    /** {@code assemble_exception_table}: one entry per run of instructions with the same handler. */
    private static byte[] exceptionTable(InstructionSequence instrs) {
        ExceptionTableWriter w = new ExceptionTableWriter();
        int ioffset = 0;
        Instr handler = null;
        int handlerLabel = -1;
        int start = -1;
        for (Instr instr : instrs.instrs) {
            if (instr.handlerLabel != handlerLabel) {
                if (handlerLabel >= 0) {
                    w.entry(start, ioffset, instrs.get(handlerLabel).offset, handler.handlerStartDepth,
                            handler.handlerPreserveLasti);
                }
                start = ioffset;
                handler = instr;
                handlerLabel = instr.handlerLabel;
            }
            ioffset += OpcodeUtils.instrSize(instr.opcode, instr.oparg);
        }
        if (handlerLabel >= 0) {
            w.entry(start, ioffset, instrs.get(handlerLabel).offset, handler.handlerStartDepth,
                    handler.handlerPreserveLasti);
        }
        return w.toBytes();
    }
}
