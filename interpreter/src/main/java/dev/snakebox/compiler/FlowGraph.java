package dev.snakebox.compiler;

import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.Errors;

/**
 * The control flow graph of one code unit and the driver of its optimisation; CPython's
 * {@code cfg_builder} and {@code _PyCfg_OptimizeCodeUnit} / {@code
 * _PyCfg_OptimizedCfgToInstructionSequence} ({@code Python/flowgraph.c}).
 *
 * <p>Built from the code generator's {@link InstructionSequence}: each jump target starts a
 * block, and so does the instruction after any jump or scope exit. The passes that rewrite the
 * graph live in {@link CfgOptimizer}, {@link LineNumbers}, {@link ColdBlocks},
 * {@link StackDepth} and {@link UninitializedLocals}; this class holds the graph, the
 * preprocessing (labels to targets, exception handlers) and the final conversion back to a
 * sequence for the assembler.
 */
final class FlowGraph {
    /** {@code RESUME_OPARG_DEPTH1_MASK} ({@code pycore_opcode_utils.h}). */
    static final int RESUME_OPARG_DEPTH1_MASK = 0x4;
    static final int RESUME_AT_FUNC_START = 0;

    BasicBlock entryBlock;
    /** Every allocated block, newest first. */
    BasicBlock blockList;
    private BasicBlock curBlock;
    private int currentLabel = -1;

    FlowGraph() {
        BasicBlock b = newBlock();
        entryBlock = b;
        curBlock = b;
    }

    /** {@code cfg_builder_new_block}. */
    BasicBlock newBlock() {
        BasicBlock b = new BasicBlock();
        b.list = blockList;
        blockList = b;
        return b;
    }

    // ---- construction ---------------------------------------------------------------------

    /** {@code _PyCfg_FromInstructionSequence}. */
    static FlowGraph fromInstructionSequence(InstructionSequence seq) {
        seq.applyLabelMap();
        int n = seq.size();
        boolean[] isTarget = new boolean[n];
        for (int i = 0; i < n; i++) {
            Instr instr = seq.get(i);
            if (OpcodeUtils.hasTarget(instr.opcode)) {
                isTarget[instr.oparg] = true;
            }
        }
        FlowGraph g = new FlowGraph();
        for (int i = 0; i < n; i++) {
            if (isTarget[i]) {
                g.useLabel(i);
            }
            Instr instr = seq.get(i);
            g.addop(instr.opcode, instr.oparg, instr.loc);
        }
        return g;
    }

    /** {@code _PyCfgBuilder_UseLabel}. */
    void useLabel(int label) {
        currentLabel = label;
        maybeStartNewBlock();
    }

    /** {@code _PyCfgBuilder_Addop}. */
    void addop(int opcode, int oparg, Location loc) {
        maybeStartNewBlock();
        curBlock.addop(opcode, oparg, loc);
    }

    private boolean currentBlockIsTerminated() {
        Instr last = curBlock.last();
        if (last != null && OpcodeUtils.isTerminator(last.opcode)) {
            return true;
        }
        if (currentLabel >= 0) {
            if (last != null || curBlock.label >= 0) {
                return true;
            }
            // current block is empty: label it
            curBlock.label = currentLabel;
            currentLabel = -1;
        }
        return false;
    }

    private void maybeStartNewBlock() {
        if (currentBlockIsTerminated()) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = -1;
            curBlock.next = b;
            curBlock = b;
        }
    }

    // ---- preprocessing --------------------------------------------------------------------

    /** {@code check_cfg}: jumps and exits end their block. */
    void check() {
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                if (OpcodeUtils.isTerminator(b.instr[i].opcode) && i != b.iused - 1) {
                    throw Errors.systemError("malformed control flow graph.");
                }
            }
        }
    }

    int maxLabel() {
        int lbl = -1;
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            lbl = Math.max(lbl, b.label);
        }
        return lbl;
    }

    /** {@code translate_jump_labels_to_targets}. */
    void translateJumpLabelsToTargets() {
        BasicBlock[] label2block = new BasicBlock[maxLabel() + 1];
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            if (b.label >= 0) {
                label2block[b.label] = b;
            }
        }
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.hasTarget(instr.opcode)) {
                    instr.target = label2block[instr.oparg];
                }
            }
        }
    }

    /** {@code mark_except_handlers}. */
    void markExceptHandlers() {
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.isBlockPush(instr.opcode)) {
                    instr.target.exceptHandler = true;
                }
            }
        }
    }

    /** {@code make_cfg_traversal_stack}: clears the visited marks; a stack big enough for every block. */
    BasicBlock[] traversalStack() {
        int n = 0;
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            b.visited = false;
            n++;
        }
        return new BasicBlock[n];
    }

    /**
     * {@code label_exception_targets}: gives every instruction the handler an exception raised
     * there goes to, following SETUP_* / POP_BLOCK through the graph; POP_BLOCK becomes NOP.
     */
    void labelExceptionTargets() {
        BasicBlock[] todo = traversalStack();
        int sp = 0;
        BasicBlock.ExceptStack exceptStack = new BasicBlock.ExceptStack();
        todo[sp++] = entryBlock;
        entryBlock.visited = true;
        entryBlock.exceptStack = exceptStack;
        while (sp > 0) {
            BasicBlock b = todo[--sp];
            exceptStack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = exceptStack.top();
            int lastYieldExceptDepth = -1;
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.isBlockPush(instr.opcode)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = exceptStack.copy();
                        todo[sp++] = instr.target;
                        instr.target.visited = true;
                    }
                    // push_except_block
                    if (instr.opcode == Opcodes.SETUP_WITH || instr.opcode == Opcodes.SETUP_CLEANUP) {
                        instr.target.preserveLasti = true;
                    }
                    exceptStack.handlers[++exceptStack.depth] = instr.target;
                    handler = instr.target;
                } else if (instr.opcode == Opcodes.POP_BLOCK) {
                    handler = exceptStack.handlers[--exceptStack.depth];
                    instr.setOp0(Opcodes.NOP);
                } else if (OpcodeUtils.isJump(instr.opcode)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (b.hasFallthrough()) {
                            instr.target.exceptStack = exceptStack.copy();
                        } else {
                            instr.target.exceptStack = exceptStack;
                            exceptStack = null;
                        }
                        todo[sp++] = instr.target;
                        instr.target.visited = true;
                    }
                } else if (instr.opcode == Opcodes.YIELD_VALUE) {
                    instr.except = handler;
                    lastYieldExceptDepth = exceptStack.depth;
                } else if (instr.opcode == Opcodes.RESUME) {
                    instr.except = handler;
                    if (instr.oparg != RESUME_AT_FUNC_START) {
                        if (lastYieldExceptDepth == 1) {
                            instr.oparg |= RESUME_OPARG_DEPTH1_MASK;
                        }
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (b.hasFallthrough() && !b.next.visited) {
                b.next.exceptStack = exceptStack;
                todo[sp++] = b.next;
                b.next.visited = true;
            }
        }
    }

    // ---- the driver -----------------------------------------------------------------------

    /** {@code _PyCfg_OptimizeCodeUnit}. */
    void optimizeCodeUnit(ConstantPool consts, int nlocals, int nparams) {
        translateJumpLabelsToTargets();
        markExceptHandlers();
        labelExceptionTargets();

        CfgOptimizer opt = new CfgOptimizer(this, consts);
        opt.optimizeCfg();
        opt.removeUnusedConsts();
        UninitializedLocals.addChecks(this, nlocals, nparams);
        opt.insertSuperinstructions();

        ColdBlocks.pushToEnd(this);
        LineNumbers.resolve(this);
    }

    /**
     * {@code _PyCfg_OptimizedCfgToInstructionSequence}: the last lowering steps, then the
     * sequence for the assembler. Returns the maximum stack depth.
     */
    int toOptimizedInstructionSequence(InstructionSequence seq) {
        return toOptimizedInstructionSequence(seq, null, 0, null);
    }

    /**
     * The same for code unit {@code u} (null: none, as in tests of this stage alone): its cells
     * and free variables get their slots and prefix instructions ({@code prepare_localsplus}),
     * and {@code nlocalsplus[0]} receives the number of slots.
     */
    int toOptimizedInstructionSequence(InstructionSequence seq, CodeUnit u, int codeFlags, int[] nlocalsplus) {
        if (CfgOptimizer.DEBUG) {
            System.err.println(dump());
        }
        int stackdepth = StackDepth.calculate(this);
        if (u != null) {
            nlocalsplus[0] = LocalsPlus.prepare(u, this, codeFlags);
        }
        convertPseudoOps();
        normalizeJumps();
        toInstructionSequence(seq);
        return stackdepth;
    }

    /** {@code convert_pseudo_ops}. */
    private void convertPseudoOps() {
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.isBlockPush(instr.opcode)) {
                    instr.setOp0(Opcodes.NOP);
                } else if (instr.opcode == Opcodes.LOAD_CLOSURE) {
                    instr.opcode = Opcodes.LOAD_FAST;
                } else if (instr.opcode == Opcodes.STORE_FAST_MAYBE_NULL) {
                    instr.opcode = Opcodes.STORE_FAST;
                }
            }
        }
        CfgOptimizer.removeRedundantNopsAndJumps(this);
    }

    /**
     * {@code normalize_jumps}: a conditional jump backwards becomes the reversed jump over a new
     * block holding an unconditional JUMP back (the VM's conditional jumps only go forwards).
     */
    private void normalizeJumps() {
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || !OpcodeUtils.isJump(last.opcode) || OpcodeUtils.isUnconditionalJump(last.opcode)) {
                continue;
            }
            boolean isForward = !last.target.visited;
            if (isForward) {
                continue;
            }
            int reversed;
            switch (last.opcode) {
                case Opcodes.POP_JUMP_IF_NOT_NONE: reversed = Opcodes.POP_JUMP_IF_NONE; break;
                case Opcodes.POP_JUMP_IF_NONE: reversed = Opcodes.POP_JUMP_IF_NOT_NONE; break;
                case Opcodes.POP_JUMP_IF_FALSE: reversed = Opcodes.POP_JUMP_IF_TRUE; break;
                case Opcodes.POP_JUMP_IF_TRUE: reversed = Opcodes.POP_JUMP_IF_FALSE; break;
                default: throw Errors.systemError("backward jump of " + Opcodes.name(last.opcode));
            }
            BasicBlock target = last.target;
            BasicBlock backwardsJump = newBlock();
            backwardsJump.addJump(Opcodes.JUMP, target, last.loc);
            last.opcode = reversed;
            last.target = b.next;
            backwardsJump.cold = b.cold;
            backwardsJump.next = b.next;
            b.next = backwardsJump;
        }
    }

    /** {@code _PyCfg_ToInstructionSequence}: blocks are labelled by their position. */
    void toInstructionSequence(InstructionSequence seq) {
        int lbl = 0;
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            b.label = lbl++;
        }
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            seq.useLabel(b.label);
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (OpcodeUtils.hasTarget(instr.opcode)) {
                    instr.oparg = instr.target.label;
                }
                Instr out = seq.addop(instr.opcode, instr.oparg, instr.loc);
                if (instr.except != null) {
                    out.handlerLabel = instr.except.label;
                    out.handlerStartDepth = instr.except.startDepth;
                    out.handlerPreserveLasti = instr.except.preserveLasti;
                } else {
                    out.handlerLabel = -1;
                }
            }
        }
        seq.applyLabelMap();
    }

    /** A listing of the blocks, for debugging ({@code _PyCfgBuilder_DumpGraph}). */
    String dump() {
        StringBuilder sb = new StringBuilder();
        for (BasicBlock b = entryBlock; b != null; b = b.next) {
            sb.append("block label=").append(b.label).append(" preds=").append(b.predecessors)
                    .append(" used=").append(b.iused).append('\n');
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                sb.append("    ").append(in);
                if (in.target != null) {
                    sb.append(" -> ").append(in.target.label);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
