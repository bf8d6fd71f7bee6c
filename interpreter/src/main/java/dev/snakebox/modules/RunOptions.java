package dev.snakebox.modules;

import java.util.List;

/**
 * How a program is started, as far as {@code sys} and imports see it: its arguments, the first
 * entry of {@code sys.path} and the files it can import ({@code Modules/main.c}'s
 * {@code pymain_run_python} and {@code sys.path[0]} computation).
 */
public final class RunOptions {
    /** {@code sys.argv}; null for just the program's path (the browser's {@code ['/main.py']}). */
    public List<String> argv;
    /** {@code sys.orig_argv}: the command line as given; null for {@code ['snakebox'] + argv}. */
    public List<String> origArgv;
    /** {@code sys.path[0]}: the script's folder, or '' for {@code -c} and standard input; null to take the program's folder. */
    public String path0;
    /** The files the program can import; null for none but the program itself (the browser without files). */
    public FileSystem files;
    /** {@code sys.executable}: empty where there is no executable to name (CPython's rule when it cannot tell). */
    public String executable = "";
    /** {@code sys.warnoptions}: the {@code -W} options (after PYTHONWARNINGS'), applied by importing {@code warnings}. */
    public List<String> warnoptions = List.of();

    /** The program's folder: what {@code sys.path[0]} is for {@code python DIR/NAME.py}. */
    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }
}
