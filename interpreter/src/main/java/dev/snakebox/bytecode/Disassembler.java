package dev.snakebox.bytecode;

import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text {@code python3.13 -m dis FILE} prints; CPython's {@code Lib/dis.py}
 * ({@code _disassemble_recursive}, {@code disassemble}, {@code Formatter},
 * {@code ArgResolver}, {@code _make_labels_map}, {@code _get_lineno_width}).
 *
 * <p>Columns, left to right: the line number where a line starts (blank line before it), the
 * label {@code Ln:} of jump targets and exception-table boundaries, the byte offset (with
 * {@code -O}), the opcode name padded to 20, the argument right-aligned in 5, and the argument's
 * meaning in parentheses. Nested code objects follow, each after a {@code Disassembly of ...:}
 * header.
 */
public final class Disassembler {
    private Disassembler() {}

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    /** {@code python3.13 -m dis FILE}. */
    public static String disassembleModule(PyCode code) {
        return disassembleModule(code, false, false);
    }

    /** With {@code -C} ({@code showCaches}) and {@code -O} ({@code showOffsets}). */
    public static String disassembleModule(PyCode code, boolean showCaches, boolean showOffsets) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(code, out, -1, showCaches, showOffsets);
        return out.toString();
    }

    /**
     * {@code _disassemble_recursive}: the code object, then each code object among its constants
     * after a {@code Disassembly of ...:} header, {@code depth} levels deep (-1: all).
     */
    public static void disassembleRecursive(PyCode co, StringBuilder out, int depth, boolean showCaches,
            boolean showOffsets) {
        disassemble(co, out, -1, 0, showCaches, showOffsets);
        if (depth != 0) {
            for (PyObject x : co.consts) {
                if (x instanceof PyCode) {
                    out.append('\n');
                    out.append("Disassembly of ").append(x.repr()).append(":\n");
                    disassembleRecursive((PyCode) x, out, depth < 0 ? -1 : depth - 1, showCaches, showOffsets);
                }
            }
        }
    }

    /** One instruction as {@code dis.Instruction} describes it ({@code _get_instructions_bytes}). */
    public static final class Instruction {
        public final int opcode;
        /** The argument with its EXTENDED_ARG prefixes folded in; null for an instruction without one. */
        public final Integer arg;
        /**
         * What the argument means: the constant, the name (a str), the jump target offset, the
         * comparison, or the two names of a superinstruction (a tuple); the argument itself
         * otherwise, null when there is none. CONVERT_VALUE's function is left to the caller.
         */
        public final PyObject argval;
        public final String argrepr;
        public final int offset;
        /** Where its EXTENDED_ARG prefixes start. */
        public final int startOffset;
        public final boolean startsLine;
        /** The source line (with the caller's line offset), null where there is none. */
        public final Integer lineNumber;
        /** Its label number if something jumps here, else null. */
        public final Integer label;
        /** {@code co_positions()} of it: line, end line, column, end column, -1 for None. */
        public final int[] positions;

        Instruction(int opcode, Integer arg, PyObject argval, String argrepr, int offset, int startOffset,
                boolean startsLine, Integer lineNumber, Integer label, int[] positions) {
            this.opcode = opcode;
            this.arg = arg;
            this.argval = argval;
            this.argrepr = argrepr;
            this.offset = offset;
            this.startOffset = startOffset;
            this.startsLine = startsLine;
            this.lineNumber = lineNumber;
            this.label = label;
            this.positions = positions;
        }

        public String opname() {
            return Opcodes.name(opcode);
        }

        /** {@code Instruction.jump_target}: the offset it jumps to, or -1. */
        public int jumpTarget() {
            return arg == null ? -1 : Disassembler.jumpTarget(opcode, arg, offset);
        }

        /** {@code Instruction.end_offset}: the offset after its inline caches. */
        public int endOffset() {
            return offset + 2 + 2 * Opcodes.cacheEntries(Opcodes.deopt(opcode));
        }
    }

    /**
     * The instructions of {@code co} ({@code Bytecode.__iter__} when {@code exceptionLabels},
     * else {@code get_instructions}, whose labels count jump targets only), line numbers moved
     * by {@code lineOffset} ({@code first_line - co_firstlineno}).
     */
    public static List<Instruction> instructions(PyCode co, boolean exceptionLabels, int lineOffset) {
        Map<Integer, Integer> linestarts = lineStarts(co);
        Map<Integer, Integer> labels = labels(co.code, exceptionLabels ? ExceptionTable.parse(co.exceptiontable) : null);
        List<Instruction> out = new ArrayList<>();
        Integer lineNumber = null;
        for (Op op : unpack(co.code)) {
            boolean startsLine = linestarts.containsKey(op.offset);
            if (startsLine) {
                int line = linestarts.get(op.offset);
                lineNumber = line < 0 ? null : line + lineOffset;
            }
            PyObject argval = op.arg == null ? null : argVal(co, op);
            String argrepr = op.arg == null ? "" : argRepr(co, op, labels);
            out.add(new Instruction(op.opcode, op.arg, argval, argrepr, op.offset, op.startOffset, startsLine,
                    lineNumber, labels.get(op.offset), co.positions(op.offset / 2)));
        }
        return out;
    }

    /** One decoded instruction ({@code _unpack_opargs}). */
    private static final class Op {
        final int offset; // bytes
        final int startOffset;
        final int opcode;
        final Integer arg; // null for instructions without an argument

        Op(int offset, int startOffset, int opcode, Integer arg) {
            this.offset = offset;
            this.startOffset = startOffset;
            this.opcode = opcode;
            this.arg = arg;
        }
    }

    /** {@code _unpack_opargs}: instructions with EXTENDED_ARG folded into the argument, caches skipped. */
    private static List<Op> unpack(char[] code) {
        List<Op> ops = new ArrayList<>();
        int extendedArg = 0;
        int extendedArgs = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i++) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            int deop = Opcodes.deopt(op);
            caches = Opcodes.cacheEntries(deop);
            Integer arg;
            if (Opcodes.has(deop, Opcodes.HAS_ARG)) {
                int a = (code[i] >> 8) | extendedArg;
                extendedArg = deop == Opcodes.EXTENDED_ARG ? a << 8 : 0;
                arg = a;
            } else {
                arg = null;
                extendedArg = 0;
            }
            if (deop == Opcodes.EXTENDED_ARG) {
                extendedArgs++;
                ops.add(new Op(i * 2, i * 2, op, arg));
            } else {
                ops.add(new Op(i * 2, i * 2 - extendedArgs * 2, op, arg));
                extendedArgs = 0;
            }
        }
        return ops;
    }

    /** {@code _get_jump_target}: byte offset a jump goes to, or -1. */
    private static int jumpTarget(int op, int arg, int offset) {
        op = Opcodes.deopt(op);
        if (!Opcodes.has(op, Opcodes.HAS_JUMP)) {
            return -1;
        }
        if (op == Opcodes.JUMP_BACKWARD || op == Opcodes.JUMP_BACKWARD_NO_INTERRUPT) {
            arg = -arg;
        }
        return offset + 2 + arg * 2 + 2 * Opcodes.cacheEntries(op);
    }

    /** {@code dict(findlinestarts(co))}: byte offset -> line (-1 for None) where co_lines changes line. */
    private static Map<Integer, Integer> lineStarts(PyCode co) {
        Map<Integer, Integer> linestarts = new HashMap<>();
        for (int[] range : LocationTable.lines(co)) {
            linestarts.put(range[0] * 2, range[2]);
        }
        return linestarts;
    }

    /** {@code findlinestarts}: (offset, line or -1) pairs, in order. */
    public static List<int[]> findLineStarts(PyCode co) {
        List<int[]> out = new ArrayList<>();
        boolean first = true;
        int last = 0;
        for (int[] range : LocationTable.lines(co)) {
            if (first || range[2] != last) {
                out.add(new int[] {range[0] * 2, range[2]});
                last = range[2];
                first = false;
            }
        }
        return out;
    }

    /** {@code findlabels}: the offsets jumps go to, in the order the jumps come. */
    public static List<Integer> findLabels(char[] code) {
        List<Integer> out = new ArrayList<>();
        for (Op op : unpack(code)) {
            if (op.arg != null) {
                int target = jumpTarget(op.opcode, op.arg, op.offset);
                if (target >= 0 && !out.contains(target)) {
                    out.add(target);
                }
            }
        }
        return out;
    }

    /** {@code _make_labels_map}: jump targets (and exception-table boundaries), numbered in offset order. */
    private static Map<Integer, Integer> labels(char[] code, List<ExceptionTable.Entry> exceptionEntries) {
        Set<Integer> labelOffsets = new HashSet<>();
        for (Op op : unpack(code)) {
            if (op.arg != null) {
                int target = jumpTarget(op.opcode, op.arg, op.offset);
                if (target >= 0) {
                    labelOffsets.add(target);
                }
            }
        }
        if (exceptionEntries != null) {
            for (ExceptionTable.Entry e : exceptionEntries) {
                labelOffsets.add(e.start * 2);
                labelOffsets.add(e.end * 2);
                labelOffsets.add(e.target * 2);
            }
        }
        int[] sorted = new int[labelOffsets.size()];
        int k = 0;
        for (int off : labelOffsets) {
            sorted[k++] = off;
        }
        Arrays.sort(sorted);
        Map<Integer, Integer> labels = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            labels.put(sorted[i], i + 1);
        }
        return labels;
    }

    /**
     * {@code disassemble} (and {@code Bytecode.dis}): the listing of one code object, the
     * instruction at byte offset {@code lasti} marked {@code -->}, line numbers moved by
     * {@code lineOffset}, then its exception table.
     */
    public static void disassemble(PyCode co, StringBuilder out, int lasti, int lineOffset, boolean showCaches,
            boolean showOffsets) {
        List<ExceptionTable.Entry> exceptionEntries = ExceptionTable.parse(co.exceptiontable);
        Map<Integer, Integer> labels = labels(co.code, exceptionEntries);
        Formatter f = new Formatter(out, linenoWidth(LocationTable.lines(co)), showOffsets
                ? Integer.toString(Math.max(co.code.length * 2 - 2, 9999)).length() : 0,
                4 + Integer.toString(labels.size()).length());
        for (Instruction in : instructions(co, true, lineOffset)) {
            // print_instructions: the instruction whose caches hold lasti is the current one too
            boolean current = in.offset <= lasti && lasti <= in.offset + 2 * Opcodes.cacheEntries(Opcodes.deopt(in.opcode));
            f.line(in.startsLine, in.lineNumber, in.label, in.offset, current, in.opname(), in.arg, in.argrepr);
            if (showCaches) {
                int offset = in.offset;
                String[] names = Opcodes.cacheFieldNames(in.opcode);
                int[] sizes = Opcodes.cacheFieldSizes(in.opcode);
                for (int c = 0; c < names.length; c++) {
                    long value = cacheValue(co.code, offset / 2 + 1, sizes[c]);
                    for (int i = 0; i < sizes[c]; i++) {
                        offset += 2;
                        f.line(false, null, null, offset, false, "CACHE", 0, i == 0 ? names[c] + ": " + value : "");
                    }
                }
            }
        }
        // print_exception_table
        if (!exceptionEntries.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : exceptionEntries) {
                out.append("  L").append(labels.get(e.start * 2)).append(" to L").append(labels.get(e.end * 2))
                        .append(" -> L").append(labels.get(e.target * 2)).append(" [").append(e.depth).append(']')
                        .append(e.lasti ? " lasti" : "").append('\n');
            }
        }
    }

    /**
     * {@code str(instruction)}: its line as a {@code Formatter} with no line, offset or label
     * columns prints it (a newline included).
     */
    public static String instructionLine(Integer label, String opname, Integer arg, String argrepr) {
        StringBuilder out = new StringBuilder();
        new Formatter(out, 0, 0, 0).line(false, null, label, 0, false, opname, arg, argrepr);
        return out.toString();
    }

    /** The little-endian integer in {@code size} code units at {@code unit} (a cache entry's value). */
    private static long cacheValue(char[] code, int unit, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 16 | (code[unit + i] & 0xFFFF);
        }
        return v;
    }

    /** {@code _get_lineno_width}: 0 when no instruction has a line above 0. */
    private static int linenoWidth(int[][] lines) {
        int maxLineno = -1;
        boolean hasNone = false;
        for (int[] range : lines) {
            if (range[2] > 0) {
                maxLineno = Math.max(maxLineno, range[2]);
            }
            hasNone |= range[2] < 0;
        }
        if (maxLineno == -1) {
            return 0;
        }
        int width = Math.max(3, Integer.toString(maxLineno).length());
        if (width < NO_LINENO.length() && hasNone) {
            width = NO_LINENO.length();
        }
        return width;
    }

    /** {@code ArgResolver.get_argval_argrepr}: the value of the argument. */
    private static PyObject argVal(PyCode co, Op op) {
        int opcode = Opcodes.deopt(op.opcode);
        int arg = op.arg;
        if (Opcodes.has(opcode, Opcodes.HAS_CONST)) {
            return co.consts[arg];
        }
        if (Opcodes.has(opcode, Opcodes.HAS_NAME)) {
            int i = opcode == Opcodes.LOAD_GLOBAL || opcode == Opcodes.LOAD_ATTR ? arg >> 1
                    : opcode == Opcodes.LOAD_SUPER_ATTR ? arg >> 2 : arg;
            return PyStr.of(co.names[i]);
        }
        if (Opcodes.has(opcode, Opcodes.HAS_JUMP)) {
            return PyInt.of(jumpTarget(opcode, arg, op.offset));
        }
        if (opcode == Opcodes.LOAD_FAST_LOAD_FAST || opcode == Opcodes.STORE_FAST_LOAD_FAST
                || opcode == Opcodes.STORE_FAST_STORE_FAST) {
            return PyTuple.of(PyStr.of(co.localsplusnames[arg >> 4]), PyStr.of(co.localsplusnames[arg & 15]));
        }
        if (Opcodes.has(opcode, Opcodes.HAS_LOCAL) || Opcodes.has(opcode, Opcodes.HAS_FREE)) {
            return PyStr.of(co.localsplusnames[arg]);
        }
        if (Opcodes.has(opcode, Opcodes.HAS_COMPARE)) {
            return PyStr.of(OpargNames.compareOps(arg >> 5));
        }
        return PyInt.of(arg);
    }

    /** {@code ArgResolver.get_argval_argrepr}: the text in parentheses. */
    private static String argRepr(PyCode co, Op op, Map<Integer, Integer> labels) {
        int opcode = Opcodes.deopt(op.opcode);
        int arg = op.arg;
        if (Opcodes.has(opcode, Opcodes.HAS_CONST)) {
            return co.consts[arg].repr();
        }
        if (Opcodes.has(opcode, Opcodes.HAS_NAME)) {
            if (opcode == Opcodes.LOAD_GLOBAL) {
                return co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL" : "");
            }
            if (opcode == Opcodes.LOAD_ATTR) {
                return co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            if (opcode == Opcodes.LOAD_SUPER_ATTR) {
                return co.names[arg >> 2] + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            return co.names[arg];
        }
        if (Opcodes.has(opcode, Opcodes.HAS_JUMP)) {
            return "to L" + labels.get(jumpTarget(opcode, arg, op.offset));
        }
        if (opcode == Opcodes.LOAD_FAST_LOAD_FAST || opcode == Opcodes.STORE_FAST_LOAD_FAST
                || opcode == Opcodes.STORE_FAST_STORE_FAST) {
            return co.localsplusnames[arg >> 4] + ", " + co.localsplusnames[arg & 15];
        }
        if (Opcodes.has(opcode, Opcodes.HAS_LOCAL) || Opcodes.has(opcode, Opcodes.HAS_FREE)) {
            return co.localsplusnames[arg];
        }
        if (Opcodes.has(opcode, Opcodes.HAS_COMPARE)) {
            String cmp = OpargNames.compareOps(arg >> 5);
            return (arg & 16) != 0 ? "bool(" + cmp + ")" : cmp;
        }
        if (opcode == Opcodes.CONVERT_VALUE) {
            return OpargNames.conversions(arg);
        }
        if (opcode == Opcodes.SET_FUNCTION_ATTRIBUTE) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < OpargNames.functionAttributesCount(); i++) {
                if ((arg & (1 << i)) != 0) {
                    if (b.length() > 0) {
                        b.append(", ");
                    }
                    b.append(OpargNames.functionAttributes(i));
                }
            }
            return b.toString();
        }
        if (opcode == Opcodes.BINARY_OP) {
            return BinaryOps.symbols(arg);
        }
        if (opcode == Opcodes.CALL_INTRINSIC_1) {
            return Intrinsics.unaryNames(arg);
        }
        if (opcode == Opcodes.CALL_INTRINSIC_2) {
            return Intrinsics.binaryNames(arg);
        }
        return "";
    }

    /** {@code Formatter.print_instruction_line}. */
    private static final class Formatter {
        private final StringBuilder out;
        private final int linenoWidth;
        private final int offsetWidth;
        private final int labelWidth;

        Formatter(StringBuilder out, int linenoWidth, int offsetWidth, int labelWidth) {
            this.out = out;
            this.linenoWidth = linenoWidth;
            this.offsetWidth = offsetWidth;
            this.labelWidth = labelWidth;
        }

        void line(boolean startsLine, Integer lineNumber, Integer label, int offset, boolean current, String opname,
                Integer arg, String argrepr) {
            if (linenoWidth > 0 && startsLine && offset > 0) {
                out.append('\n');
            }
            List<String> fields = new ArrayList<>();
            if (linenoWidth > 0) {
                if (startsLine) {
                    fields.add(padLeft(lineNumber == null ? NO_LINENO : Integer.toString(lineNumber), linenoWidth));
                } else {
                    fields.add(spaces(linenoWidth));
                }
            }
            fields.add(label != null ? padLeft("L" + label + ":", labelWidth) : spaces(labelWidth));
            if (offsetWidth > 0) {
                fields.add(padLeft(Integer.toString(offset), offsetWidth) + "  ");
            }
            fields.add(current ? "-->" : "   ");
            fields.add(padRight(opname, OPNAME_WIDTH));
            if (arg != null) {
                int excess = Math.max(0, opname.length() - OPNAME_WIDTH);
                fields.add(padLeft(Integer.toString(arg), OPARG_WIDTH - excess));
                if (!argrepr.isEmpty()) {
                    fields.add("(" + argrepr + ")");
                }
            }
            String s = String.join(" ", fields);
            int end = s.length();
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            out.append(s, 0, end).append('\n');
        }

        private static String spaces(int n) {
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(' ');
            }
            return b.toString();
        }

        private static String padLeft(String s, int width) {
            return s.length() >= width ? s : spaces(width - s.length()) + s;
        }

        private static String padRight(String s, int width) {
            return s.length() >= width ? s : s + spaces(width - s.length());
        }
    }
}
