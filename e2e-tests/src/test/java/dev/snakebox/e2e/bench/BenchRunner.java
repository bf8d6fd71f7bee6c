package dev.snakebox.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark runner behind bench/run: times each bench/programs/*.py on CPython (python3), on
 * the JVM (java -jar interpreter/target/snakebox.jar) and in headless Chromium on the wasm and JS
 * engines, all in one invocation, and prints medians, ratios to CPython and the engines' sizes.
 * A benchmark, not a test: it only prints numbers (mvn -Pbench, never part of mvn verify).
 *
 * Then the front-end benchmark ({@link FrontEndBench}): a "Parser and compiler" section in lines
 * per second.
 *
 * <p>Arguments: {@code --root DIR} (the project), {@code --reps N} (default 5), {@code --only
 * cpython,jvm,wasm,js}, {@code --no-parse} (programs only), {@code --parse-only} (parser and compiler only),
 * then program files (default: all of bench/programs).
 */
public final class BenchRunner {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> IMPLEMENTATIONS = List.of("cpython", "jvm", "wasm", "js");

    private BenchRunner() {}

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(".");
        int repetitions = 5;
        List<String> only = IMPLEMENTATIONS;
        List<Path> programs = new ArrayList<>();
        boolean programsWanted = true;
        boolean parseWanted = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Paths.get(args[++i]);
                case "--reps" -> repetitions = Integer.parseInt(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--no-parse" -> parseWanted = false;
                case "--parse-only" -> programsWanted = false;
                default -> programs.add(Paths.get(args[i]).toAbsolutePath());
            }
        }
        root = root.toAbsolutePath().normalize();
        if (!programsWanted) {
            programs = List.of();
        } else if (programs.isEmpty()) {
            try (Stream<Path> files = Files.list(root.resolve("bench/programs"))) {
                programs = files.filter(f -> f.toString().endsWith(".py")).sorted().collect(Collectors.toList());
            }
        }
        new BenchRunner().run(root, repetitions, only, programs, parseWanted);
    }

    private void run(Path root, int repetitions, List<String> only, List<Path> programs, boolean parseWanted)
            throws IOException {
        Path scratch = Files.createTempDirectory("snakebox-bench-");
        Path parseFile = parseWanted ? FrontEndBench.generate(root) : null;
        String parseText = parseWanted ? Files.readString(parseFile, StandardCharsets.UTF_8) : "";
        // stage -> implementation -> timing
        Map<FrontEndStage, Map<String, Measurement>> frontEnd = new EnumMap<>(FrontEndStage.class);
        for (FrontEndStage stage : FrontEndStage.values()) {
            frontEnd.put(stage, new LinkedHashMap<>());
        }
        if (parseWanted && only.contains("cpython")) {
            progress("the parser and compiler on CPython");
            for (FrontEndStage stage : FrontEndStage.values()) {
                frontEnd.get(stage).put("cpython", FrontEndBench.cpython(parseFile, repetitions, stage));
            }
        }
        if (parseWanted && only.contains("jvm")) {
            progress("the parser and compiler on the JVM");
            for (FrontEndStage stage : FrontEndStage.values()) {
                frontEnd.get(stage).put("jvm", FrontEndBench.jvm(parseFile, parseText, repetitions, stage));
            }
        }
        Path jar = root.resolve("interpreter/target/snakebox.jar");
        Map<String, Map<Path, Measurement>> results = new LinkedHashMap<>();
        Map<String, List<Double>> loads = new LinkedHashMap<>();
        String browser = "";
        for (String implementation : only) {
            results.put(implementation, new LinkedHashMap<>());
        }
        for (Path program : programs) {
            String name = program.getFileName().toString();
            if (results.containsKey("cpython")) {
                progress(name + " on CPython");
                results.get("cpython").put(program, ProcessTimer.time(List.of("python3"), program, repetitions, scratch));
            }
            if (results.containsKey("jvm")) {
                progress(name + " on the JVM");
                results.get("jvm").put(program, ProcessTimer.time(List.of("java", "-jar", jar.toString()), program,
                        repetitions, scratch));
            }
        }
        if (results.containsKey("wasm") || results.containsKey("js")) {
            try (BrowserTimer timer = BrowserTimer.start(root.resolve("site/target/site"),
                    root.resolve("bench/page/bench.html"), scratch)) {
                browser = timer.browserVersion();
                for (String engine : List.of("wasm", "js")) {
                    if (!results.containsKey(engine)) {
                        continue;
                    }
                    loads.put(engine, new ArrayList<>());
                    for (Path program : programs) {
                        progress(program.getFileName() + " on " + engine);
                        String code = Files.readString(program, StandardCharsets.UTF_8);
                        results.get(engine).put(program, timer.time(engine, code, repetitions, loads.get(engine)));
                    }
                    if (parseWanted) {
                        progress("the parser and compiler on " + engine);
                        for (FrontEndStage stage : FrontEndStage.values()) {
                            if (stage.browserRequest != null) {
                                frontEnd.get(stage).put(engine, timer.timeFrontEnd(engine, stage, parseText,
                                        FrontEndBench.WARMUPS, repetitions));
                            }
                        }
                    }
                }
            } catch (RuntimeException e) {
                for (String engine : List.of("wasm", "js")) {
                    if (results.containsKey(engine)) {
                        for (Path program : programs) {
                            results.get(engine).putIfAbsent(program, Measurement.failed("browser: " + e.getMessage()
                                    .lines().findFirst().orElse("")));
                        }
                        if (parseWanted) {
                            for (FrontEndStage stage : FrontEndStage.values()) {
                                if (stage.browserRequest != null) {
                                    frontEnd.get(stage).putIfAbsent(engine, Measurement.failed("browser: "
                                            + e.getMessage().lines().findFirst().orElse("")));
                                }
                            }
                        }
                    }
                }
            }
        }
        String report = programs.isEmpty() ? "" : new Report(root, repetitions, programs, results, loads, browser).render();
        if (parseWanted) {
            report += (report.isEmpty() ? "" : "\n") + new FrontEndReport(root.relativize(parseFile).toString(),
                    FrontEndBench.lines(parseText), parseText.length(), repetitions, frontEnd, browser).render();
        }
        System.out.println();
        System.out.print(report);
        Path saved = root.resolve("bench/results/bench-" + LocalDateTime.now().format(STAMP) + ".txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, report, StandardCharsets.UTF_8);
        System.out.println("\n(saved in " + root.relativize(saved) + ")");
    }

    private static void progress(String what) {
        System.err.println("bench: " + what + " …");
    }

    /** The table: one row per program, one column per implementation, ratio to CPython. */
    static final class Report {
        private final Path root;
        private final int repetitions;
        private final List<Path> programs;
        private final Map<String, Map<Path, Measurement>> results;
        private final Map<String, List<Double>> loads;
        private final String browser;
        private final List<String> footnotes = new ArrayList<>();

        Report(Path root, int repetitions, List<Path> programs, Map<String, Map<Path, Measurement>> results,
                Map<String, List<Double>> loads, String browser) {
            this.root = root;
            this.repetitions = repetitions;
            this.programs = programs;
            this.results = results;
            this.loads = loads;
            this.browser = browser;
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Snakebox benchmarks: median of %d runs, wall clock; (x N) = time / CPython%n",
                    repetitions));
            if (results.containsKey("cpython")) {
                out.append("  CPython: ").append(version("python3", "--version"))
                        .append(" (python3 FILE, whole process)\n");
            }
            if (results.containsKey("jvm")) {
                out.append("  JVM:     java -jar interpreter/target/snakebox.jar FILE, whole process (JVM start included), ")
                        .append(version("java", "-version")).append('\n');
            }
            if (!browser.isEmpty()) {
                out.append("  wasm/js: py.run(code) in headless ").append(browser)
                        .append(", engine loaded beforehand, same engine for every run\n");
            }
            out.append('\n');
            List<String> columns = new ArrayList<>(results.keySet());
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>();
            header.add("program");
            columns.forEach(c -> header.add(label(c)));
            rows.add(header);
            Map<String, List<Double>> ratios = new LinkedHashMap<>();
            columns.forEach(c -> ratios.put(c, new ArrayList<>()));
            for (Path program : programs) {
                List<String> row = new ArrayList<>();
                row.add(program.getFileName().toString());
                Measurement reference = results.containsKey("cpython") ? results.get("cpython").get(program) : null;
                for (String column : columns) {
                    row.add(cell(column, program, results.get(column).get(program), reference, ratios.get(column)));
                }
                rows.add(row);
            }
            List<String> mean = new ArrayList<>();
            mean.add("geometric mean");
            for (String column : columns) {
                List<Double> r = ratios.get(column);
                mean.add(column.equals("cpython") || r.isEmpty() ? "" : String.format(Locale.ROOT, "x %.2f", geometricMean(r)));
            }
            rows.add(mean);
            out.append(TextTable.render(rows));
            for (String note : footnotes) {
                out.append(note).append('\n');
            }
            if (!loads.isEmpty()) {
                out.append("\nEngine load in the page (Snakebox.load, median):");
                loads.forEach((engine, times) -> out.append(times.isEmpty() ? ""
                        : String.format(Locale.ROOT, " %s %.0f ms", engine, new Measurement(times, "", "", 0, null).median())));
                out.append('\n');
            }
            out.append(sizes());
            return out.toString();
        }

        private String cell(String column, Path program, Measurement m, Measurement reference, List<Double> ratios) {
            String problem = column.equals("cpython") ? m.failure() : m.problemComparedTo(reference);
            if (problem != null) {
                footnotes.add(String.format(Locale.ROOT, "[%d] %s, %s: %s", footnotes.size() + 1, label(column),
                        program.getFileName(), problem));
                return "failed [" + footnotes.size() + "]";
            }
            String time = String.format(Locale.ROOT, m.median() < 100 ? "%.1f ms" : "%.0f ms", m.median());
            if (column.equals("cpython") || reference == null || reference.failure() != null) {
                return time;
            }
            double ratio = m.median() / reference.median();
            ratios.add(ratio);
            return String.format(Locale.ROOT, "%s (x %.2f)", time, ratio);
        }

        private String sizes() {
            Path engines = root.resolve("site/target/site/snakebox");
            StringBuilder out = new StringBuilder("\nBuild sizes (bytes; gzip -9):\n");
            long wasmRaw = 0;
            long wasmGzip = 0;
            for (String file : List.of("js/snakebox.js", "wasm/snakebox.wasm", "wasm/snakebox.wasm-runtime.js")) {
                Path path = engines.resolve(file);
                if (!Files.isRegularFile(path)) {
                    out.append(String.format(Locale.ROOT, "  %-32s missing%n", file));
                    continue;
                }
                long raw = BuildSizes.raw(path);
                long gzip = BuildSizes.gzip(path);
                if (file.startsWith("wasm/")) {
                    wasmRaw += raw;
                    wasmGzip += gzip;
                }
                out.append(String.format(Locale.ROOT, "  %-32s %,10d  (%,9d)%n", file, raw, gzip));
            }
            out.append(String.format(Locale.ROOT, "  %-32s %,10d  (%,9d)%n", "wasm engine (module + loader)", wasmRaw, wasmGzip));
            return out.toString();
        }

        private static String label(String implementation) {
            return switch (implementation) {
                case "cpython" -> "CPython";
                case "jvm" -> "JVM";
                default -> implementation;
            };
        }

        private static double geometricMean(List<Double> values) {
            double logSum = 0;
            for (double v : values) {
                logSum += Math.log(v);
            }
            return Math.exp(logSum / values.size());
        }

        static String version(String... command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                return text.lines().findFirst().orElse("?").trim();
            } catch (IOException e) {
                return "not found";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "?";
            }
        }
    }
}
