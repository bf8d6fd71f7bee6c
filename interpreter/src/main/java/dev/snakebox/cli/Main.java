package dev.snakebox.cli;

import dev.snakebox.Console;
import dev.snakebox.Snakebox;
import dev.snakebox.modules.RunOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code python}-compatible command line; CPython's {@code Modules/main.c}:
 * {@code snakebox [FILE | -c CODE | -m ast [-a] [-i N] [-m MODE] [--no-type-comments] [FILE] | -m dis FILE | -]}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream stdout, PrintStream stderr) {
        StreamConsole console = new StreamConsole(in, stdout, stderr);
        try {
            return dispatch(args, in, console, stderr);
        } finally {
            console.flush();
        }
    }

    /** {@code sys.warnoptions} of the run being started: PYTHONWARNINGS' entries, then the {@code -W} options. */
    private static List<String> warnOptions = List.of();
    /** The whole command line, interpreter options included ({@code sys.orig_argv}). */
    private static String[] commandLine = new String[0];

    private static int dispatch(String[] all, InputStream in, StreamConsole console, PrintStream stderr) {
        // -W ACTION:MESSAGE:CATEGORY:MODULE:LINENO before the program, as CPython's option parser takes it
        List<String> warn = new ArrayList<>();
        String env = System.getenv("PYTHONWARNINGS");
        if (env != null && !env.isEmpty()) {
            for (String w : env.split(",")) {
                if (!w.isEmpty()) {
                    warn.add(w);
                }
            }
        }
        int first = 0;
        while (first < all.length && all[first].startsWith("-W")) {
            if (all[first].length() > 2) {
                warn.add(all[first].substring(2));
            } else if (first + 1 < all.length) {
                warn.add(all[++first]);
            } else {
                return usage(stderr, "Argument expected for the -W option");
            }
            first++;
        }
        warnOptions = warn;
        commandLine = all;
        String[] args = Arrays.copyOfRange(all, first, all.length);
        if (args.length == 0) {
            stderr.println("snakebox: the interactive prompt is not supported yet; give a FILE, -c CODE or -m MODULE FILE");
            return 2;
        }
        String a0 = args[0];
        if (a0.equals("-c")) {
            if (args.length < 2) {
                return usage(stderr, "Argument expected for the -c option");
            }
            return Snakebox.run(args[1], "<string>", options(args, 1, "-c", ""), console);
        }
        if (a0.equals("-m")) {
            if (args.length < 2) {
                return usage(stderr, "Argument expected for the -m option");
            }
            return module(args, in, console, stderr);
        }
        if (a0.equals("-V") || a0.equals("--version")) {
            console.stdout("Python 3.13.2\n");
            return 0;
        }
        if (a0.equals("-")) {
            return Snakebox.run(readAll(in), "<stdin>", options(args, 1, "-", ""), console);
        }
        if (a0.startsWith("-")) {
            return usage(stderr, "Unknown option: " + a0);
        }
        Path p = Paths.get(a0).toAbsolutePath().normalize();
        String text;
        try {
            text = read(p);
        } catch (IOException e) {
            stderr.println("snakebox: can't open file '" + p + "': [Errno 2] No such file or directory");
            return 2;
        }
        // sys.path[0] is the script's real folder, as CPython resolves it
        Path folder = p.getParent();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // keep the absolute folder
        }
        return Snakebox.run(text, p.toString(), options(args, 1, a0, folder.toString()), console);
    }

    /**
     * What the program sees of the command line: {@code sys.argv} is {@code argv0} and the
     * arguments after {@code args[first - 1]} ({@code -c} for {@code -c CODE}), {@code sys.orig_argv}
     * the whole command line, and imports read the real files.
     */
    private static RunOptions options(String[] args, int first, String argv0, String path0) {
        RunOptions o = new RunOptions();
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        int rest = argv0.equals("-c") ? first + 1 : first;
        for (int i = rest; i < args.length; i++) {
            argv.add(args[i]);
        }
        o.argv = argv;
        List<String> orig = new ArrayList<>();
        orig.add("snakebox");
        orig.addAll(Arrays.asList(commandLine));
        o.origArgv = orig;
        o.path0 = path0;
        o.files = new RealFileSystem();
        o.warnoptions = warnOptions;
        return o;
    }

    private static int module(String[] args, InputStream in, StreamConsole console, PrintStream stderr) {
        String mod = args[1];
        if (mod.equals("ast")) {
            return astModule(args, in, console);
        }
        boolean showCaches = false;
        boolean showOffsets = false;
        String file = null;
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (mod.equals("dis") && (a.equals("-C") || a.equals("--show-caches"))) {
                showCaches = true;
            } else if (mod.equals("dis") && (a.equals("-O") || a.equals("--show-offsets"))) {
                showOffsets = true;
            } else if (file == null && !a.startsWith("-") || a.equals("-")) {
                file = a;
            } else {
                stderr.println("snakebox: unsupported option for -m " + mod + ": " + a);
                return 2;
            }
        }
        if (!mod.equals("dis")) {
            stderr.println("snakebox: No module named " + mod + " (only -m ast and -m dis are supported)");
            return 1;
        }
        String text;
        String name;
        if (file == null || file.equals("-")) {
            text = readAll(in);
            name = "<stdin>";
        } else {
            Path p = Paths.get(file);
            name = file;
            try {
                text = read(p);
            } catch (NoSuchFileException e) {
                stderr.println("FileNotFoundError: [Errno 2] No such file or directory: '" + file + "'");
                return 1;
            } catch (IOException e) {
                stderr.println("OSError: " + e.getMessage());
                return 1;
            }
        }
        if (showCaches || showOffsets) {
            return Snakebox.dis(text, name, showCaches, showOffsets, console);
        }
        return Snakebox.dis(text, name, console);
    }

    /** {@code python -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]}. */
    private static int astModule(String[] args, InputStream in, StreamConsole console) {
        AstArguments a = AstArguments.parse(args, 2);
        if (a.help) {
            console.stdout(AstArguments.HELP);
            return 0;
        }
        if (a.error != null) {
            console.stderr(AstArguments.USAGE + "python -m ast: error: " + a.error + "\n");
            return 2;
        }
        String text;
        String name;
        if (a.infile.equals("-")) {
            text = readAll(in);
            name = "<stdin>";
        } else {
            name = a.infile;
            try {
                text = read(Paths.get(a.infile));
            } catch (NoSuchFileException e) {
                console.stderr("FileNotFoundError: [Errno 2] No such file or directory: '" + a.infile + "'\n");
                return 1;
            } catch (IOException e) {
                console.stderr("OSError: " + e.getMessage() + "\n");
                return 1;
            }
        }
        return Snakebox.ast(text, name, a.options, console);
    }

    private static int usage(PrintStream stderr, String msg) {
        stderr.println(msg);
        stderr.println("usage: snakebox [FILE | -c CODE | -m ast [-h] [-a] [-i N] [-m MODE] [--no-type-comments] [FILE]"
                + " | -m dis [-C] [-O] FILE | -]");
        return 2;
    }

    /** Reads a source file as CPython does by default: UTF-8, a leading BOM dropped by the lexer. */
    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    private static String readAll(InputStream in) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] b = new byte[8192];
            int n;
            while ((n = in.read(b)) > 0) {
                buf.write(b, 0, n);
            }
            return new String(buf.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * stdout is buffered as CPython buffers it for a pipe, and flushed before anything goes to
     * stderr, and before a line is read, so that a terminal shows the two in program order and
     * an {@code input()} prompt before it waits. Standard input is read as UTF-8 text split at
     * {@code \n} only, as CPython's {@code sys.stdin} is outside Windows ({@code \r} is kept).
     */
    private static final class StreamConsole implements Console {
        private final InputStream in;
        private final Writer out;
        private final PrintStream errStream;
        private final Writer err;

        StreamConsole(InputStream in, PrintStream stdout, PrintStream stderr) {
            this.in = in;
            this.out = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            this.errStream = stderr;
            this.err = new OutputStreamWriter(stderr, StandardCharsets.UTF_8);
        }

        @Override
        public void stdout(String text) {
            try {
                out.write(text);
            } catch (IOException ignored) {
                // A closed pipe: CPython would raise BrokenPipeError at exit; nothing to do here.
            }
        }

        @Override
        public void stderr(String text) {
            try {
                out.flush();
                err.write(text);
                err.flush();
            } catch (IOException ignored) {
                // as above
            }
        }

        @Override
        public String readLine() {
            try {
                out.flush();
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    line.write(b);
                }
                if (b < 0 && line.size() == 0) {
                    return null;
                }
                return new String(line.toByteArray(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null; // an unreadable stdin ends the input
            }
        }

        void flush() {
            try {
                out.flush();
                err.flush();
            } catch (IOException ignored) {
                // as above
            }
            errStream.flush();
        }
    }
}
