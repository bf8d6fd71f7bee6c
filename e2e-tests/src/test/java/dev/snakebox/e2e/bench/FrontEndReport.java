package dev.snakebox.e2e.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Parser and compiler" section of bench/run's report: lines per second of each
 * implementation on the generated file, for each {@link FrontEndStage}, with the time ratio to
 * CPython.
 */
final class FrontEndReport {
    private final String file;
    private final long lines;
    private final long chars;
    private final int repetitions;
    private final Map<FrontEndStage, Map<String, Measurement>> results;
    private final String browser;
    private final List<String> footnotes = new ArrayList<>();

    /** {@code results} maps a stage to each implementation's (cpython, jvm, wasm, js) timing. */
    FrontEndReport(String file, long lines, long chars, int repetitions,
            Map<FrontEndStage, Map<String, Measurement>> results, String browser) {
        this.file = file;
        this.lines = lines;
        this.chars = chars;
        this.repetitions = repetitions;
        this.results = results;
        this.browser = browser;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Parser and compiler: %s, %,d lines, %,d chars (bench/parse/generate.py)%n",
                file, lines, chars));
        out.append(String.format(Locale.ROOT, "  median of %d runs after %d warm-up runs (JVM: and at least %d s),"
                + " in one process or page each, file already read; lines/s (x N) = time / CPython%n",
                repetitions, FrontEndBench.WARMUPS, FrontEndBench.JVM_WARMUP_SECONDS));
        out.append("  CPython: ").append(BenchRunner.Report.version("python3", "--version"))
                .append(": ast.parse(src); + dump: ast.dump(tree, indent=3); compile(src, path, 'exec');"
                        + " + dis: dis.dis(code)\n");
        out.append("  JVM:     Parser.parseFile(new Source(path, text)); + dump: AstDump.dump(module, false, 3);"
                + " Compiler.compileModule(module, src); + dis: Disassembler.disassembleModule(code)\n");
        if (!browser.isEmpty()) {
            out.append("  wasm/js: py.ast(code), py.dis(code) in headless ").append(browser)
                    .append(": parse + dump and compile + dis only (the -m ast / -m dis text, in the worker, one request)\n");
        }
        out.append("  (CPython is 3.11 here: its dump omits nothing, 3.13's and Snakebox's omit empty fields;"
                + " its bytecode is 3.11's)\n\n");
        List<String> columns = new ArrayList<>();
        for (String implementation : List.of("cpython", "jvm", "wasm", "js")) {
            if (results.values().stream().anyMatch(m -> m.containsKey(implementation))) {
                columns.add(implementation);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        columns.forEach(c -> header.add(c.equals("cpython") ? "CPython" : c.equals("jvm") ? "JVM" : c));
        rows.add(header);
        for (FrontEndStage stage : FrontEndStage.values()) {
            rows.add(row(stage.label, results.get(stage), columns));
        }
        out.append(TextTable.render(rows));
        for (String note : footnotes) {
            out.append(note).append('\n');
        }
        return out.toString();
    }

    private List<String> row(String what, Map<String, Measurement> measured, List<String> columns) {
        List<String> row = new ArrayList<>(List.of(what));
        Measurement reference = measured.get("cpython");
        Measurement jvm = measured.get("jvm");
        for (String column : columns) {
            Measurement m = measured.get(column);
            if (m == null) {
                row.add("-");
                continue;
            }
            String problem = m.failure();
            if (problem == null && m.exitCode() != 0) {
                problem = "exit " + m.exitCode() + ": " + m.stderr().lines().reduce((a, b) -> b).orElse("");
            }
            // The browser engines must print what the JVM prints; the text's length stands for it.
            if (problem == null && (column.equals("wasm") || column.equals("js")) && jvm != null
                    && jvm.failure() == null && !m.stdout().equals(jvm.stdout())) {
                problem = "printed " + m.stdout() + " chars, the JVM " + jvm.stdout();
            }
            if (problem != null) {
                footnotes.add(String.format(Locale.ROOT, "[p%d] %s, %s: %s", footnotes.size() + 1, column, what, problem));
                row.add("failed [p" + footnotes.size() + "]");
                continue;
            }
            String speed = String.format(Locale.ROOT, "%,.0f lines/s", lines / (m.median() / 1000));
            if (column.equals("cpython") || reference == null || reference.failure() != null) {
                row.add(speed);
            } else {
                row.add(String.format(Locale.ROOT, "%s (x %.2f)", speed, m.median() / reference.median()));
            }
        }
        return row;
    }
}
