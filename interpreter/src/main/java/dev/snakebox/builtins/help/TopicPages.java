package dev.snakebox.builtins.help;

import dev.snakebox.modules.BuiltinModules;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.text.StrCase;
import dev.snakebox.objects.text.StrSplit;
import dev.snakebox.objects.text.StrStrip;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pages of keywords, symbols and topics: pydoc's {@code Helper.showtopic},
 * {@code showsymbol}, {@code list}, {@code listkeywords}, {@code listsymbols},
 * {@code listtopics} and {@code listmodules} ({@code Lib/pydoc.py}), written as the plain pager
 * writes them when stdout is not a terminal.
 */
final class TopicPages {
    private TopicPages() {}

    /** pydoc's message when {@code pydoc_data.topics} cannot be imported (here: the data file cannot be had). */
    static final String NOT_AVAILABLE = "\nSorry, topic and keyword documentation is not available because the\n"
            + "module \"pydoc_data.topics\" could not be found.\n";

    /** {@code Helper.showtopic}: the text of a keyword or topic, then its related topics. */
    static void showTopic(String topic, String moreXrefs) {
        Topics t = Topics.get();
        if (t == null) {
            Helper.write(NOT_AVAILABLE);
            return;
        }
        // self.topics.get(topic, self.keywords.get(topic)), followed through aliases
        Topics.Target target = t.topics.containsKey(topic) ? t.topics.get(topic) : t.keywords.get(topic);
        if (target == null || (target.alias != null && target.alias.isEmpty())) {
            Helper.write(noDocumentation(topic));
            return;
        }
        if (target.alias != null) {
            showTopic(target.alias, moreXrefs);
            return;
        }
        String text = t.texts.get(target.label);
        if (text == null) {
            Helper.write(noDocumentation(topic));
            return;
        }
        StringBuilder doc = new StringBuilder(StrStrip.strip(text, null)).append('\n');
        String xrefs = target.xrefs;
        if (!moreXrefs.isEmpty()) {
            xrefs = xrefs + " " + moreXrefs;
        }
        if (!xrefs.isEmpty()) {
            String related = "Related help topics: " + String.join(", ", StrSplit.split(xrefs, null, -1)) + "\n";
            doc.append('\n').append(String.join("\n", wrap(related, 72))).append('\n');
        }
        Helper.write(plain(doc.toString()));
    }

    /** {@code Helper.showsymbol}: the first topic a symbol names, the others as related topics. */
    static void showSymbol(String symbol) {
        String[] parts = StrSplit.partition(Topics.get().symbols.get(symbol), " ");
        showTopic(parts[0], parts[2]);
    }

    private static String noDocumentation(String topic) {
        return "no documentation found for " + Abstract.repr(PyStr.of(topic)).value() + "\n";
    }

    /**
     * {@code textwrap.wrap(text, width)} for what pydoc wraps: words of names and commas
     * separated by single spaces, none longer than a line and none with a hyphen, so the
     * greedy fill of whole words is all textwrap does with them.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : StrSplit.split(text, null, -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** pydoc's {@code plain}: the text without backspace overstrikes ({@code re.sub('.\b', '', text)}). */
    static String plain(String text) {
        if (text.indexOf('\b') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\b' && text.charAt(i) != '\n') {
                i += 2;
            } else {
                sb.append(text.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    static void listKeywords() {
        Helper.write("\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n");
        list(Topics.get().keywordNames);
    }

    static void listSymbols() {
        Helper.write("\nHere is a list of the punctuation symbols which Python assigns special meaning\n"
                + "to. Enter any symbol to get more help.\n\n");
        list(Topics.get().symbolNames);
    }

    static void listTopics() {
        Helper.write("\nHere is a list of available topics.  Enter any topic name to get more help.\n\n");
        list(Topics.get().topicNames);
    }

    /**
     * {@code Helper.listmodules}: the modules a program can import. CPython's scanner lists
     * {@code sys.builtin_module_names}, then walks every folder of {@code sys.path}; here there is
     * no standard library to walk, and a program's folder is not listed (documented).
     */
    static void listModules(String key) {
        PyTuple names = BuiltinModules.names();
        if (!key.isEmpty()) {
            Helper.write("\nHere is a list of modules whose name or summary contains '" + key + "'.\n"
                    + "If there are any, enter a module name to get more help.\n\n");
            apropos(names, StrCase.lower(key));
            return;
        }
        Helper.write("\nPlease wait a moment while I gather a list of all available modules...\n\n");
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = ((PyStr) names.get(i)).value();
            if (!name.equals("__main__")) {
                modules.add(name);
            }
        }
        list(modules);
        Helper.write("\nEnter any module name to get more help.  Or, type \"modules spam\" to search\n"
                + "for modules whose name or summary contain the string \"spam\".\n");
    }

    /** pydoc's {@code apropos}: each module whose name or docstring's first line contains the key. */
    private static void apropos(PyTuple names, String key) {
        for (int i = 0; i < names.size(); i++) {
            String name = ((PyStr) names.get(i)).value();
            if (name.equals("__main__")) {
                continue;
            }
            PyObject module = Helper.safeImport(name);
            String doc = module == null ? null : Inspect.strAttr(module, "__doc__");
            String desc = doc == null ? "" : StrSplit.split(doc, "\n", -1).get(0);
            if (StrCase.lower(name + " - " + desc).contains(key)) {
                // print(modname, desc and '- ' + desc)
                Helper.write(name + " " + (desc.isEmpty() ? "" : "- " + desc) + "\n");
            }
        }
    }

    /** {@code Helper.list}: the sorted items in columns (4 of 20 characters), row by row. */
    static void list(List<String> items) {
        List<String> sorted = new ArrayList<>(items);
        Collections.sort(sorted);
        int columns = 4;
        int colw = 80 / columns;
        int rows = (sorted.size() + columns - 1) / columns;
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                int i = col * rows + row;
                if (i < sorted.size()) {
                    String item = sorted.get(i);
                    sb.append(item);
                    if (col < columns - 1) {
                        sb.append(' ').append(" ".repeat(Math.max(0, colw - 1 - item.length())));
                    }
                }
            }
            sb.append('\n');
        }
        Helper.write(sb.toString());
    }
}
