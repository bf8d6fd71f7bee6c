package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.bytecode.Opcodes;
import org.junit.jupiter.api.Test;

/** {@link InstructionSequence}: labels, and an insertion moving the labels after it. */
class InstructionSequenceTest {
    @Test
    void insertingMovesTheLabelsOfLaterInstructions() {
        InstructionSequence seq = new InstructionSequence();
        int first = seq.newLabel();
        int second = seq.newLabel();
        seq.useLabel(first);
        seq.addop(Opcodes.NOP, 0, Location.NONE);
        seq.useLabel(second);
        seq.addop(Opcodes.JUMP, first, Location.NONE);
        seq.addop(Opcodes.JUMP, second, Location.NONE);
        seq.insert(1, Opcodes.POP_TOP, 0, Location.NONE);
        assertEquals(lines("NOP @-", "POP_TOP @-", "JUMP ->0 @-", "JUMP ->2 @-"), Listing.of(seq));
    }
}
