package dev.snakebox.compiler;

import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;

/**
 * The peephole and control-flow passes over a {@link FlowGraph}; CPython's {@code optimize_cfg}
 * and its helpers ({@code Python/flowgraph.c}): inlining small exit blocks, removing unreachable
 * blocks, folding constant conditions, jump threading, NOP and redundant-jump removal under
 * CPython's line-number rules, unused-constant removal and superinstructions.
 *
 * <p>Transformations that shrink the code first leave NOPs, which the NOP pass removes when no
 * line event is lost by doing so.
 */
final class CfgOptimizer {
    /** {@code MAX_COPY_SIZE}: the largest block copied to save a jump. */
    private static final int MAX_COPY_SIZE = 4;
    /** Print the graph between passes (debugging only). */
    static final boolean DEBUG = false;

    private final FlowGraph g;
    private final ConstantPool consts;

    CfgOptimizer(FlowGraph g, ConstantPool consts) {
        this.g = g;
        this.consts = consts;
    }

    /** {@code optimize_cfg}. */
    void optimizeCfg() {
        g.check();
        inlineSmallOrNoLinenoBlocks();
        removeUnreachable(g);
        if (DEBUG) {
            System.err.println(g.dump());
        }
        LineNumbers.resolve(g);
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            optimizeBasicBlock(b);
        }
        removeRedundantNopsAndPairs();
        removeUnreachable(g);
        removeRedundantNopsAndJumps(g);
    }

    // ---- reachability ---------------------------------------------------------------------

    /** {@code remove_unreachable}: counts predecessors and empties the blocks nothing reaches. */
    static void removeUnreachable(FlowGraph g) {
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            b.predecessors = 0;
        }
        BasicBlock[] stack = g.traversalStack();
        int sp = 0;
        g.entryBlock.predecessors = 1;
        stack[sp++] = g.entryBlock;
        g.entryBlock.visited = true;
        while (sp > 0) {
            BasicBlock b = stack[--sp];
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    stack[sp++] = b.next;
                    b.next.visited = true;
                }
                b.next.predecessors++;
            }
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.isJump(instr.opcode) || OpcodeUtils.isBlockPush(instr.opcode)) {
                    BasicBlock target = instr.target;
                    if (!target.visited) {
                        stack[sp++] = target;
                        target.visited = true;
                    }
                    target.predecessors++;
                }
            }
        }
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.iused = 0;
                b.exceptHandler = false;
            }
        }
    }

    // ---- NOPs and jumps -------------------------------------------------------------------

    /**
     * {@code basicblock_remove_redundant_nops}: a NOP stays only if it carries a line number
     * that no neighbouring instruction provides.
     */
    static int removeRedundantNops(BasicBlock bb) {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.iused; src++) {
            Instr s = bb.instr[src];
            int lineno = s.loc.lineno;
            if (s.opcode == Opcodes.NOP) {
                // without a line number, or the previous instruction has the same one
                if (lineno < 0 || prevLineno == lineno) {
                    continue;
                }
                if (src < bb.iused - 1) {
                    // the next instruction has the same line number or none
                    int nextLineno = bb.instr[src + 1].loc.lineno;
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        bb.instr[src + 1].loc = s.loc;
                        continue;
                    }
                } else {
                    // the last in its block, and the next block starts on the same line
                    BasicBlock next = BasicBlock.nextNonEmpty(bb.next);
                    if (next != null) {
                        Location nextLoc = Location.NONE;
                        for (int k = 0; k < next.iused; k++) {
                            Instr instr = next.instr[k];
                            if (instr.opcode == Opcodes.NOP && instr.loc.lineno == -1) {
                                continue; // NOPs without location will be removed
                            }
                            nextLoc = instr.loc;
                            break;
                        }
                        if (lineno == nextLoc.lineno) {
                            continue;
                        }
                    }
                }
            }
            bb.instr[dest++] = s;
            prevLineno = lineno;
        }
        int removed = bb.iused - dest;
        for (int i = dest; i < bb.iused; i++) {
            bb.instr[i] = null;
        }
        bb.iused = dest;
        return removed;
    }

    static int removeRedundantNops(FlowGraph g) {
        int changes = 0;
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            changes += removeRedundantNops(b);
        }
        return changes;
    }

    /** {@code remove_redundant_nops_and_pairs}: also LOAD_CONST/COPY 1 followed by POP_TOP. */
    private void removeRedundantNopsAndPairs() {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) {
                    instr = null; // a jump target: forget the previous instruction
                }
                for (int i = 0; i < b.iused; i++) {
                    Instr prev = instr;
                    instr = b.instr[i];
                    int prevOpcode = prev != null ? prev.opcode : 0;
                    int prevOparg = prev != null ? prev.oparg : 0;
                    if (instr.opcode == Opcodes.POP_TOP
                            && (prevOpcode == Opcodes.LOAD_CONST || prevOpcode == Opcodes.COPY && prevOparg == 1)) {
                        prev.setOp0(Opcodes.NOP);
                        instr.setOp0(Opcodes.NOP);
                        done = false;
                    }
                }
                if (instr != null && OpcodeUtils.isJump(instr.opcode) || !b.hasFallthrough()) {
                    instr = null;
                }
            }
        }
    }

    /** {@code remove_redundant_jumps}: an unconditional jump to the next non-empty block. */
    static int removeRedundantJumps(FlowGraph g) {
        int changes = 0;
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null || !OpcodeUtils.isUnconditionalJump(last.opcode)) {
                continue;
            }
            BasicBlock jumpTarget = BasicBlock.nextNonEmpty(last.target);
            if (jumpTarget == null) {
                throw Errors.systemError("jump with NULL target");
            }
            if (jumpTarget == BasicBlock.nextNonEmpty(b.next)) {
                changes++;
                last.setOp0(Opcodes.NOP);
            }
        }
        return changes;
    }

    /** {@code remove_redundant_nops_and_jumps}: until neither finds anything. */
    static void removeRedundantNopsAndJumps(FlowGraph g) {
        int removed;
        do {
            removed = removeRedundantNops(g) + removeRedundantJumps(g);
        } while (removed > 0);
    }

    /**
     * {@code inline_small_or_no_lineno_blocks}: a jump to a small exit block, or to a block
     * without line numbers that does not fall through, is replaced by a copy of that block.
     */
    private void inlineSmallOrNoLinenoBlocks() {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
                if (inlineInto(b)) {
                    changes = true;
                }
            }
        } while (changes);
    }

    private static boolean inlineInto(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || !OpcodeUtils.isUnconditionalJump(last.opcode)) {
            return false;
        }
        BasicBlock target = last.target;
        boolean smallExitBlock = target.exitsScope() && target.iused <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.hasFallthrough();
        if (!smallExitBlock && !noLinenoNoFallthrough) {
            return false;
        }
        int removedJumpOpcode = last.opcode;
        last.setOp0(Opcodes.NOP);
        bb.appendInstructionsOf(target);
        if (noLinenoNoFallthrough) {
            last = bb.last();
            if (OpcodeUtils.isUnconditionalJump(last.opcode) && removedJumpOpcode == Opcodes.JUMP) {
                // keep the eval-breaker check of the removed jump
                last.opcode = Opcodes.JUMP;
            }
        }
        target.predecessors--;
        return true;
    }

    /**
     * {@code jump_thread}: {@code inst} jumps to a block starting with jump {@code target};
     * jump straight to where that one goes. The old jump becomes a NOP (kept if it carries a line).
     */
    private static boolean jumpThread(BasicBlock bb, Instr inst, Instr target, int opcode) {
        if (inst.target != target.target) {
            inst.setOp0(Opcodes.NOP);
            bb.addJump(opcode, target.target, target.loc);
            return true;
        }
        return false;
    }

    // ---- the peephole pass ----------------------------------------------------------------

    /**
     * {@code optimize_basic_block}: one pass over a block, looking at each instruction with the
     * next one (and the first instruction of its jump target). A COPY 1 right after a LOAD_CONST
     * counts as that LOAD_CONST.
     */
    private void optimizeBasicBlock(BasicBlock bb) {
        Instr nop = new Instr(Opcodes.NOP, 0, Location.NONE);
        int opcode = 0;
        int oparg = 0;
        Instr target = nop;
        for (int i = 0; i < bb.iused; i++) {
            Instr inst = bb.instr[i];
            boolean isCopyOfLoadConst = opcode == Opcodes.LOAD_CONST && inst.opcode == Opcodes.COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                target = OpcodeUtils.hasTarget(opcode) && inst.target.iused > 0 ? inst.target.instr[0] : nop;
            }
            int nextop = i + 1 < bb.iused ? bb.instr[i + 1].opcode : 0;
            switch (opcode) {
                case Opcodes.LOAD_CONST:
                    i = optimizeLoadConst(bb, i, inst, oparg, nextop);
                    break;
                case Opcodes.BUILD_TUPLE:
                    if (nextop == Opcodes.UNPACK_SEQUENCE && oparg == bb.instr[i + 1].oparg) {
                        if (oparg == 1) {
                            inst.setOp0(Opcodes.NOP);
                            bb.instr[i + 1].setOp0(Opcodes.NOP);
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.setOp0(Opcodes.NOP);
                            bb.instr[i + 1].opcode = Opcodes.SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(bb, i - oparg, oparg);
                    }
                    break;
                case Opcodes.POP_JUMP_IF_NOT_NONE:
                case Opcodes.POP_JUMP_IF_NONE:
                case Opcodes.POP_JUMP_IF_FALSE:
                case Opcodes.POP_JUMP_IF_TRUE:
                    if (target.opcode == Opcodes.JUMP) {
                        i -= jumpThread(bb, inst, target, inst.opcode) ? 1 : 0;
                    }
                    break;
                case Opcodes.JUMP:
                case Opcodes.JUMP_NO_INTERRUPT:
                    if (target.opcode == Opcodes.JUMP) {
                        i -= jumpThread(bb, inst, target, Opcodes.JUMP) ? 1 : 0;
                    } else if (target.opcode == Opcodes.JUMP_NO_INTERRUPT) {
                        i -= jumpThread(bb, inst, target, opcode) ? 1 : 0;
                    }
                    break;
                case Opcodes.STORE_FAST:
                    if (opcode == nextop && oparg == bb.instr[i + 1].oparg
                            && inst.loc.lineno == bb.instr[i + 1].loc.lineno) {
                        inst.setOp0(Opcodes.POP_TOP);
                    }
                    break;
                case Opcodes.SWAP:
                    if (oparg == 1) {
                        inst.setOp0(Opcodes.NOP);
                    }
                    break;
                case Opcodes.LOAD_GLOBAL:
                    if (nextop == Opcodes.PUSH_NULL && (oparg & 1) == 0) {
                        inst.setOp1(Opcodes.LOAD_GLOBAL, oparg | 1);
                        bb.instr[i + 1].setOp0(Opcodes.NOP);
                    }
                    break;
                case Opcodes.COMPARE_OP:
                    if (nextop == Opcodes.TO_BOOL) {
                        inst.setOp0(Opcodes.NOP);
                        bb.instr[i + 1].setOp1(Opcodes.COMPARE_OP, oparg | 16);
                        continue;
                    }
                    break;
                case Opcodes.CONTAINS_OP:
                case Opcodes.IS_OP:
                    if (nextop == Opcodes.TO_BOOL) {
                        inst.setOp0(Opcodes.NOP);
                        bb.instr[i + 1].setOp1(opcode, oparg);
                        continue;
                    }
                    break;
                case Opcodes.TO_BOOL:
                    if (nextop == Opcodes.TO_BOOL) {
                        inst.setOp0(Opcodes.NOP);
                        continue;
                    }
                    break;
                case Opcodes.UNARY_NOT:
                    if (nextop == Opcodes.TO_BOOL) {
                        inst.setOp0(Opcodes.NOP);
                        bb.instr[i + 1].setOp0(Opcodes.UNARY_NOT);
                        continue;
                    }
                    if (nextop == Opcodes.UNARY_NOT) {
                        inst.setOp0(Opcodes.NOP);
                        bb.instr[i + 1].setOp0(Opcodes.NOP);
                        continue;
                    }
                    break;
                default:
                    break;
            }
        }
        for (int i = 0; i < bb.iused; i++) {
            if (bb.instr[i].opcode == Opcodes.SWAP) {
                i = Swaps.swaptimize(bb, i);
                Swaps.applyStaticSwaps(bb, i);
            }
        }
    }

    /**
     * The LOAD_CONST case of {@code optimize_basic_block}: a constant tested for truth, compared
     * with {@code is None}, or returned. {@code inst} is the LOAD_CONST (or a COPY 1 of it).
     * Returns the index to continue from.
     */
    private int optimizeLoadConst(BasicBlock bb, int i, Instr inst, int oparg, int nextop) {
        switch (nextop) {
            case Opcodes.POP_JUMP_IF_FALSE:
            case Opcodes.POP_JUMP_IF_TRUE: {
                // the jump is decided at compile time
                boolean isTrue = consts.get(oparg).isTrue();
                inst.setOp0(Opcodes.NOP);
                if (isTrue == (nextop == Opcodes.POP_JUMP_IF_TRUE)) {
                    bb.instr[i + 1].opcode = Opcodes.JUMP;
                } else {
                    bb.instr[i + 1].setOp0(Opcodes.NOP);
                }
                return i;
            }
            case Opcodes.IS_OP: {
                // LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_X  ->  POP_JUMP_IF_[NOT_]NONE
                if (!(consts.get(oparg) instanceof PyNone) || bb.iused <= i + 2) {
                    return i;
                }
                Instr isInstr = bb.instr[i + 1];
                Instr jumpInstr = bb.instr[i + 2];
                if (jumpInstr.opcode == Opcodes.TO_BOOL) {
                    jumpInstr.setOp0(Opcodes.NOP);
                    if (bb.iused <= i + 3) {
                        return i;
                    }
                    jumpInstr = bb.instr[i + 3];
                }
                boolean invert = isInstr.oparg != 0;
                if (jumpInstr.opcode == Opcodes.POP_JUMP_IF_FALSE) {
                    invert = !invert;
                } else if (jumpInstr.opcode != Opcodes.POP_JUMP_IF_TRUE) {
                    return i;
                }
                inst.setOp0(Opcodes.NOP);
                isInstr.setOp0(Opcodes.NOP);
                jumpInstr.opcode = invert ? Opcodes.POP_JUMP_IF_NOT_NONE : Opcodes.POP_JUMP_IF_NONE;
                return i;
            }
            case Opcodes.RETURN_VALUE:
                inst.setOp0(Opcodes.NOP);
                bb.instr[++i].setOp1(Opcodes.RETURN_CONST, oparg);
                return i;
            case Opcodes.TO_BOOL: {
                PyObject value = PyBool.of(consts.get(oparg).isTrue());
                int index = consts.add(value);
                inst.setOp0(Opcodes.NOP);
                bb.instr[i + 1].setOp1(Opcodes.LOAD_CONST, index);
                return i;
            }
            default:
                return i;
        }
    }

    /**
     * {@code fold_tuple_on_constants}: LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n becomes one
     * LOAD_CONST of the tuple.
     */
    private void foldTupleOnConstants(BasicBlock bb, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (bb.instr[start + i].opcode != Opcodes.LOAD_CONST) {
                return;
            }
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = consts.get(bb.instr[start + i].oparg);
        }
        // the constant cache makes equal tuples one object, so an equal constant is reused
        int index = consts.add(dev.snakebox.objects.PyTuple.wrap(items));
        for (int i = 0; i < n; i++) {
            bb.instr[start + i].setOp0(Opcodes.NOP);
        }
        bb.instr[start + n].setOp1(Opcodes.LOAD_CONST, index);
    }

    /** {@code remove_unused_consts}: drops constants no instruction loads (keeping index 0). */
    void removeUnusedConsts() {
        int n = consts.size();
        if (n == 0) {
            return;
        }
        boolean[] used = new boolean[n];
        used[0] = true; // may be the docstring
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                if (Opcodes.has(b.instr[i].opcode, Opcodes.HAS_CONST)) {
                    used[b.instr[i].oparg] = true;
                }
            }
        }
        boolean all = true;
        for (boolean u : used) {
            all &= u;
        }
        if (all) {
            return;
        }
        int[] map = consts.compact(used);
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                if (Opcodes.has(b.instr[i].opcode, Opcodes.HAS_CONST)) {
                    b.instr[i].oparg = map[b.instr[i].oparg];
                }
            }
        }
    }

    // ---- superinstructions ----------------------------------------------------------------

    /** {@code insert_superinstructions}: LOAD_FAST pairs and the like in one instruction. */
    void insertSuperinstructions() {
        for (BasicBlock b = g.entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr inst = b.instr[i];
                int nextop = i + 1 < b.iused ? b.instr[i + 1].opcode : 0;
                if (inst.opcode == Opcodes.LOAD_FAST && nextop == Opcodes.LOAD_FAST) {
                    makeSuperInstruction(inst, b.instr[i + 1], Opcodes.LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == Opcodes.STORE_FAST && nextop == Opcodes.LOAD_FAST) {
                    makeSuperInstruction(inst, b.instr[i + 1], Opcodes.STORE_FAST_LOAD_FAST);
                } else if (inst.opcode == Opcodes.STORE_FAST && nextop == Opcodes.STORE_FAST) {
                    makeSuperInstruction(inst, b.instr[i + 1], Opcodes.STORE_FAST_STORE_FAST);
                }
            }
        }
        removeRedundantNops(g);
    }

    private static void makeSuperInstruction(Instr inst1, Instr inst2, int superOp) {
        int line1 = inst1.loc.lineno;
        int line2 = inst2.loc.lineno;
        if (line1 >= 0 && line2 >= 0 && line1 != line2) {
            return;
        }
        if (inst1.oparg >= 16 || inst2.oparg >= 16) {
            return;
        }
        inst1.setOp1(superOp, (inst1.oparg << 4) | inst2.oparg);
        inst2.setOp0(Opcodes.NOP);
    }
}
