package dev.snakebox.modules;

import dev.snakebox.bytecode.Disassembler;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.Signature;

/**
 * {@code dis.Bytecode}: a code object wrapped for iteration over its Instructions and for its
 * listing ({@code dis()}) and summary ({@code info()}); {@code Lib/dis.py}'s class of that name.
 */
final class DisBytecode extends PyObject {
    private static final Signature NEW = Signature.parse(
            "Bytecode(x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False, show_offsets=False)");

    static final PyType TYPE = PyType.builtin("dis.Bytecode", PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (type, args, start, nargs, kw) -> {
            PyObject[] a = NEW.bind(args, start, nargs, kw);
            return new DisBytecode(type, a);
        };
        t.tp_iter = self -> {
            DisBytecode b = (DisBytecode) self;
            return Abstract.getIter(DisInstructions.list(b.codeobj, true, b.lineOffset));
        };
        t.tp_repr = self -> PyStr.of("Bytecode(" + Abstract.repr(((DisBytecode) self).original).value() + ")");
    }, t -> {
        t.getter("codeobj", self -> ((DisBytecode) self).codeobj);
        t.getter("first_line", self -> PyInt.of(((DisBytecode) self).firstLine));
        t.getter("current_offset", self -> ((DisBytecode) self).currentOffset);
        t.method("info()", (self, a) -> PyStr.of(DisModule.codeInfo(((DisBytecode) self).codeobj)));
        t.method("dis()", (self, a) -> {
            DisBytecode b = (DisBytecode) self;
            StringBuilder out = new StringBuilder();
            int lasti = b.currentOffset == PyNone.NONE ? -1 : (int) Abstract.asIndexSized(b.currentOffset, true);
            Disassembler.disassemble(b.codeobj, out, lasti, b.lineOffset, b.showCaches, b.showOffsets);
            return PyStr.of(out.toString());
        });
    });
    static {
        TYPE.qualname = "Bytecode";
    }

    private final PyType type;
    final PyCode codeobj;
    final PyObject original;
    final int firstLine;
    final int lineOffset;
    final PyObject currentOffset;
    final boolean showCaches;
    final boolean showOffsets;

    private DisBytecode(PyType type, PyObject[] a) {
        this.type = type;
        this.original = a[0];
        this.codeobj = DisModule.codeObject(a[0]);
        if (a[1] == PyNone.NONE) {
            firstLine = codeobj.firstlineno;
            lineOffset = 0;
        } else {
            firstLine = (int) Abstract.asIndexSized(a[1], true);
            lineOffset = firstLine - codeobj.firstlineno;
        }
        currentOffset = a[2];
        showCaches = Abstract.isTrue(a[3]);
        showOffsets = Abstract.isTrue(a[5]);
    }

    @Override
    public PyType type() {
        return type;
    }
}
