package dev.snakebox.data;

/**
 * The lines of a generated data file, after its first (which says how the file was made), each
 * with the section it is in: a line {@code #name} starts section {@code "#name"} and is not
 * itself given. <pre>
 * DataLines lines = new DataLines(text);
 * while (lines.next()) {
 *     switch (lines.section()) { ... lines.line() ... }
 * }</pre>
 */
public final class DataLines {
    private final String text;
    private int at;
    private String section = "";
    private String line;

    public DataLines(String text) {
        this.text = text;
        this.at = text.indexOf('\n') + 1;
    }

    /** Moves to the next line that is not a section heading; false at the end of the text. */
    public boolean next() {
        while (at > 0 && at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            String l = text.substring(at, end);
            at = end + 1;
            if (l.startsWith("#")) {
                section = l;
            } else {
                line = l;
                return true;
            }
        }
        return false;
    }

    /** The heading of the current line's section ({@code "#names"}), or "" before any. */
    public String section() {
        return section;
    }

    /** The current line, without its newline. */
    public String line() {
        return line;
    }
}
