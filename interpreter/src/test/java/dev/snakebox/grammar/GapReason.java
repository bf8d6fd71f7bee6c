package dev.snakebox.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, one-line reason why a grammar case fails, for KNOWN_GAPS.md entries written from a
 * run ({@link WriteKnownGapsTest}): "not parsed yet" with the error the parser gave, or what
 * differs first.
 */
final class GapReason {
    /** How much of a quoted line a reason keeps. */
    private static final int QUOTE = 100;
    private static final Pattern FILE_LINE = Pattern.compile("^  File \"[^\"]*\", line (\\d+)", Pattern.MULTILINE);
    static final String INTERNAL_ERROR = "SystemError: internal error in Snakebox";

    private GapReason() {}

    static String hang(long seconds) {
        return "hangs: no answer within " + seconds + " s";
    }

    static String crash(Throwable t) {
        return "a Java exception escapes: " + oneLine(t.toString());
    }

    /** A valid program: {@code expected} is the oracle's AST dump. */
    static String forValid(String expected, String out, String err, int status) {
        if (err.contains(INTERNAL_ERROR)) {
            return "internal error: " + internalError(err);
        }
        if (status != 0) {
            Matcher m = FILE_LINE.matcher(err);
            String where = m.find() ? "line " + m.group(1) + ": " : "";
            return "not parsed yet: " + where + lastLine(err);
        }
        return "AST differs: " + firstDifference(expected, out);
    }

    /** A valid program's disassembly: {@code expected} is the oracle's {@code -m dis} listing. */
    static String forDis(String expected, String out, String err, int status) {
        if (err.contains(INTERNAL_ERROR)) {
            return "internal error: " + internalError(err);
        }
        if (status != 0) {
            return "not compiled yet: " + lastLine(err);
        }
        return "dis differs: " + firstDifference(expected, out);
    }

    /** An invalid program: {@code expectedErr} is the oracle's normalised stderr. */
    static String forInvalid(String expectedErr, String out, String err, int status) {
        if (err.contains(INTERNAL_ERROR)) {
            return "internal error: " + internalError(err);
        }
        String wanted = lastLine(expectedErr);
        if (status == 0) {
            return "accepted: CPython says " + wanted;
        }
        if (!out.isEmpty()) {
            return "starts running: CPython says " + wanted;
        }
        String got = lastLine(err);
        if (!got.equals(wanted)) {
            return "says " + quote(got) + ", CPython " + quote(wanted);
        }
        return "same message, but " + firstDifference(expectedErr, err);
    }

    /** The first line where two texts differ, both quoted. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : null;
            String al = i < a.length ? a[i] : null;
            if (el == null || !el.equals(al)) {
                return "line " + (i + 1) + " is " + (al == null ? "missing" : quote(al))
                        + ", expected " + (el == null ? "nothing" : quote(el));
            }
        }
        return "they differ in their line endings";
    }

    /** The last non-blank line: the exception line of an error report. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return oneLine(lines[lines.length - 1]);
    }

    /** The Java exception a {@code SystemError: internal error in Snakebox: ...} report names. */
    static String internalError(String err) {
        int at = err.indexOf(INTERNAL_ERROR) + INTERNAL_ERROR.length();
        String rest = err.substring(at).replaceFirst("^: ", "");
        int end = rest.indexOf('\n');
        return oneLine(end < 0 ? rest : rest.substring(0, end));
    }

    private static String quote(String line) {
        return "`" + oneLine(line.stripTrailing()) + "`"; // leading spaces place a caret
    }

    /** One line of at most {@link #QUOTE} characters, so that an entry stays one readable line. */
    static String oneLine(String text) {
        String s = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('`', '\'');
        return s.length() <= QUOTE ? s : s.substring(0, QUOTE - 3) + "...";
    }
}
