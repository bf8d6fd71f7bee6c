package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.Signature;
import dev.snakebox.objects.ThreadState;

/**
 * {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}; CPython's
 * {@code builtin_print_impl}. Standard output is buffered by the interpreter; another file gets
 * {@code file.write(text)} calls, one per piece, as CPython makes them.
 */
final class Print {
    private Print() {}

    private static final Signature SIG = Signature.parse("print(*args, sep=None, end=None, file=None, flush=False)");

    static PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        PyObject sep = PyNone.NONE;
        PyObject end = PyNone.NONE;
        PyObject file = PyNone.NONE;
        PyObject flush = null;
        if (kwnames != null && kwnames.size() > 0) {
            PyObject[] a = SIG.bind(args, start, nargs, kwnames);
            sep = a[1];
            end = a[2];
            file = a[3];
            flush = a[4];
        }
        String sepText = text(sep, " ", "sep");
        String endText = text(end, "\n", "end");
        ThreadState.Evaluator ev = ThreadState.current().evaluator;
        if (file == PyNone.NONE) {
            // sys.stdout, when the program replaced it
            PyObject out = dev.snakebox.modules.Importer.stdoutReplacement();
            if (out == PyNone.NONE) {
                return PyNone.NONE;
            }
            if (out != null) {
                file = out;
            }
        }
        if (file == PyNone.NONE) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < nargs; i++) {
                if (i > 0) {
                    sb.append(sepText);
                }
                sb.append(Abstract.str(args[start + i]).value());
            }
            sb.append(endText);
            ev.stdout(sb.toString());
            if (flush != null && Abstract.isTrue(flush)) {
                ev.flush();
            }
            return PyNone.NONE;
        }
        PyObject write = Abstract.getAttr(file, "write");
        for (int i = 0; i < nargs; i++) {
            if (i > 0) {
                Abstract.call(write, PyStr.of(sepText));
            }
            Abstract.call(write, Abstract.str(args[start + i]));
        }
        Abstract.call(write, PyStr.of(endText));
        if (flush != null && Abstract.isTrue(flush)) {
            PyObject f = Abstract.lookupAttr(file, PyStr.intern("flush"));
            if (f != null) {
                Abstract.call(f);
            }
        }
        return PyNone.NONE;
    }

    private static String text(PyObject o, String dflt, String what) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(what + " must be None or a string, not " + o.type().name);
        }
        return ((PyStr) o).value();
    }
}
