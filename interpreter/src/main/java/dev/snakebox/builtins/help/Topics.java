package dev.snakebox.builtins.help;

import dev.snakebox.data.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pydoc's {@code Helper.keywords}, {@code Helper.topics} and {@code Helper.symbols} tables and the
 * texts of {@code pydoc_data.topics} ({@code Lib/pydoc.py}, {@code Lib/pydoc_data/topics.py}),
 * read on first use from the generated data file {@code pydoc_topics.txt}
 * ({@code interpreter/src/tools/gen_pydoc_topics.py} says how it is made and its format), so the
 * engine carries none of it.
 */
final class Topics {
    private static final String FILE = "pydoc_topics.txt";
    private static final char RS = '\u001e';
    private static final char US = '\u001f';

    /** A table entry: the name of another entry (alias) or a label of the texts with its related topics. */
    static final class Target {
        final String alias;
        final String label;
        final String xrefs;

        private Target(String alias, String label, String xrefs) {
            this.alias = alias;
            this.label = label;
            this.xrefs = xrefs;
        }
    }

    /** The table keys in the order the dictionaries have them (pydoc sorts them before listing). */
    final List<String> keywordNames = new ArrayList<>();
    final List<String> topicNames = new ArrayList<>();
    final List<String> symbolNames = new ArrayList<>();
    final Map<String, Target> keywords = new HashMap<>();
    final Map<String, Target> topics = new HashMap<>();
    final Map<String, String> symbols = new HashMap<>();
    /** {@code pydoc_data.topics.topics}: label -> text. */
    final Map<String, String> texts = new HashMap<>();

    private static Topics loaded;
    /** The text {@link #loaded} was parsed from (DataFiles reads a file once, so the same instance until its fetcher changes). */
    private static String loadedFrom;

    private Topics() {}

    /** The tables and texts, or null when the data file cannot be had. */
    static synchronized Topics get() {
        String text = DataFiles.read(FILE);
        if (text != loadedFrom) {
            loadedFrom = text;
            loaded = text == null ? null : parse(text);
        }
        return loaded;
    }

    /** Reads the records after the first line (which says how the file was made). */
    static Topics parse(String text) {
        Topics t = new Topics();
        int start = text.indexOf('\n') + 1;
        while (start < text.length()) {
            int end = text.indexOf(RS, start);
            if (end < 0) {
                end = text.length();
            }
            t.add(fields(text.substring(start, end)));
            start = end + 1;
        }
        return t;
    }

    private static List<String> fields(String record) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        while (true) {
            int end = record.indexOf(US, start);
            if (end < 0) {
                out.add(record.substring(start));
                return out;
            }
            out.add(record.substring(start, end));
            start = end + 1;
        }
    }

    private void add(List<String> f) {
        String kind = f.get(0);
        String name = f.get(1);
        switch (kind) {
            case "k":
                keywordNames.add(name);
                keywords.put(name, target(f));
                break;
            case "t":
                topicNames.add(name);
                topics.put(name, target(f));
                break;
            case "s":
                symbolNames.add(name);
                symbols.put(name, f.get(2));
                break;
            case "d":
                texts.put(name, f.get(2));
                break;
            default:
                // a kind this engine does not know: a newer data file; ignored
                break;
        }
    }

    private static Target target(List<String> f) {
        return f.size() == 3 ? new Target(f.get(2), null, null) : new Target(null, f.get(2), f.get(3));
    }
}
