package dev.snakebox.modules;

import dev.snakebox.bytecode.CodeFlags;
import dev.snakebox.bytecode.Disassembler;
import dev.snakebox.bytecode.OpargNames;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyClassMethod;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyMethod;
import dev.snakebox.objects.PyStaticMethod;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code dis} module, written in Java over {@link Disassembler}; CPython's {@code Lib/dis.py}:
 * {@code dis}, {@code disassemble}/{@code disco}, {@code distb}, {@code get_instructions},
 * {@code Bytecode}, {@code code_info}, {@code show_code}, {@code findlinestarts},
 * {@code findlabels}, {@code stack_effect}, {@code pretty_flags}, the {@code Instruction} and
 * {@code Positions} named tuples and the opcode tables of {@code Lib/opcode.py}. Output goes
 * through {@code print} (so to {@code sys.stdout}, or to {@code file=}).
 */
public final class DisModule {
    private DisModule() {}

    /** The one-past-last opcode {@code opname} covers (the pseudo-instructions included). */
    private static final int OPNAME_SIZE = 268;

    public static PyModule create() {
        PyDict ns = new PyDict();
        ns.putStr(PyStr.intern("__name__"), PyStr.of("dis"));
        ns.putStr(PyStr.intern("__doc__"), PyStr.of("Disassembler of Python byte code into mnemonics."));
        PyBuiltinFunction.define(ns, "dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False)",
                (self, a) -> {
                    StringBuilder out = new StringBuilder();
                    dis(a[0], out, depth(a[2]), Abstract.isTrue(a[3]), Abstract.isTrue(a[5]), a[1]);
                    write(a[1], out.toString());
                    return PyNone.NONE;
                });
        PyBuiltinFunction disassemble = PyBuiltinFunction.define(ns,
                "disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False, show_offsets=False)",
                (self, a) -> {
                    StringBuilder out = new StringBuilder();
                    Disassembler.disassemble(code(a[0]), out, (int) Abstract.asIndexSized(a[1], true), 0,
                            Abstract.isTrue(a[3]), Abstract.isTrue(a[5]));
                    write(a[2], out.toString());
                    return PyNone.NONE;
                });
        ns.putStr(PyStr.intern("disco"), disassemble);
        PyBuiltinFunction.define(ns, "distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False)", (self, a) -> {
            // There is no sys.last_exc before a program has ended with an error.
            if (a[0] == PyNone.NONE) {
                throw Errors.runtimeError("no last traceback to disassemble");
            }
            throw Errors.typeError("distb() of a traceback object is not supported");
        });
        PyBuiltinFunction.define(ns, "get_instructions(x, *, first_line=None, show_caches=None, adaptive=False)", (self, a) -> {
            PyCode co = codeObject(a[0]);
            int offset = a[1] == PyNone.NONE ? 0 : (int) Abstract.asIndexSized(a[1], true) - co.firstlineno;
            return Abstract.getIter(DisInstructions.list(co, false, offset));
        });
        PyBuiltinFunction.define(ns, "code_info(x)", (self, a) -> PyStr.of(codeInfo(codeObject(a[0]))));
        PyBuiltinFunction.define(ns, "show_code(co, *, file=None)", (self, a) -> {
            write(a[1], codeInfo(codeObject(a[0])) + "\n");
            return PyNone.NONE;
        });
        PyBuiltinFunction.define(ns, "findlinestarts(code)", (self, a) -> {
            PyList out = new PyList();
            for (int[] s : Disassembler.findLineStarts(code(a[0]))) {
                out.append(PyTuple.of(PyInt.of(s[0]), s[1] < 0 ? PyNone.NONE : PyInt.of(s[1])));
            }
            return Abstract.getIter(out);
        });
        PyBuiltinFunction.define(ns, "findlabels(code)", (self, a) -> {
            PyList out = new PyList();
            for (int off : Disassembler.findLabels(rawCode(a[0]))) {
                out.append(PyInt.of(off));
            }
            return out;
        });
        PyBuiltinFunction.define(ns, "stack_effect(opcode, oparg=None, /, *, jump=None)", (self, a) -> stackEffect(a));
        PyBuiltinFunction.define(ns, "pretty_flags(flags)", (self, a) -> PyStr.of(prettyFlags(Abstract.asIndexSized(a[0], true))));
        ns.putStr(PyStr.intern("Bytecode"), DisBytecode.TYPE);
        ns.putStr(PyStr.intern("Instruction"), DisInstructions.INSTRUCTION);
        ns.putStr(PyStr.intern("Positions"), DisInstructions.POSITIONS);
        defineTables(ns);
        return new PyModule("dis", ns);
    }


    private static int depth(PyObject d) {
        return d == PyNone.NONE ? -1 : (int) Math.max(0, Abstract.asIndexSized(d, true));
    }

    /** {@code print(text, end='', file=file)}, through the builtin so that it follows sys.stdout. */
    static void write(PyObject file, String text) {
        ThreadState.Evaluator ev = ThreadState.current().evaluator;
        PyDict builtins = ev.currentBuiltins();
        PyObject print = builtins == null ? null : builtins.getStr(PyStr.intern("print"));
        if (print == null) {
            ev.stdout(text);
            return;
        }
        Abstract.call(print, new PyObject[] {PyStr.of(text), PyStr.EMPTY, file}, 0, 1,
                PyTuple.of(PyStr.intern("end"), PyStr.intern("file")));
    }

    /** {@code dis.dis}: what to disassemble found as CPython looks for it. */
    private static void dis(PyObject x, StringBuilder out, int depth, boolean showCaches, boolean showOffsets,
            PyObject file) {
        if (x == PyNone.NONE) {
            throw Errors.runtimeError("no last traceback to disassemble");
        }
        x = unwrap(x);
        PyObject dict = x instanceof PyCode ? null : Abstract.lookupAttr(x, PyStr.intern("__dict__"));
        if (dict != null) {
            // a class or module: each of its functions, classes and code objects, by name
            List<PyObject> items = new ArrayList<>();
            PyObject it = Abstract.getIter(Abstract.callMethod(dict, "items"));
            PyObject item;
            while ((item = Abstract.next(it)) != null) {
                items.add(item);
            }
            PyList sorted = PyList.wrap(items.toArray(new PyObject[0]));
            Abstract.callMethod(sorted, "sort");
            for (PyObject pair : sorted.toArray()) {
                PyObject name = ((PyTuple) pair).get(0);
                PyObject value = ((PyTuple) pair).get(1);
                if (hasCode(value)) {
                    out.append("Disassembly of ").append(Abstract.str(name).value()).append(":\n");
                    try {
                        dis(value, out, depth, showCaches, showOffsets, file);
                    } catch (PyException e) {
                        if (!e.value.type().isSubtypeOf(ExceptionTypes.TypeError)) {
                            throw e;
                        }
                        out.append("Sorry: ").append(Abstract.str(e.value).value()).append('\n');
                    }
                    out.append('\n');
                }
            }
        } else if (x instanceof PyCode) {
            Disassembler.disassembleRecursive((PyCode) x, out, depth, showCaches, showOffsets);
        } else if (x instanceof PyStr) {
            Disassembler.disassembleRecursive(tryCompile(((PyStr) x).value(), "<dis>"), out, depth, showCaches,
                    showOffsets);
        } else {
            throw Errors.typeError("don't know how to disassemble " + x.type().name + " objects");
        }
    }

    /** {@code _have_code}: methods, functions, code objects, classmethods, staticmethods and classes. */
    private static boolean hasCode(PyObject v) {
        PyType t = v.type();
        return v instanceof PyCode || v instanceof PyType || t.isSubtypeOf(PyMethod.TYPE) || t.isSubtypeOf(PyFunction.TYPE)
                || t.isSubtypeOf(PyClassMethod.TYPE) || t.isSubtypeOf(PyStaticMethod.TYPE);
    }

    /** Methods to their function, functions, generators and coroutines to their code. */
    private static PyObject unwrap(PyObject x) {
        PyObject f = Abstract.lookupAttr(x, PyStr.intern("__func__"));
        if (f != null) {
            x = f;
        }
        for (String attr : new String[] {"__code__", "gi_code", "ag_code", "cr_code"}) {
            PyObject c = Abstract.lookupAttr(x, PyStr.intern(attr));
            if (c != null) {
                return c;
            }
        }
        return x;
    }

    /** {@code _get_code_object}. */
    static PyCode codeObject(PyObject x) {
        x = unwrap(x);
        if (x instanceof PyStr) {
            return tryCompile(((PyStr) x).value(), "<disassembly>");
        }
        if (x instanceof PyCode) {
            return (PyCode) x;
        }
        throw Errors.typeError("don't know how to disassemble " + x.type().name + " objects");
    }

    private static PyCode code(PyObject x) {
        if (!(x instanceof PyCode)) {
            throw Errors.attributeError(x, "co_code", "'" + x.type().name + "' object has no attribute 'co_code'");
        }
        return (PyCode) x;
    }

    /** Raw bytecode ({@code co_code}) as code units. */
    private static char[] rawCode(PyObject x) {
        if (!(x instanceof PyBytes)) {
            throw Errors.typeError("object of type '" + x.type().name + "' has no len()");
        }
        byte[] b = ((PyBytes) x).toByteArray();
        char[] code = new char[b.length / 2];
        for (int i = 0; i < code.length; i++) {
            code[i] = (char) ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8);
        }
        return code;
    }

    /** {@code _try_compile}: as an expression if it is one, else as statements. */
    private static PyCode tryCompile(String source, String name) {
        PyObject compile = ThreadState.current().evaluator.currentBuiltins().getStr(PyStr.intern("compile"));
        try {
            return (PyCode) Abstract.call(compile, PyStr.of(source), PyStr.of(name), PyStr.of("eval"));
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.SyntaxError)) {
                throw e;
            }
        }
        return (PyCode) Abstract.call(compile, PyStr.of(source), PyStr.of(name), PyStr.of("exec"));
    }

    /** {@code _format_code_info}. */
    static String codeInfo(PyCode co) {
        StringBuilder b = new StringBuilder();
        b.append("Name:              ").append(co.name).append('\n');
        b.append("Filename:          ").append(co.filename).append('\n');
        b.append("Argument count:    ").append(co.argcount).append('\n');
        b.append("Positional-only arguments: ").append(co.posonlyargcount).append('\n');
        b.append("Kw-only arguments: ").append(co.kwonlyargcount).append('\n');
        b.append("Number of locals:  ").append(Abstract.len(Abstract.getAttr(co, "co_varnames"))).append('\n');
        b.append("Stack size:        ").append(co.stacksize).append('\n');
        b.append("Flags:             ").append(prettyFlags(co.flags));
        if (co.consts.length > 0) {
            b.append("\nConstants:");
            for (int i = 0; i < co.consts.length; i++) {
                b.append('\n').append(pad4(i)).append(": ").append(Abstract.repr(co.consts[i]).value());
            }
        }
        if (co.names.length > 0) {
            b.append("\nNames:");
            for (int i = 0; i < co.names.length; i++) {
                b.append('\n').append(pad4(i)).append(": ").append(co.names[i]);
            }
        }
        section(b, "Variable names:", Abstract.getAttr(co, "co_varnames"));
        section(b, "Free variables:", Abstract.getAttr(co, "co_freevars"));
        section(b, "Cell variables:", Abstract.getAttr(co, "co_cellvars"));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, PyObject names) {
        PyObject[] items = ((PyTuple) names).toArray();
        if (items.length > 0) {
            b.append('\n').append(title);
            for (int i = 0; i < items.length; i++) {
                b.append('\n').append(pad4(i)).append(": ").append(((PyStr) items[i]).value());
            }
        }
    }

    private static String pad4(int i) {
        String s = Integer.toString(i);
        return "    ".substring(Math.min(4, s.length())) + s;
    }

    /** {@code pretty_flags}: the names of the set bits, hex for unnamed ones. */
    static String prettyFlags(long flags) {
        List<String> names = new ArrayList<>();
        boolean done = false;
        for (int i = 0; i < 32; i++) {
            long flag = 1L << i;
            if ((flags & flag) != 0) {
                String name = CodeFlags.names(i);
                names.add(name != null ? name : "0x" + Long.toHexString(flag));
                flags ^= flag;
                if (flags == 0) {
                    done = true;
                    break;
                }
            }
        }
        if (!done) {
            names.add(flags < 0 ? "-0x" + Long.toHexString(-flags) : "0x" + Long.toHexString(flags));
        }
        return String.join(", ", names);
    }

    /** {@code stack_effect(opcode, oparg=None, *, jump=None)}; CPython's {@code _opcode.stack_effect}. */
    private static PyObject stackEffect(PyObject[] a) {
        long op = Abstract.asIndexSized(a[0], true);
        if (op < 0 || op >= OPNAME_SIZE || !isReal((int) op)) {
            throw Errors.valueError("invalid opcode or oparg");
        }
        // _opcode.stack_effect: a missing oparg counts as 0, and one an opcode ignores is ignored
        int oparg = a[1] == PyNone.NONE ? 0 : (int) Abstract.asIndexSized(a[1], true);
        int effect;
        if (a[2] == PyNone.NONE) {
            effect = Math.max(Opcodes.stackEffect((int) op, oparg, true), Opcodes.stackEffect((int) op, oparg, false));
        } else {
            effect = Opcodes.stackEffect((int) op, oparg, Abstract.isTrue(a[2]));
        }
        return PyInt.of(effect);
    }

    /** Whether {@code op} is in {@code opmap}: named, and not a specialised form. */
    private static boolean isReal(int op) {
        return !Opcodes.name(op).startsWith("<") && Opcodes.deopt(op) == op;
    }

    /** {@code opname}, {@code opmap}, the {@code has*} lists and the other constants of {@code opcode}. */
    private static void defineTables(PyDict ns) {
        PyObject[] opname = new PyObject[OPNAME_SIZE];
        PyDict opmap = new PyDict();
        List<List<PyObject>> has = new ArrayList<>();
        int[] flags = {Opcodes.HAS_ARG, Opcodes.HAS_CONST, Opcodes.HAS_NAME, Opcodes.HAS_JUMP, Opcodes.HAS_FREE,
            Opcodes.HAS_LOCAL, Opcodes.HAS_EXC, Opcodes.HAS_COMPARE};
        String[] lists = {"hasarg", "hasconst", "hasname", "hasjump", "hasfree", "haslocal", "hasexc", "hascompare"};
        for (int i = 0; i < flags.length; i++) {
            has.add(new ArrayList<>());
        }
        for (int op = 0; op < OPNAME_SIZE; op++) {
            String name = Opcodes.name(op);
            opname[op] = PyStr.of(isReal(op) ? name : "<" + op + ">");
        }
        // _opcode_metadata.opmap lists these four first, then the rest by number
        int[] order = new int[OPNAME_SIZE];
        int[] first = {0, 17, Opcodes.RESUME, 254};
        int n = 0;
        for (int op : first) {
            order[n++] = op;
        }
        for (int op = 0; op < OPNAME_SIZE; op++) {
            if (op != 0 && op != 17 && op != Opcodes.RESUME && op != 254) {
                order[n++] = op;
            }
        }
        for (int op : order) {
            String name = Opcodes.name(op);
            if (isReal(op)) {
                opmap.putStr(PyStr.of(name), PyInt.of(op));
                for (int i = 0; i < flags.length; i++) {
                    if (Opcodes.has(op, flags[i])) {
                        has.get(i).add(PyInt.of(op));
                    }
                }
            }
        }
        ns.putStr(PyStr.intern("opname"), PyList.wrap(opname));
        ns.putStr(PyStr.intern("opmap"), opmap);
        for (int i = 0; i < lists.length; i++) {
            ns.putStr(PyStr.intern(lists[i]), PyList.wrap(has.get(i).toArray(new PyObject[0])));
        }
        ns.putStr(PyStr.intern("hasjrel"), PyList.wrap(has.get(3).toArray(new PyObject[0])));
        ns.putStr(PyStr.intern("hasjabs"), new PyList());
        PyObject[] cmp = new PyObject[6];
        for (int i = 0; i < cmp.length; i++) {
            cmp[i] = PyStr.of(OpargNames.compareOps(i));
        }
        ns.putStr(PyStr.intern("cmp_op"), PyTuple.wrap(cmp));
        ns.putStr(PyStr.intern("HAVE_ARGUMENT"), PyInt.of(44));
        ns.putStr(PyStr.intern("EXTENDED_ARG"), PyInt.of(Opcodes.EXTENDED_ARG));
        PyDict flagNames = new PyDict();
        for (int i = 0; i < CodeFlags.namesCount(); i++) {
            flagNames.put(PyInt.of(1L << i), PyStr.of(CodeFlags.names(i)));
        }
        ns.putStr(PyStr.intern("COMPILER_FLAG_NAMES"), flagNames);
    }
}
