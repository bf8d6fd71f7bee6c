package dev.snakebox.bytecode;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code code.replace(**changes)}: a copy of a code object with some fields given anew;
 * CPython's {@code code_replace_impl} and the checks of {@code _PyCode_Validate}
 * ({@code Objects/codeobject.c}). The argument order is the signature's.
 */
final class CodeReplace {
    private CodeReplace() {}

    static PyCode replace(PyCode co, PyObject[] a) {
        int argcount = intArg(a[0], "co_argcount", co.argcount);
        int posonly = intArg(a[1], "co_posonlyargcount", co.posonlyargcount);
        int kwonly = intArg(a[2], "co_kwonlyargcount", co.kwonlyargcount);
        int stacksize = intArg(a[4], "co_stacksize", co.stacksize);
        int flags = intArg(a[5], "co_flags", co.flags);
        int firstlineno = intArg(a[6], "co_firstlineno", co.firstlineno);
        char[] code = a[7] == null ? co.code : units(bytesArg(a[7], "co_code"));
        PyObject[] consts = a[8] == null ? co.consts : tupleArg(a[8], "co_consts").toArray();
        String[] names = a[9] == null ? co.names : strTuple(a[9], "co_names");
        String filename = a[13] == null ? co.filename : strArg(a[13], "co_filename");
        String name = a[14] == null ? co.name : strArg(a[14], "co_name");
        String qualname = a[15] == null ? co.qualname : strArg(a[15], "co_qualname");
        byte[] linetable = a[16] == null ? co.linetable : bytesArg(a[16], "co_linetable");
        byte[] exceptiontable = a[17] == null ? co.exceptiontable : bytesArg(a[17], "co_exceptiontable");

        String[] localsplusnames = co.localsplusnames;
        byte[] localspluskinds = co.localspluskinds;
        if (a[10] != null || a[11] != null || a[12] != null) {
            String[] varnames = a[10] == null ? co.namesOfKind(PyCode.CO_FAST_LOCAL) : strTuple(a[10], "co_varnames");
            String[] freevars = a[11] == null ? co.namesOfKind(PyCode.CO_FAST_FREE) : strTuple(a[11], "co_freevars");
            String[] cellvars = a[12] == null ? co.namesOfKind(PyCode.CO_FAST_CELL) : strTuple(a[12], "co_cellvars");
            List<String> lp = new ArrayList<>();
            List<Byte> kinds = new ArrayList<>();
            // get_localsplus: the locals, then the cells (an argument that is a cell is both), then the free vars
            for (String v : varnames) {
                lp.add(v);
                kinds.add(PyCode.CO_FAST_LOCAL);
            }
            for (String v : cellvars) {
                int i = lp.indexOf(v);
                if (i >= 0 && i < varnames.length) {
                    kinds.set(i, (byte) (PyCode.CO_FAST_LOCAL | PyCode.CO_FAST_CELL));
                } else {
                    lp.add(v);
                    kinds.add(PyCode.CO_FAST_CELL);
                }
            }
            for (String v : freevars) {
                lp.add(v);
                kinds.add(PyCode.CO_FAST_FREE);
            }
            localsplusnames = lp.toArray(new String[0]);
            localspluskinds = new byte[kinds.size()];
            for (int i = 0; i < localspluskinds.length; i++) {
                localspluskinds[i] = kinds.get(i);
            }
        }
        int nlocals = 0;
        for (byte k : localspluskinds) {
            if ((k & PyCode.CO_FAST_LOCAL) != 0) {
                nlocals++;
            }
        }
        if (a[3] != null && intArg(a[3], "co_nlocals", nlocals) != nlocals) {
            throw Errors.valueError("code: co_nlocals != len(co_varnames)");
        }
        if (argcount < posonly || posonly < 0 || kwonly < 0 || argcount + kwonly > nlocals) {
            throw Errors.valueError("code: co_varnames is too small");
        }
        return new PyCode(argcount, posonly, kwonly, stacksize, flags, firstlineno, name, qualname, filename, code,
                consts, names, localsplusnames, localspluskinds, linetable, exceptiontable);
    }

    private static int intArg(PyObject v, String what, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("replace() argument '" + what + "' must be int, not " + v.type().name);
        }
        PyInt i = (PyInt) v;
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    private static byte[] bytesArg(PyObject v, String what) {
        if (!(v instanceof PyBytes)) {
            throw Errors.typeError("replace() argument '" + what + "' must be bytes, not " + v.type().name);
        }
        return ((PyBytes) v).toByteArray();
    }

    private static PyTuple tupleArg(PyObject v, String what) {
        if (!(v instanceof PyTuple)) {
            throw Errors.typeError("replace() argument '" + what + "' must be tuple, not " + v.type().name);
        }
        return (PyTuple) v;
    }

    private static String strArg(PyObject v, String what) {
        if (!(v instanceof PyStr)) {
            throw Errors.typeError("replace() argument '" + what + "' must be str, not " + v.type().name);
        }
        return ((PyStr) v).value();
    }

    private static String[] strTuple(PyObject v, String what) {
        PyTuple t = tupleArg(v, what);
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(t.get(i) instanceof PyStr)) {
                throw Errors.typeError("name tuples must contain only strings, not '" + t.get(i).type().name + "'");
            }
            out[i] = ((PyStr) t.get(i)).value();
        }
        return out;
    }

    /** {@code co_code} bytes back to code units; an odd length is CPython's ValueError. */
    private static char[] units(byte[] b) {
        if (b.length % 2 != 0) {
            throw Errors.valueError("code: co_code is malformed");
        }
        char[] code = new char[b.length / 2];
        for (int i = 0; i < code.length; i++) {
            code[i] = (char) ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8);
        }
        return code;
    }
}
