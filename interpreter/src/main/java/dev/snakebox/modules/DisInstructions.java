package dev.snakebox.modules;

import dev.snakebox.bytecode.Disassembler;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.NamedTupleType;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.ThreadState;

/**
 * {@code dis.Instruction} and {@code dis.Positions}, and the list of Instructions of a code
 * object ({@code _get_instructions_bytes} in {@code Lib/dis.py}).
 */
final class DisInstructions {
    private DisInstructions() {}

    private static final PyObject[] NONE4 = {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE};

    static final dev.snakebox.objects.PyType POSITIONS = NamedTupleType.create("dis", "Positions",
            new String[] {"lineno", "end_lineno", "col_offset", "end_col_offset"}, NONE4, null);

    static final dev.snakebox.objects.PyType INSTRUCTION = NamedTupleType.create("dis", "Instruction",
            new String[] {"opname", "opcode", "arg", "argval", "argrepr", "offset", "start_offset", "starts_line",
                "line_number", "label", "positions", "cache_info"},
            new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, t -> {
                t.getter("oparg", self -> item(self, 2));
                t.getter("baseopcode", self -> PyInt.of(Opcodes.deopt(opcode(self))));
                t.getter("baseopname", self -> PyStr.of(Opcodes.name(Opcodes.deopt(opcode(self)))));
                t.getter("cache_offset", self -> PyInt.of(offset(self) + 2));
                t.getter("end_offset", self -> PyInt.of(
                        offset(self) + 2 + 2 * Opcodes.cacheEntries(Opcodes.deopt(opcode(self)))));
                t.getter("jump_target", self -> {
                    PyObject arg = item(self, 2);
                    int op = Opcodes.deopt(opcode(self));
                    if (arg == PyNone.NONE || !Opcodes.has(op, Opcodes.HAS_JUMP)) {
                        return PyNone.NONE;
                    }
                    int a = (int) ((PyInt) arg).value;
                    if (op == Opcodes.JUMP_BACKWARD || op == Opcodes.JUMP_BACKWARD_NO_INTERRUPT) {
                        a = -a;
                    }
                    return PyInt.of(offset(self) + 2 + a * 2L + 2L * Opcodes.cacheEntries(op));
                });
                t.getter("is_jump_target", self -> PyBool.of(item(self, 9) != PyNone.NONE));
            });

    static {
        // Instruction.__str__: the line a Formatter without columns prints
        INSTRUCTION.tp_str = self -> {
            PyObject label = item(self, 9);
            PyObject arg = item(self, 2);
            return PyStr.of(Disassembler.instructionLine(label == PyNone.NONE ? null : (int) ((PyInt) label).value,
                    Abstract.str(item(self, 0)).value(), arg == PyNone.NONE ? null : (int) ((PyInt) arg).value,
                    Abstract.str(item(self, 4)).value()));
        };
    }

    private static PyObject item(PyObject self, int i) {
        return ((PyTuple) self).get(i);
    }

    private static int opcode(PyObject self) {
        return (int) ((PyInt) item(self, 1)).value;
    }

    private static long offset(PyObject self) {
        return ((PyInt) item(self, 5)).value;
    }

    /** The Instructions of {@code co} ({@code get_instructions} without, {@code Bytecode} with exception labels). */
    static PyList list(PyCode co, boolean exceptionLabels, int lineOffset) {
        PyList out = new PyList();
        for (Disassembler.Instruction in : Disassembler.instructions(co, exceptionLabels, lineOffset)) {
            out.append(instruction(co, in));
        }
        return out;
    }

    private static PyObject instruction(PyCode co, Disassembler.Instruction in) {
        PyObject argval = in.argval == null ? PyNone.NONE : in.argval;
        if (Opcodes.deopt(in.opcode) == Opcodes.CONVERT_VALUE && in.arg != null) {
            // (None, str, repr, ascii)[arg]
            String[] names = {null, "str", "repr", "ascii"};
            String name = in.arg >= 0 && in.arg < names.length ? names[in.arg] : null;
            PyDict builtins = ThreadState.current().evaluator.currentBuiltins();
            PyObject f = name == null || builtins == null ? null : builtins.getStr(PyStr.intern(name));
            argval = f == null ? PyNone.NONE : f;
        }
        int[] p = in.positions;
        PyObject positions = NamedTupleType.make(POSITIONS, orNone(p[0]), orNone(p[1]), orNone(p[2]), orNone(p[3]));
        String[] cacheNames = Opcodes.cacheFieldNames(in.opcode);
        PyObject cacheInfo = PyNone.NONE;
        if (Opcodes.cacheEntries(Opcodes.deopt(in.opcode)) > 0) {
            int[] sizes = Opcodes.cacheFieldSizes(in.opcode);
            PyList info = new PyList();
            int unit = in.offset / 2 + 1;
            for (int c = 0; c < cacheNames.length; c++) {
                byte[] data = new byte[sizes[c] * 2];
                for (int i = 0; i < sizes[c]; i++) {
                    data[2 * i] = (byte) co.code[unit + i];
                    data[2 * i + 1] = (byte) (co.code[unit + i] >> 8);
                }
                info.append(PyTuple.of(PyStr.of(cacheNames[c]), PyInt.of(sizes[c]), new PyBytes(data)));
                unit += sizes[c];
            }
            cacheInfo = info;
        }
        return NamedTupleType.make(INSTRUCTION, PyStr.of(in.opname()), PyInt.of(in.opcode),
                in.arg == null ? PyNone.NONE : PyInt.of(in.arg), argval, PyStr.of(in.argrepr), PyInt.of(in.offset),
                PyInt.of(in.startOffset), PyBool.of(in.startsLine),
                in.lineNumber == null ? PyNone.NONE : PyInt.of(in.lineNumber),
                in.label == null ? PyNone.NONE : PyInt.of(in.label), positions, cacheInfo);
    }

    private static PyObject orNone(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }
}
