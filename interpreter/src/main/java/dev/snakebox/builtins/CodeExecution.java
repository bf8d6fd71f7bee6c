package dev.snakebox.builtins;

import dev.snakebox.ast.ModNode;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.CompileFlags;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.lexer.SourceError;
import dev.snakebox.modules.WarningsState;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyCell;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.objects.text.StrDecode;
import dev.snakebox.parser.ParseMode;
import dev.snakebox.parser.Parser;
import dev.snakebox.vm.SyntaxErrorPrinter;

/**
 * {@code compile()}, {@code exec()} and {@code eval()}; CPython's {@code builtin_compile_impl},
 * {@code builtin_exec_impl}, {@code builtin_eval_impl} ({@code Python/bltinmodule.c}),
 * {@code _Py_SourceAsString} and {@code PyRun_StringFlags} ({@code Python/pythonrun.c}).
 */
final class CodeExecution {
    private CodeExecution() {}

    static void install(PyDict ns) {
        PyBuiltinFunction.define(ns, "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
                (self, a) -> compile(a));
        PyBuiltinFunction.define(ns, "exec(source, /, globals=None, locals=None, *, closure=None)", (self, a) -> exec(a));
        PyBuiltinFunction.define(ns, "eval(source, /, globals=None, locals=None)", (self, a) -> eval(a));
    }


    private static ThreadState.Evaluator evaluator() {
        return ThreadState.current().evaluator;
    }

    // ---- compile ---------------------------------------------------------------------------------

    private static PyObject compile(PyObject[] a) {
        String filename = fsPath(a[1]);
        if (!(a[2] instanceof PyStr)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + a[2].type().name);
        }
        String mode = ((PyStr) a[2]).value();
        PyInt flagsArg = Abstract.index(a[3]);
        boolean dontInherit = Abstract.isTrue(a[4]);
        PyInt optimizeArg = Abstract.index(a[5]);
        long flags = flagsArg.big != null ? -1 : flagsArg.value;
        if (flagsArg.big != null || !CompileFlags.recognised(flags)) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        long optimize = optimizeArg.big != null ? 99 : optimizeArg.value;
        if (optimize < -1 || optimize > 2) {
            throw Errors.valueError("compile(): invalid optimize value");
        }
        int cf = (int) flags;
        if (!dontInherit) {
            cf |= evaluator().currentCodeFlags() & CompileFlags.FUTURE_MASK;
        }
        boolean onlyAst = (cf & CompileFlags.PyCF_ONLY_AST) != 0;
        ParseMode parseMode = ParseMode.byName(mode);
        if (parseMode == ParseMode.FUNC_TYPE && !onlyAst) {
            throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (parseMode == null || parseMode == ParseMode.FUNC_TYPE && !onlyAst) {
            throw Errors.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        String text = sourceText(a[0], "compile", "string, bytes or AST");
        if (onlyAst) {
            // Python-visible AST nodes need an ast module, which the runtime does not have yet
            throw Errors.raise(ExceptionTypes.NotImplementedError,
                    "compile() with PyCF_ONLY_AST is not supported: there is no ast module yet");
        }
        return compileText(text, filename, parseMode, cf, (int) (optimize < 0 ? 0 : optimize));
    }

    /**
     * {@code Py_CompileStringObject}: parses and compiles, SyntaxErrors raised as Python
     * exceptions, SyntaxWarnings written to stderr.
     */
    static PyCode compileText(String text, String filename, ParseMode mode, int flags, int optimize) {
        Source src = new Source(filename, text);
        try {
            try {
                ModNode mod = Parser.parse(src, mode, (flags & CompileFlags.PyCF_TYPE_COMMENTS) != 0);
                try {
                    return Compiler.compile(mod, src, flags & CompileFlags.FUTURE_MASK, optimize);
                } catch (SourceError e) {
                    e.textFromFile = true;
                    throw e;
                }
            } finally {
                // through the warnings filters, which may make one the SyntaxError raised
                WarningsState.compileWarnings(src, evaluator()::stderr);
            }
        } catch (SourceError e) {
            // An error found after parsing shows the line read back from the file, which a
            // compiled string does not have (PyErr_ProgramTextObject finds no such file).
            throw new PyException(SyntaxErrorPrinter.toException(e, src, false));
        }
    }

    /** {@code PyUnicode_FSDecoder} of the filename: str, bytes, or an object with {@code __fspath__}. */
    private static String fsPath(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        if (o instanceof PyBytes) {
            return utf8(((PyBytes) o).toByteArray(), false);
        }
        PyObject fspath = Abstract.lookupAttr(o, PyStr.intern("__fspath__"));
        if (fspath != null) {
            return fsPath(Abstract.call(fspath));
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().name);
    }

    /**
     * {@code _Py_SourceAsString}: the text of a str, or of bytes-like source decoded as UTF-8
     * (a leading BOM dropped); a NUL in it is CPython's SyntaxError.
     */
    private static String sourceText(PyObject o, String fn, String what) {
        String text;
        if (o instanceof PyStr) {
            text = ((PyStr) o).value();
        } else if (o instanceof PyBytes) {
            text = utf8(((PyBytes) o).toByteArray(), true);
        } else {
            throw Errors.typeError(fn + "() arg 1 must be a " + what + " object");
        }
        if (text.indexOf('\0') >= 0) {
            throw Errors.raise(ExceptionTypes.SyntaxError, "source code string cannot contain null bytes");
        }
        return text;
    }

    /**
     * UTF-8 decoding of bytes: source (a leading BOM dropped) strictly, a bad byte being the
     * SyntaxError "(unicode error) ..."; a file name as {@code os.fsdecode} does it.
     */
    private static String utf8(byte[] b, boolean source) {
        if (!source) {
            return StrDecode.decode(b, "utf-8", "surrogateescape");
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            b = java.util.Arrays.copyOfRange(b, 3, b.length);
        }
        try {
            return StrDecode.decode(b, "utf-8", "strict");
        } catch (PyException e) {
            if (!e.value.type().isSubtypeOf(ExceptionTypes.UnicodeDecodeError)) {
                throw e;
            }
            throw Errors.raise(ExceptionTypes.SyntaxError, "(unicode error) " + Abstract.str(e.value).value());
        }
    }

    // ---- exec and eval ---------------------------------------------------------------------------

    private static PyObject exec(PyObject[] a) {
        PyObject source = a[0];
        PyObject globals = a[1];
        PyObject locals = a[2];
        if (globals == PyNone.NONE) {
            globals = evaluator().currentGlobals();
            if (locals == PyNone.NONE) {
                locals = evaluator().currentLocals();
            }
            if (globals == null) {
                throw Errors.systemError("globals and locals cannot be NULL");
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict)) {
            throw Errors.typeError("exec() globals must be a dict, not " + globals.type().name);
        }
        if (locals.type().mp_subscript == null) {
            throw Errors.typeError("locals must be a mapping or None, not " + locals.type().name);
        }
        PyDict g = (PyDict) globals;
        setDefaultBuiltins(g);
        PyObject closure = a[3] == PyNone.NONE ? null : a[3];
        if (source instanceof PyCode) {
            PyCode code = (PyCode) source;
            int nfree = code.countKind(PyCode.CO_FAST_FREE);
            PyObject[] cells = null;
            if (nfree == 0) {
                if (closure != null) {
                    throw Errors.typeError("cannot use a closure with this code object");
                }
            } else {
                boolean ok = closure instanceof PyTuple && closure.type() == PyTuple.TYPE
                        && ((PyTuple) closure).size() == nfree;
                if (ok) {
                    cells = ((PyTuple) closure).toArray();
                    for (PyObject c : cells) {
                        ok &= c instanceof PyCell;
                    }
                }
                if (!ok) {
                    throw Errors.typeError("code object requires a closure of exactly length " + nfree);
                }
            }
            evaluator().runCode(code, g, locals, cells);
            return PyNone.NONE;
        }
        if (closure != null) {
            throw Errors.typeError("closure can only be used when source is a code object");
        }
        String text = sourceText(source, "exec", "string, bytes or code");
        int flags = evaluator().currentCodeFlags() & CompileFlags.FUTURE_MASK;
        PyCode code = compileText(text, "<string>", ParseMode.EXEC, flags, 0);
        evaluator().runCode(code, g, locals, null);
        return PyNone.NONE;
    }

    private static PyObject eval(PyObject[] a) {
        PyObject source = a[0];
        PyObject globals = a[1];
        PyObject locals = a[2];
        if (locals != PyNone.NONE && locals.type().mp_subscript == null) {
            throw Errors.typeError("locals must be a mapping");
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(globals.type().mp_subscript != null
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        if (globals == PyNone.NONE) {
            globals = evaluator().currentGlobals();
            if (locals == PyNone.NONE) {
                locals = evaluator().currentLocals();
            }
            if (globals == null) {
                throw Errors.typeError("eval must be given globals and locals when called without a frame");
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        setDefaultBuiltins(g);
        if (source instanceof PyCode) {
            if (((PyCode) source).countKind(PyCode.CO_FAST_FREE) > 0) {
                throw Errors.typeError("code object passed to eval() may not contain free variables");
            }
            return evaluator().runCode((PyCode) source, g, locals, null);
        }
        String text = sourceText(source, "eval", "string, bytes or code");
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        int flags = evaluator().currentCodeFlags() & CompileFlags.FUTURE_MASK;
        PyCode code = compileText(text.substring(start), "<string>", ParseMode.EVAL, flags, 0);
        return evaluator().runCode(code, g, locals, null);
    }

    /** {@code globals.setdefault('__builtins__', <the running frame's builtins>)}. */
    private static void setDefaultBuiltins(PyDict g) {
        PyStr key = PyStr.intern("__builtins__");
        if (g.getStr(key) == null) {
            PyDict b = evaluator().currentBuiltins();
            if (b != null) {
                g.putStr(key, b);
            }
        }
    }
}
