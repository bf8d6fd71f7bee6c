package dev.snakebox.bytecode;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBool;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyNotImplemented;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;

/**
 * The Python-visible side of {@link PyCode}: the {@code code} type's attributes, methods and
 * comparison; CPython's {@code code_memberlist}, {@code code_getsetlist}, {@code code_methods},
 * {@code code_richcompare} and {@code code_hash} ({@code Objects/codeobject.c}).
 */
final class CodeType {
    private CodeType() {}

    static PyType create() {
        return PyType.builtin("code", PyType.OBJECT, 0, CodeType::slots, CodeType::define);
    }

    private static PyCode c(PyObject o) {
        return (PyCode) o;
    }

    private static void slots(PyType t) {
        t.tp_repr = self -> PyStr.of(self.repr());
        t.tp_richcompare = (a, b, op) -> {
            if ((op != Abstract.EQ && op != Abstract.NE) || !(b instanceof PyCode)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = same(c(a), c(b));
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        };
        t.tp_hash = self -> hash(c(self));
    }

    private static void define(PyType t) {
        t.member("co_argcount", self -> PyInt.of(c(self).argcount));
        t.member("co_posonlyargcount", self -> PyInt.of(c(self).posonlyargcount));
        t.member("co_kwonlyargcount", self -> PyInt.of(c(self).kwonlyargcount));
        t.member("co_nlocals", self -> PyInt.of(c(self).countKind(PyCode.CO_FAST_LOCAL)));
        t.member("co_stacksize", self -> PyInt.of(c(self).stacksize));
        t.member("co_flags", self -> PyInt.of(c(self).flags));
        t.member("co_firstlineno", self -> PyInt.of(c(self).firstlineno));
        t.member("co_name", self -> PyStr.of(c(self).name));
        t.member("co_qualname", self -> PyStr.of(c(self).qualname));
        t.member("co_filename", self -> PyStr.of(c(self).filename));
        t.getter("co_code", self -> new PyBytes(codeBytes(c(self).code)));
        t.member("co_consts", self -> PyTuple.of(c(self).consts.clone()));
        t.member("co_names", self -> strings(c(self).names));
        t.getter("co_varnames", self -> strings(c(self).namesOfKind(PyCode.CO_FAST_LOCAL)));
        t.getter("co_cellvars", self -> strings(c(self).namesOfKind(PyCode.CO_FAST_CELL)));
        t.getter("co_freevars", self -> strings(c(self).namesOfKind(PyCode.CO_FAST_FREE)));
        t.member("co_linetable", self -> new PyBytes(c(self).linetable.clone()));
        t.member("co_exceptiontable", self -> new PyBytes(c(self).exceptiontable.clone()));
        t.getter("co_lnotab", self -> {
            dev.snakebox.objects.Warnings.deprecated("co_lnotab is deprecated, use co_lines instead.");
            return new PyBytes(lnotab(c(self)));
        });
        // the code as specialised by the adaptive interpreter: never specialised here
        t.getter("_co_code_adaptive", self -> new PyBytes(codeBytes(c(self).code)));
        t.method("co_lines()", (self, a) -> Abstract.getIter(lines(c(self))));
        t.method("co_positions()", (self, a) -> Abstract.getIter(positions(c(self))));
        t.method("_varname_from_oparg(oparg)", (self, a) -> {
            PyInt i = Abstract.index(a[0]);
            String[] names = c(self).localsplusnames;
            if (i.big != null || i.value < 0 || i.value >= names.length) {
                throw Errors.indexError("tuple index out of range");
            }
            return PyStr.of(names[(int) i.value]);
        });
        t.method("replace(*, co_argcount=?, co_posonlyargcount=?, co_kwonlyargcount=?, co_nlocals=?, co_stacksize=?,"
                + " co_flags=?, co_firstlineno=?, co_code=?, co_consts=?, co_names=?, co_varnames=?, co_freevars=?,"
                + " co_cellvars=?, co_filename=?, co_name=?, co_qualname=?, co_linetable=?, co_exceptiontable=?)",
                (self, a) -> CodeReplace.replace(c(self), a));
        t.method("__replace__(*, co_argcount=?, co_posonlyargcount=?, co_kwonlyargcount=?, co_nlocals=?,"
                + " co_stacksize=?, co_flags=?, co_firstlineno=?, co_code=?, co_consts=?, co_names=?, co_varnames=?,"
                + " co_freevars=?, co_cellvars=?, co_filename=?, co_name=?, co_qualname=?, co_linetable=?,"
                + " co_exceptiontable=?)",
                (self, a) -> CodeReplace.replace(c(self), a));
    }

    /** {@code co_code}: each code unit as its opcode byte then its argument byte. */
    static byte[] codeBytes(char[] code) {
        byte[] b = new byte[code.length * 2];
        for (int i = 0; i < code.length; i++) {
            b[2 * i] = (byte) code[i];
            b[2 * i + 1] = (byte) (code[i] >> 8);
        }
        return b;
    }

    /**
     * {@code co_lnotab} ({@code decode_linetable}): (byte delta, line delta) pairs where the
     * line changes, deltas too large for a byte split over several pairs ({@code emit_delta}).
     * A range without a line keeps the line before it.
     */
    static byte[] lnotab(PyCode co) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int codeOffset = 0;
        int line = co.firstlineno;
        int computed = co.firstlineno;
        for (int[] range : LocationTable.lines(co)) {
            if (range[2] >= 0) {
                computed = range[2];
            }
            if (computed != line) {
                int bdelta = range[0] * 2 - codeOffset;
                int ldelta = computed - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta);
                codeOffset = range[0] * 2;
                line = computed;
            }
        }
        return out.toByteArray();
    }

    private static PyTuple strings(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyTuple.wrap(items);
    }

    private static PyObject lineOrNone(int line) {
        return line < 0 ? PyNone.NONE : PyInt.of(line);
    }

    /**
     * {@code co_lines()}: {@code (start, end, line)} byte ranges, consecutive ranges on the same
     * line merged ({@code lineiter_next}).
     */
    static PyList lines(PyCode co) {
        PyList out = new PyList();
        int[][] ranges = LocationTable.lines(co);
        int i = 0;
        while (i < ranges.length) {
            int start = ranges[i][0];
            int line = ranges[i][2];
            int end = ranges[i][1];
            i++;
            while (i < ranges.length && ranges[i][2] == line) {
                end = ranges[i][1];
                i++;
            }
            out.append(PyTuple.of(PyInt.of(start * 2L), PyInt.of(end * 2L), lineOrNone(line)));
        }
        return out;
    }

    /** {@code co_positions()}: one {@code (line, end_line, col, end_col)} per code unit, None where unknown. */
    static PyList positions(PyCode co) {
        PyList out = new PyList();
        for (int unit = 0; unit < co.code.length; unit++) {
            int[] p = co.positions(unit);
            out.append(PyTuple.of(lineOrNone(p[0]), lineOrNone(p[1]), lineOrNone(p[2]), lineOrNone(p[3])));
        }
        return out;
    }

    /** {@code code_richcompare}: equal when everything the code does and says is equal. */
    private static boolean same(PyCode a, PyCode b) {
        if (a == b) {
            return true;
        }
        if (!a.name.equals(b.name) || a.argcount != b.argcount || a.posonlyargcount != b.posonlyargcount
                || a.kwonlyargcount != b.kwonlyargcount || a.flags != b.flags || a.firstlineno != b.firstlineno
                || !java.util.Arrays.equals(a.code, b.code) || !java.util.Arrays.equals(a.names, b.names)
                || !java.util.Arrays.equals(a.localsplusnames, b.localsplusnames)
                || !java.util.Arrays.equals(a.linetable, b.linetable)
                || !java.util.Arrays.equals(a.exceptiontable, b.exceptiontable) || a.consts.length != b.consts.length) {
            return false;
        }
        for (int i = 0; i < a.consts.length; i++) {
            if (!sameConstant(a.consts[i], b.consts[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Constants compare by type and value, so {@code 0}, {@code 0.0} and {@code False} differ as
     * in {@code _PyCode_ConstantKey}, and floats by their repr (which tells -0.0 from 0.0).
     */
    private static boolean sameConstant(PyObject x, PyObject y) {
        if (x == y) {
            return true;
        }
        if (x.type() != y.type()) {
            return false;
        }
        if (x instanceof PyTuple) {
            PyTuple tx = (PyTuple) x;
            PyTuple ty = (PyTuple) y;
            if (tx.size() != ty.size()) {
                return false;
            }
            for (int i = 0; i < tx.size(); i++) {
                if (!sameConstant(tx.get(i), ty.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof PyCode) {
            return same((PyCode) x, (PyCode) y);
        }
        return x.repr().equals(y.repr()) && Abstract.richCompareBool(x, y, Abstract.EQ);
    }

    /** {@code code_hash}: from the name, the counts and the code. */
    private static long hash(PyCode co) {
        long h = Abstract.hash(PyStr.of(co.name));
        h = h * 1000003L ^ co.argcount;
        h = h * 1000003L ^ co.posonlyargcount;
        h = h * 1000003L ^ co.kwonlyargcount;
        h = h * 1000003L ^ co.flags;
        h = h * 1000003L ^ java.util.Arrays.hashCode(co.code);
        return h == -1 ? -2 : h;
    }
}
