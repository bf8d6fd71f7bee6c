package dev.snakebox.modules;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.data.DataFiles;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.parser.Parser;

/**
 * A built-in module written in Python (PyPy's "application level"): its source is the data file
 * {@code lib/NAME.py} ({@link DataFiles}: a resource of the jar, fetched beside the engine in
 * the browser, so the engine does not carry it), compiled and run on first import like CPython's
 * frozen modules ({@code Python/frozen.c}), so its repr says {@code (frozen)} and tracebacks
 * through it name {@code <frozen NAME>}. Register one with
 * {@code module("name", i -> SourceModule.create(i, "name"))}.
 */
public final class SourceModule {
    private SourceModule() {}

    public static PyModule create(Importer importer, String name) {
        String source = DataFiles.read("lib/" + name + ".py");
        if (source == null) {
            // the browser could not fetch the file (the site is incomplete or the network is gone)
            throw Importer.importError(ExceptionTypes.ImportError, "the source of the built-in module '" + name + "' could not be read",
                    name, null);
        }
        PyModule m = NativeModule.create(name, null);
        m.origin = "frozen";
        Source src = new Source("<frozen " + name + ">", source);
        PyCode code;
        try {
            code = Compiler.compileModule(Parser.parseFile(src), src);
        } catch (SourceError e) {
            // the source is part of the interpreter: a mistake in it is an interpreter bug
            throw Errors.systemError("the built-in module " + name + " does not compile: " + e.getMessage());
        }
        m.dict.putStr(PyStr.intern("__builtins__"), importer.builtinsModule);
        m.initializing = true;
        ThreadState.enterRecursive("");
        try {
            importer.interp.runModule(code, m.dict, importer.builtins);
        } finally {
            ThreadState.leaveRecursive();
            m.initializing = false;
        }
        return m;
    }
}
