package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.ProgramHost;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.ThreadState;

/**
 * {@code input(prompt='', /)}; CPython's {@code builtin_input_impl} in {@code Python/bltinmodule.c},
 * the path taken when stdin is not a terminal: {@code str(prompt)} written to stdout and flushed,
 * then a line read ({@code PyFile_GetLine}): without its line end, EOFError at the end of input.
 * The line comes from the program's host ({@link ProgramHost}), which on the JVM reads it at once
 * and in the browser pauses the run until the page answers.
 */
final class Input {
    private Input() {}

    /** A new {@code input} function (the host is told which function asked, see {@link ProgramHost}). */
    static PyBuiltinFunction create() {
        PyBuiltinFunction[] fn = new PyBuiltinFunction[1];
        fn[0] = new PyBuiltinFunction("input", (self, args, start, nargs, kwnames) -> call(fn[0], args, start, nargs, kwnames));
        return fn[0];
    }

    private static PyObject call(PyObject fn, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw Errors.typeError("input() takes no keyword arguments");
        }
        if (nargs > 1) {
            throw Errors.typeError("input expected at most 1 argument, got " + nargs);
        }
        ThreadState.Evaluator out = ThreadState.current().evaluator;
        String prompt = "";
        if (nargs == 1) {
            prompt = Abstract.str(args[start]).value();
            out.stdout(prompt);
        }
        out.flush();
        String line = ProgramHost.current().readLine(fn, prompt);
        if (line == null) {
            throw Errors.raise(ExceptionTypes.EOFError, "EOF when reading a line");
        }
        return PyStr.of(line);
    }
}
