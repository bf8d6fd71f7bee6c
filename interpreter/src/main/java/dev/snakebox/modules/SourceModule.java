package dev.snakebox.modules;

import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.data.DataFiles;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.parser.Parser;

/**
 * A built-in module written in Python (PyPy's "application level"): its source text is kept in
 * the interpreter, compiled and run on first import like CPython's frozen modules
 * ({@code Python/frozen.c}), so its repr says {@code (frozen)} and tracebacks through it name
 * {@code <frozen NAME>}. Register one with {@code module("name", i -> SourceModule.create(i,
 * "name", SOURCE))}.
 */
public final class SourceModule {
    private SourceModule() {}

    /**
     * A module whose source is the data file {@code NAME.py} ({@link DataFiles}): the larger
     * modules, which the browser fetches only when a program imports them.
     */
    public static PyModule fromDataFile(Importer importer, String name) {
        String source = DataFiles.read(name + ".py");
        if (source == null) {
            throw Errors.raise(ExceptionTypes.ImportError, "the source of the module " + name + " could not be fetched");
        }
        return create(importer, name, source);
    }

    public static PyModule create(Importer importer, String name, String source) {
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
