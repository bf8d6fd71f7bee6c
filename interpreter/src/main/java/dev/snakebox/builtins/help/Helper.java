package dev.snakebox.builtins.help;

import dev.snakebox.modules.Importer;
import dev.snakebox.modules.SourceModule;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBuiltinFunction;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyHandingOff;
import dev.snakebox.objects.PyModule;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code help} built-in: CPython's {@code _sitebuiltins._Helper} calling pydoc's
 * {@code Helper} ({@code Lib/pydoc.py}: {@code __call__}, {@code help}, {@code intro},
 * {@code interact}, {@code listkeywords}), writing to {@code sys.stdout} as the plain pager does
 * when stdout is not a terminal.
 */
public final class Helper extends PyHandingOff {
    static final PyType TYPE = PyType.builtin("_sitebuiltins._Helper", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("Type help() for interactive help, or help(object) for help about object.");
                t.tp_call = (self, args, start, nargs, kw) -> {
                    // _Helper.__call__(*args, **kwds) -> pydoc.Helper.__call__(self, request=_GoInteractive)
                    int nkw = kw == null ? 0 : kw.size();
                    if (nargs + nkw > 1) {
                        throw Errors.typeError("Helper.__call__() takes from 1 to 2 positional arguments but " + (nargs + 1)
                                + " were given");
                    }
                    if (nkw == 1 && !Abstract.str(kw.get(0)).value().equals("request")) {
                        throw Errors.typeError("Helper.__call__() got an unexpected keyword argument '"
                                + Abstract.str(kw.get(0)).value() + "'");
                    }
                    if (nargs + nkw == 0) {
                        Abstract.call(interactFunction());
                    } else {
                        call(args[start]);
                    }
                    return PyNone.NONE;
                };
            },
            null);

    /** The keywords, for telling a topic request from an object's name when the topics' data file cannot be had. */
    private static final List<String> KEYWORDS = Arrays.asList("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The one {@code help} object of builtins. */
    public static final Helper HELP = new Helper();

    private Helper() {}

    /** {@code help(request)}: one page, then a blank line. */
    static void call(PyObject request) {
        if (request instanceof PyStr) {
            String r = dev.snakebox.objects.text.StrStrip.strip(((PyStr) request).value(), null);
            Topics t = Topics.get();
            if (t == null && isTopicRequest(r)) {
                // the topics' data file cannot be had: pydoc's message when pydoc_data.topics is missing
                write(TopicPages.NOT_AVAILABLE);
            } else if (r.equals("keywords")) {
                TopicPages.listKeywords();
            } else if (r.equals("symbols")) {
                TopicPages.listSymbols();
            } else if (r.equals("topics")) {
                TopicPages.listTopics();
            } else if (r.equals("modules")) {
                TopicPages.listModules("");
            } else if (r.startsWith("modules ")) {
                TopicPages.listModules(dev.snakebox.objects.text.StrSplit.split(r, null, -1).get(1));
            } else if (t != null && t.symbols.containsKey(r)) {
                TopicPages.showSymbol(r);
            } else if (r.equals("True") || r.equals("False") || r.equals("None")) {
                doc(r.equals("None") ? PyNone.NONE : dev.snakebox.objects.PyBool.of(r.equals("True")), null);
            } else if (t != null && (t.keywords.containsKey(r) || t.topics.containsKey(r))) {
                TopicPages.showTopic(r, "");
            } else if (!r.isEmpty()) {
                doc(null, r);
            } else {
                doc(PyStr.TYPE, null);
            }
        } else {
            doc(request, null);
        }
        write("\n");
    }

    /** A request pydoc answers from its tables or topics (what cannot be answered without the data file). */
    private static boolean isTopicRequest(String r) {
        return KEYWORDS.contains(r) && !r.equals("True") && !r.equals("False") && !r.equals("None")
                || r.equals("keywords") || r.equals("symbols") || r.equals("topics");
    }

    /** pydoc's {@code doc}: the page of an object, or of the one a dotted name locates. */
    private static void doc(PyObject thing, String path) {
        String name;
        if (path != null) {
            thing = locate(path);
            if (thing == null) {
                write("No Python documentation found for " + Abstract.repr(PyStr.of(path)).value() + ".\n"
                        + "Use help() to get the interactive help utility.\n"
                        + "Use help(str) for help on the str class.\n");
                return;
            }
            name = path;
        } else {
            name = Inspect.strAttr(thing, "__name__");
        }
        write(TextDoc.renderDoc(thing, name));
    }

    /** pydoc's {@code locate}: the longest importable module prefix, then attributes (from builtins without one). */
    private static PyObject locate(String path) {
        String[] all = path.split("\\.");
        List<String> parts = new java.util.ArrayList<>();
        for (String p : all) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        PyObject module = null;
        int n = 0;
        while (n < parts.size()) {
            PyObject next = safeImport(String.join(".", parts.subList(0, n + 1)));
            if (next == null) {
                break;
            }
            module = next;
            n++;
        }
        PyObject object = module != null ? module : Importer.current().modules.getStr(PyStr.of("builtins"));
        for (String part : parts.subList(n, parts.size())) {
            object = Inspect.attr(object, part);
            if (object == null) {
                return null;
            }
        }
        return object;
    }

    /** pydoc's {@code safeimport}: the module, or null when there is no such module. */
    static PyObject safeImport(String name) {
        PyObject known = Inspect.sysModules(name);
        if (known != null) {
            return known;
        }
        PyDict builtins = (PyDict) ((dev.snakebox.objects.PyModule) Importer.current().modules.getStr(PyStr.of("builtins"))).dict;
        try {
            Abstract.call(builtins.getStr(PyStr.of("__import__")), PyStr.of(name));
        } catch (PyException e) {
            if (Abstract.isInstance(e.value, ExceptionTypes.ImportError)) {
                return null;
            }
            throw e;
        }
        return Inspect.sysModules(name);
    }

    /** {@code help()} called from the loop: the interactive help runs in a frame, where input() can pause. */
    @Override
    public PyFunction handOff(int nargs, PyTuple kwnames) {
        return nargs == 0 && (kwnames == null || kwnames.size() == 0) ? interactFunction() : null;
    }

    /**
     * {@code help()}: pydoc's {@code interact}, the Python function of {@code lib/_pydoc_interact.py}
     * (the intro, then requests read with {@code input('help> ')} until EOF or "quit"), given the
     * pages it shows from here.
     */
    private static PyFunction interactFunction() {
        PyModule m = SourceModule.create(Importer.current(), "_pydoc_interact");
        m.dict.putStr(PyStr.intern("_intro"), new PyBuiltinFunction("_intro()", (self, a) -> {
            intro();
            return PyNone.NONE;
        }));
        m.dict.putStr(PyStr.intern("_write"), new PyBuiltinFunction("_write(text, /)", (self, a) -> {
            write(Abstract.str(a[0]).value());
            return PyNone.NONE;
        }));
        m.dict.putStr(PyStr.intern("_request"), new PyBuiltinFunction("_request(request, /)", (self, a) -> {
            call(a[0]);
            return PyNone.NONE;
        }));
        m.dict.putStr(PyStr.intern("_outro"), new PyBuiltinFunction("_outro()", (self, a) -> {
            write("\nYou are now leaving help and returning to the Python interpreter.\n"
                    + "If you want to ask for help on a particular object directly from the\n"
                    + "interpreter, you can type \"help(object)\".  Executing \"help('string')\"\n"
                    + "has the same effect as typing a particular string at the help> prompt.\n");
            return PyNone.NONE;
        }));
        return (PyFunction) m.dict.getStr(PyStr.intern("interact"));
    }

    private static void intro() {
        write("Welcome to Python 3.13's help utility! If this is your first time using\n"
                + "Python, you should definitely check out the tutorial at\n"
                + "https://docs.python.org/3.13/tutorial/.\n\n"
                + "Enter the name of any module, keyword, or topic to get help on writing\n"
                + "Python programs and using Python modules.  To get a list of available\n"
                + "modules, keywords, symbols, or topics, enter \"modules\", \"keywords\",\n"
                + "\"symbols\", or \"topics\".\n\n"
                + "Each module also comes with a one-line summary of what it does; to list\n"
                + "the modules whose name or summary contain a given string such as \"spam\",\n"
                + "enter \"modules spam\".\n\n"
                + "To quit this help utility and return to the interpreter,\n"
                + "enter \"q\", \"quit\" or \"exit\".\n");
    }

    /** {@code sys.stdout.write(text)}: the run's stream, or what the program put in its place. */
    static void write(String text) {
        PyObject out = Importer.stdoutReplacement();
        if (out == PyNone.NONE) {
            return;
        }
        if (out == null) {
            ThreadState.current().evaluator.stdout(text);
        } else {
            Abstract.callMethod(out, "write", PyStr.of(text));
        }
    }
}
