package dev.snakebox.e2e.bench;

import dev.snakebox.ast.AstDump;
import dev.snakebox.ast.ModNode;
import dev.snakebox.bytecode.Disassembler;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parser and compiler benchmark: a large file written by bench/parse/generate.py, taken
 * through each {@link FrontEndStage} in process on CPython ({@code ast.parse}, {@code ast.dump},
 * {@code compile}, {@code dis.dis}) and on the JVM ({@code Parser.parseFile}, {@code AstDump},
 * {@code Compiler.compileModule}, {@code Disassembler}); the browser engines are timed on the
 * stages the JS API offers ({@code py.ast}, {@code py.dis}). Times exclude reading the file and
 * starting anything.
 */
final class FrontEndBench {
    /** Untimed runs before the timed ones, so that the JIT of each implementation has warmed up. */
    static final int WARMUPS = 3;
    /** The JVM's JIT keeps improving the parser for several runs: warm it up for this long at least. */
    static final int JVM_WARMUP_SECONDS = 5;
    private static final long TIMEOUT_SECONDS = 600;
    /** The file name the JS API gives the code it compiles ({@code python3.13 /main.py}). */
    static final String BROWSER_FILE_NAME = "/main.py";

    private FrontEndBench() {}

    /** Writes the generated file (bench/target/parse/generated.py, rewritten each time). */
    static Path generate(Path root) throws IOException {
        Path file = root.resolve("bench/target/parse/generated.py");
        Files.createDirectories(file.getParent());
        Process process = new ProcessBuilder("python3", root.resolve("bench/parse/generate.py").toString(),
                file.toString()).inheritIO().start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("bench/parse/generate.py failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return file;
    }

    /**
     * {@code stage} inside one python3 process, the source read beforehand; stdout is the length
     * of the text the stage prints (0 for parse and compile), code objects' addresses masked.
     */
    static Measurement cpython(Path file, int repetitions, FrontEndStage stage) {
        String script = String.join("\n",
                "import ast, dis, io, re, sys, time",
                "src = open(sys.argv[1], encoding='utf-8').read()",
                "def once(stage):",
                "    if stage == 'PARSE': ast.parse(src, sys.argv[1]); return ''",
                "    if stage == 'DUMP': return ast.dump(ast.parse(src, sys.argv[1]), indent=3) + '\\n'",
                "    code = compile(src, sys.argv[1], 'exec', dont_inherit=True)",
                "    if stage == 'COMPILE': return ''",
                "    out = io.StringIO()",
                "    dis.dis(code, file=out)",
                "    return out.getvalue()",
                "for _ in range(int(sys.argv[3])): once(sys.argv[2])",
                "times = []",
                "for _ in range(int(sys.argv[4])):",
                "    start = time.perf_counter()",
                "    text = once(sys.argv[2])",
                "    times.append((time.perf_counter() - start) * 1000)",
                "print(len(re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', text)))",
                "print(' '.join(repr(t) for t in times))");
        try {
            Process process = new ProcessBuilder("python3", "-c", script, file.toString(), stage.name(),
                    String.valueOf(WARMUPS), String.valueOf(repetitions)).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Measurement.failed("python3 failed: " + out.lines().reduce((a, b) -> b).orElse(""));
            }
            List<String> lines = out.lines().toList();
            List<Double> millis = new ArrayList<>();
            for (String time : lines.get(1).split(" ")) {
                millis.add(Double.valueOf(time));
            }
            return new Measurement(millis, lines.get(0), "", 0, null);
        } catch (IOException e) {
            return Measurement.failed("cannot run python3: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Measurement.failed("interrupted");
        }
    }

    /** {@code stage} on this JVM, as {@code -m ast} and {@code -m dis} do it. */
    static Measurement jvm(Path file, String text, int repetitions, FrontEndStage stage) {
        try {
            String printed = "";
            long warmUntil = System.nanoTime() + JVM_WARMUP_SECONDS * 1_000_000_000L;
            for (int i = 0; i < WARMUPS || System.nanoTime() < warmUntil; i++) {
                printed = once(file, text, stage);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                printed = once(file, text, stage);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return new Measurement(millis, String.valueOf(masked(printed).length()), "", 0, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Measurement.failed("the front end failed: " + e.toString().lines().findFirst().orElse(""));
        }
    }

    private static String once(Path file, String text, FrontEndStage stage) {
        // named as the browser engines name the code (/main.py), so the printed texts compare
        Source src = new Source(BROWSER_FILE_NAME, text);
        ModNode.Module module = Parser.parseFile(src);
        switch (stage) {
            case PARSE:
                return "";
            case DUMP:
                return AstDump.dump(module, false, AstDump.COMMAND_LINE_INDENT) + "\n";
            case COMPILE:
                Compiler.compileModule(module, src);
                return "";
            default:
                return Disassembler.disassembleModule(Compiler.compileModule(module, src), false, false);
        }
    }

    /** Code objects' addresses differ from run to run and engine to engine: only their place counts. */
    static String masked(String printed) {
        return printed.replaceAll(" at 0x[0-9a-fA-F]+", " at 0x?");
    }

    static long lines(String text) {
        return text.lines().count();
    }
}
