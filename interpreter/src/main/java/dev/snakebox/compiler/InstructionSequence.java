package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The code generator's output and the assembler's input: a flat list of instructions with jump
 * labels; CPython's {@code _PyInstructionSequence} ({@code Python/instruction_sequence.c}).
 *
 * <p>A label is a small integer handed out by {@link #newLabel()}; {@link #useLabel(int)} binds it
 * to the next instruction added. Jumps carry the label in their argument until
 * {@link #applyLabelMap()} replaces it by the index of the instruction it names.
 */
final class InstructionSequence {
    final List<Instr> instrs = new ArrayList<>();
    private int[] labelMap = new int[16];
    private int nextFreeLabel;
    private boolean labelsApplied;

    InstructionSequence() {
        Arrays.fill(labelMap, -1);
    }

    /** {@code _PyInstructionSequence_NewLabel}. */
    int newLabel() {
        return ++nextFreeLabel;
    }

    /** {@code _PyInstructionSequence_UseLabel}: {@code label} names the next instruction. */
    void useLabel(int label) {
        if (label >= labelMap.length) {
            int old = labelMap.length;
            labelMap = Arrays.copyOf(labelMap, Math.max(label + 1, old * 2));
            Arrays.fill(labelMap, old, labelMap.length, -1);
        }
        labelMap[label] = instrs.size();
    }

    /** {@code _PyInstructionSequence_Addop}. */
    Instr addop(int opcode, int oparg, Location loc) {
        Instr i = new Instr(opcode, oparg, loc);
        instrs.add(i);
        return i;
    }

    /**
     * {@code _PyInstructionSequence_InsertInstruction}: adds an instruction at index {@code pos};
     * labels naming instructions from there on move with them.
     */
    Instr insert(int pos, int opcode, int oparg, Location loc) {
        Instr i = new Instr(opcode, oparg, loc);
        instrs.add(pos, i);
        for (int lbl = 0; lbl < labelMap.length; lbl++) {
            if (labelMap[lbl] >= pos) {
                labelMap[lbl]++;
            }
        }
        return i;
    }

    int size() {
        return instrs.size();
    }

    Instr get(int i) {
        return instrs.get(i);
    }

    /**
     * {@code _PyInstructionSequence_ApplyLabelMap}: jump arguments and handler labels become
     * instruction indices. Applying twice does nothing.
     */
    void applyLabelMap() {
        if (labelsApplied) {
            return;
        }
        for (Instr instr : instrs) {
            if (OpcodeUtils.hasTarget(instr.opcode)) {
                instr.oparg = labelMap[instr.oparg];
            }
            if (instr.handlerLabel >= 0) {
                instr.handlerLabel = labelMap[instr.handlerLabel];
            }
        }
        labelsApplied = true;
        labelMap = null;
    }
}
