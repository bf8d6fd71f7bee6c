/**
 * Modules and the import system; CPython's {@code Python/import.c}, {@code Lib/importlib} and
 * the modules of its {@code Modules/} and {@code Python/sysmodule.c}.
 *
 * <p>One run has one {@link dev.snakebox.modules.Importer}: {@code sys.modules}, the {@code sys}
 * module, the files the program can import ({@link dev.snakebox.modules.FileSystem}: the real
 * one on the JVM command line, a {@link dev.snakebox.modules.MemoryFileSystem} in the browser)
 * and the line cache that tracebacks quote every loaded file from.
 *
 * <p>Adding a built-in module is one line in {@link dev.snakebox.modules.BuiltinModules}'s
 * registry, {@code module("math", MathModule::create)}, where {@code create(Importer)} builds
 * the module on its first import in a run:
 *
 * <pre>{@code
 * static PyModule create(Importer importer) {
 *     PyModule m = NativeModule.create("math", "Mathematical functions.");
 *     NativeModule.put(m, "pi", new PyFloat(Math.PI));
 *     NativeModule.fn(m, "sqrt(x, /)", (self, a) -> ...);   // errors say "math.sqrt()"
 *     return m;
 * }
 * }</pre>
 *
 * A module written in Python is registered as
 * {@code module("name", i -> SourceModule.create(i, "name", SOURCE))} (see {@link
 * dev.snakebox.modules.FutureModule}).
 */
package dev.snakebox.modules;
