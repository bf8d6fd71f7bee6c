package dev.snakebox.golden;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two rewrites the oracle applies to golden files ({@code shared/oracle/README.md}, "Golden
 * files"), applied to the actual output so that both sides compare equal on every machine: the
 * absolute path of the program's folder becomes {@code <DIR>} (in stdout and stderr), and memory
 * addresses {@code " at 0x7f3a..."} become {@code " at 0x?"} (in stdout, stderr and dis output);
 * and, as the oracle ran {@code -m dis} in the program's folder, dis output names files
 * relative to it.
 */
final class Normaliser {
    private static final Pattern ADDRESS = Pattern.compile("( at 0x)[0-9a-fA-F]+");
    /** A folder path ends where no file-name character follows ({@code /a/b} is not in {@code /a/bc}). */
    private static final String PATH_END = "(?![A-Za-z0-9_.\\-])";

    private final List<Pattern> folders;

    /** @param folders the program's folder as spelled in the output: absolute and real path. */
    Normaliser(List<String> folders) {
        this.folders = folders.stream().distinct().map(f -> Pattern.compile(Pattern.quote(f) + PATH_END)).toList();
    }

    /** For stdout and stderr of a run. */
    String pathsAndAddresses(String text) {
        String s = text;
        for (Pattern folder : folders) {
            s = folder.matcher(s).replaceAll(Matcher.quoteReplacement("<DIR>"));
        }
        return addresses(s);
    }

    /**
     * For dis output: the oracle ran {@code -m dis NAME.py} in the program's folder, so code
     * objects name the file without a folder; a path given in the folder loses it.
     */
    String relativePaths(String text) {
        String s = text;
        for (Pattern folder : folders) {
            s = Pattern.compile(folder.pattern() + "/").matcher(s).replaceAll("");
        }
        return s;
    }

    /** For dis output, which the oracle does not path-normalise. */
    static String addresses(String text) {
        return ADDRESS.matcher(text).replaceAll("$1?");
    }
}
