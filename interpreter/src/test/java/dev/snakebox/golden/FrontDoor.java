package dev.snakebox.golden;

import dev.snakebox.Console;
import dev.snakebox.Run;
import dev.snakebox.Snakebox;
import dev.snakebox.cli.Main;
import dev.snakebox.cli.RealFileSystem;
import dev.snakebox.modules.RunOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The three requests the golden files record answers to, as the interpreter's front door
 * ({@link Snakebox}) offers them. An interface so the harness's own tests can stand a fake
 * interpreter in its place.
 */
public interface FrontDoor {
    int run(String source, String path, Console console);

    int ast(String source, String path, boolean attributes, Console console);

    int dis(String source, String path, Console console);

    /**
     * The real interpreter, run as the oracle runs a program ({@code cd DIR && python3.13
     * NAME.py}): {@code sys.argv} is the bare file name, and the program imports the files
     * beside it (other golden programs among them).
     */
    FrontDoor SNAKEBOX = new FrontDoor() {
        @Override
        public int run(String source, String path, Console console) {
            RunOptions options = new RunOptions();
            options.argv = List.of(path.substring(path.lastIndexOf('/') + 1));
            options.files = new RealFileSystem();
            return Snakebox.run(source, path, options, console);
        }

        @Override
        public int ast(String source, String path, boolean attributes, Console console) {
            return Snakebox.ast(source, path, attributes, console);
        }

        @Override
        public int dis(String source, String path, Console console) {
            return Snakebox.dis(source, path, console);
        }
    };

    /**
     * The interpreter run as the browser runs it: in slices of a few instructions, each
     * {@code input()} pausing the run until the host answers with a line of the console's input
     * (no blocking host: input() and time.sleep() inside nested calls are RuntimeErrors). Only
     * the run mode differs from {@link #SNAKEBOX}.
     */
    FrontDoor PAUSING = new FrontDoor() {
        /** Budget units per slice: small, so that slices end everywhere they can. */
        static final int SLICE = 5;

        @Override
        public int run(String source, String path, Console console) {
            Run.Options options = new Run.Options();
            options.slice = SLICE;
            options.program.argv = List.of(path.substring(path.lastIndexOf('/') + 1));
            options.program.files = new RealFileSystem();
            Run run = Run.start(source, path, console, options);
            while (run.status() != Run.FINISHED) {
                run.resume(run.status() == Run.INPUT ? console.readLine() : null);
            }
            return run.exitCode();
        }

        @Override
        public int ast(String source, String path, boolean attributes, Console console) {
            return SNAKEBOX.ast(source, path, attributes, console);
        }

        @Override
        public int dis(String source, String path, Console console) {
            return SNAKEBOX.dis(source, path, console);
        }
    };

    /**
     * The command line, {@code snakebox.jar}'s main, run in-process on the program's file:
     * {@code FILE}, {@code -m ast [-a] FILE}, {@code -m dis FILE}. The source argument is not
     * used; the CLI reads the file as a user's invocation would.
     */
    FrontDoor CLI = new FrontDoor() {
        @Override
        public int run(String source, String path, Console console) {
            return cli(console, path);
        }

        @Override
        public int ast(String source, String path, boolean attributes, Console console) {
            return attributes ? cli(console, "-m", "ast", "-a", path) : cli(console, "-m", "ast", path);
        }

        @Override
        public int dis(String source, String path, Console console) {
            return cli(console, "-m", "dis", path);
        }

        private int cli(Console console, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            byte[] stdin = console instanceof CapturingConsole
                    ? ((CapturingConsole) console).stdin().getBytes(StandardCharsets.UTF_8) : new byte[0];
            int status = Main.run(args, new ByteArrayInputStream(stdin),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            console.stdout(out.toString(StandardCharsets.UTF_8));
            console.stderr(err.toString(StandardCharsets.UTF_8));
            return status;
        }
    };
}
