package dev.snakebox.vm;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.Source;
import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTraceback;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.Suggestions;
import dev.snakebox.parser.Parser;
import dev.snakebox.objects.PyExceptionGroup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.TreeSet;

/**
 * Formats an uncaught exception as CPython 3.13 prints it; {@code Lib/traceback.py}
 * ({@code StackSummary.format_frame_summary}, {@code _extract_caret_anchors_from_line_segment},
 * {@code _should_show_carets}, {@code TracebackException.format_exception_only}).
 */
public final class TracebackPrinter {
    private final LineCache lines;

    public TracebackPrinter(LineCache lines) {
        this.lines = lines;
    }

    private static final String CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";
    /** {@code _RECURSIVE_CUTOFF}: identical consecutive frames shown before "[Previous line repeated...]". */
    private static final int RECURSIVE_CUTOFF = 3;

    /** {@code TracebackException.max_group_width} and {@code max_group_depth}. */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** One {@code TracebackException}: an exception with the ones it shows (cause, context, a group's members). */
    private static final class Node {
        final PyBaseException exc;
        Node cause;
        Node context;
        List<Node> exceptions;

        Node(PyBaseException exc, IdentityHashMap<PyBaseException, Boolean> seen) {
            this.exc = exc;
            seen.put(exc, Boolean.TRUE);
        }
    }

    /**
     * {@code TracebackException.__init__(compact=True)}: the graph of exceptions to show, each
     * cause or context at most once, built breadth-last with a stack as CPython's queue.
     */
    private static Node build(PyBaseException exc) {
        IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        Node root = new Node(exc, seen);
        ArrayList<Node> queue = new ArrayList<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node te = queue.remove(queue.size() - 1);
            PyBaseException e = te.exc;
            if (e.cause != null && !seen.containsKey(e.cause)) {
                te.cause = new Node(e.cause, seen);
            }
            if (te.cause == null && !e.suppressContext && e.context != null && !seen.containsKey(e.context)) {
                te.context = new Node(e.context, seen);
            }
            if (e instanceof PyExceptionGroup) {
                te.exceptions = new ArrayList<>();
                for (PyObject x : ((PyExceptionGroup) e).excs.toArray()) {
                    te.exceptions.add(new Node((PyBaseException) x, seen));
                }
            }
            if (te.cause != null) {
                queue.add(te.cause);
            }
            if (te.context != null) {
                queue.add(te.context);
            }
            if (te.exceptions != null) {
                queue.addAll(te.exceptions);
            }
        }
        return root;
    }

    /** {@code _ExceptionPrintContext}: the depth of exception groups being printed, and whether a box needs closing. */
    private static final class Ctx {
        int depth;
        boolean needClose;

        String indent() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append("  ");
            }
            return sb.toString();
        }

        /** {@code emit}: every line of {@code text} prefixed with the indent and, inside a group, the margin. */
        void emit(StringBuilder sb, String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, i, end);
                i = end;
            }
        }
    }

    /** {@code TracebackException.format(chain=True)}: the causes and contexts first, each once; groups in boxes. */
    public String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        format(sb, build(exc), new Ctx());
        return sb.toString();
    }

    private void format(StringBuilder sb, Node top, Ctx ctx) {
        List<Node> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Node e = top;
        while (e != null) {
            if (e.cause != null) {
                chain.add(e);
                messages.add(CAUSE_MESSAGE);
                e = e.cause;
            } else if (e.context != null && !e.exc.suppressContext) {
                chain.add(e);
                messages.add(CONTEXT_MESSAGE);
                e = e.context;
            } else {
                chain.add(e);
                messages.add(null);
                e = null;
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Node n = chain.get(i);
            PyBaseException x = n.exc;
            if (messages.get(i) != null) {
                ctx.emit(sb, messages.get(i), '|');
            }
            if (n.exceptions == null) {
                if (x.traceback != null) {
                    ctx.emit(sb, "Traceback (most recent call last):\n", '|');
                    ctx.emit(sb, stack(x.traceback), '|');
                }
                ctx.emit(sb, exceptionOnly(x, hint(x)), '|');
            } else if (ctx.depth > MAX_GROUP_DEPTH) {
                ctx.emit(sb, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            } else {
                formatGroup(sb, n, ctx);
            }
        }
    }

    private void formatGroup(StringBuilder sb, Node n, Ctx ctx) {
        boolean toplevel = ctx.depth == 0;
        if (toplevel) {
            ctx.depth++;
        }
        if (n.exc.traceback != null) {
            ctx.emit(sb, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
            ctx.emit(sb, stack(n.exc.traceback), '|');
        }
        ctx.emit(sb, exceptionOnly(n.exc, hint(n.exc)), '|');
        int count = n.exceptions.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                format(sb, n.exceptions.get(i), ctx);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(sb, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (toplevel) {
            ctx.depth = 0;
        }
    }

    private String stack(PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
        formatStack(sb, tb);
        return sb.toString();
    }

    /** {@code StackSummary.format}: one entry per frame, long runs of the same line collapsed. */
    private void formatStack(StringBuilder sb, PyTraceback tb) {
        forEachShown(sb, tb, this::formatFrame);
    }

    /** How one shown traceback entry is written. */
    interface EntryWriter {
        void write(StringBuilder sb, PyTraceback entry);
    }

    /**
     * Writes the entries of {@code tb} with {@code writer}, but of a run of entries for the same
     * file, line and function only the first {@value #RECURSIVE_CUTOFF}, then "[Previous line
     * repeated N more times]": the rule of {@code StackSummary.format} and of C's
     * {@code tb_print_internal} alike.
     */
    static void forEachShown(StringBuilder sb, PyTraceback tb, EntryWriter writer) {
        String lastFile = null;
        int lastLine = Integer.MIN_VALUE;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.code.filename();
            int line = t.code.positions(t.instrIndex)[0];
            String name = t.code.name();
            if (lastFile == null || !lastFile.equals(file) || lastLine != line || !lastName.equals(name)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(sb, count - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            writer.write(sb, t);
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(sb, count - RECURSIVE_CUTOFF);
        }
    }

    private static void repeated(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    /** The innermost traceback entry. */
    private static PyTraceback last(PyBaseException exc) {
        PyTraceback t = exc.traceback;
        while (t != null && t.next != null) {
            t = t.next;
        }
        return t;
    }

    /**
     * NameError's and AttributeError's hints ({@code TracebackException.__init__}): "Did you
     * mean: 'x'?" from the innermost frame's names or the object's attributes, "Did you mean:
     * 'self.x'?" in a method, and "Did you forget to import 'math'?" for a standard module name.
     */
    private static String hint(PyBaseException exc) {
        boolean nameError = exc.type().isSubtypeOf(ExceptionTypes.NameError);
        boolean attributeError = exc.type().isSubtypeOf(ExceptionTypes.AttributeError);
        if (exc.name == null || !nameError && !attributeError) {
            return "";
        }
        String suggestion = null;
        try {
            suggestion = attributeError ? attributeSuggestion(exc) : nameSuggestion(exc);
        } catch (PyException ignored) {
            // traceback.py gives up on any error while computing a suggestion
        }
        String hint = suggestion != null ? ". Did you mean: '" + suggestion + "'?" : "";
        if (nameError && StdlibNames.contains(exc.name)) {
            hint += suggestion != null ? " Or did you forget to import '" + exc.name + "'?"
                    : ". Did you forget to import '" + exc.name + "'?";
        }
        return hint;
    }

    private static String nameSuggestion(PyBaseException exc) {
        PyTraceback t = last(exc);
        if (t == null || t.frame == null) {
            return null;
        }
        PyObject self = t.frame.local("self");
        if (self != null && Abstract.lookupAttr(self, PyStr.of(exc.name)) != null) {
            return "self." + exc.name;
        }
        return Suggestions.compute(t.frame.names(), exc.name);
    }

    private static String attributeSuggestion(PyBaseException exc) {
        PyObject obj = exc.obj;
        if (obj == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (PyObject n : Abstract.toArray(Abstract.callMethod(obj, "__dir__"))) {
            if (n instanceof PyStr) {
                names.add(((PyStr) n).value());
            }
        }
        java.util.Collections.sort(names, (a, b) -> a.compareTo(b));
        boolean hideUnderscored = !exc.name.startsWith("_");
        PyTraceback t = last(exc);
        if (hideUnderscored && t != null && t.frame != null && t.frame.local("self") == obj) {
            hideUnderscored = false;
        }
        if (hideUnderscored) {
            names.removeIf(n -> n.startsWith("_"));
        }
        return Suggestions.compute(names, exc.name);
    }

    /** The last line: {@code Type: message}, or just the type when the message is empty; then the notes. */
    public static String exceptionOnly(PyBaseException exc) {
        return exceptionOnly(exc, "");
    }

    private static String exceptionOnly(PyBaseException exc, String hint) {
        PyType t = exc.type();
        String module = t.module();
        if (t.isHeapType() && !(t.dict().getStr(dev.snakebox.objects.PyStr.intern("__module__")) instanceof dev.snakebox.objects.PyStr)) {
            module = "<unknown>"; // traceback.TracebackException.format_exception_only: a __module__ that is not a str
        }
        String type = module.equals("__main__") || module.equals("builtins") ? t.qualname : module + "." + t.qualname;
        StringBuilder sb = new StringBuilder();
        if (t.isSubtypeOf(ExceptionTypes.SyntaxError)) {
            sb.append(SyntaxErrorPrinter.formatException(exc, type));
        } else {
            String msg;
            try {
                msg = Abstract.str(exc).value() + hint;
            } catch (PyException e) {
                msg = "<exception str() failed>";
            }
            sb.append(msg.isEmpty() ? type + "\n" : type + ": " + msg + "\n");
        }
        PyObject notes = exc.notes();
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (PyObject note : Abstract.toArray(notes)) {
                String text;
                try {
                    text = Abstract.str(note).value();
                } catch (PyException e) {
                    text = "<note str() failed>";
                }
                for (String line : text.split("\n", -1)) {
                    sb.append(line).append('\n');
                }
            }
        } else if (notes != null) {
            String text;
            try {
                text = Abstract.repr(notes).value();
            } catch (PyException e) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
        }
        return sb.toString();
    }

    private void formatFrame(StringBuilder sb, PyTraceback e) {
        int[] pos = e.code.positions(e.instrIndex);
        int lineno = pos[0];
        sb.append("  File \"").append(e.code.filename()).append("\", line ").append(lineno < 0 ? "None" : Integer.toString(lineno))
                .append(", in ").append(e.code.name()).append('\n');
        if (lineno < 0) {
            return;
        }
        int endLineno = pos[1] < 0 ? lineno : pos[1];
        Source src = lines.get(e.code.filename());
        if (src == null) {
            return;
        }
        List<String> original = new ArrayList<>();
        for (int n = lineno; n <= endLineno; n++) {
            original.add(rstrip(stripNewline(src.line(n))));
        }
        List<String> dedented = dedent(original);
        boolean anyText = false;
        for (String s : dedented) {
            if (!s.trim().isEmpty()) {
                anyText = true;
            }
        }
        if (!anyText) {
            return;
        }
        if (pos[2] < 0 || pos[3] < 0) {
            sb.append("    ").append(original.get(0).trim()).append('\n');
            return;
        }
        String firstLine = original.get(0);
        String lastLine = original.get(original.size() - 1);
        int startOffset = byteToChar(firstLine, pos[2]);
        int endOffset = byteToChar(lastLine, pos[3]);
        int dedentChars = firstLine.length() - dedented.get(0).length();
        startOffset = Math.max(0, startOffset - dedentChars);
        endOffset = Math.max(0, endOffset - dedentChars);
        List<String> all = dedented;
        int dpStart = displayWidth(all.get(0), startOffset);
        int dpEnd = displayWidth(all.get(all.size() - 1), endOffset);

        String joined = String.join("\n", all);
        int segEnd = joined.length() - (all.get(all.size() - 1).length() - endOffset);
        String segment = startOffset <= segEnd && segEnd <= joined.length() ? joined.substring(startOffset, segEnd) : "";

        Anchors anchors = null;
        try {
            anchors = Anchors.find(segment);
        } catch (RuntimeException ignored) {
            // CPython suppresses every error while looking for anchors.
        }
        boolean showCarets = shouldShowCarets(startOffset, endOffset, all, anchors);

        TreeSet<Integer> significant = new TreeSet<>();
        significant.add(0);
        significant.add(all.size() - 1);
        int leftEnd = 0;
        int rightStart = 0;
        if (anchors != null) {
            leftEnd = anchors.leftEndOffset;
            rightStart = anchors.rightStartOffset;
            if (anchors.leftEndLine == 0) {
                leftEnd += startOffset;
            }
            if (anchors.rightStartLine == 0) {
                rightStart += startOffset;
            }
            leftEnd = displayWidth(all.get(anchors.leftEndLine), leftEnd);
            rightStart = displayWidth(all.get(anchors.rightStartLine), rightStart);
            for (int k = anchors.leftEndLine - 1; k <= anchors.leftEndLine + 1; k++) {
                significant.add(k);
            }
            for (int k = anchors.rightStartLine - 1; k <= anchors.rightStartLine + 1; k++) {
                significant.add(k);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());

        List<String> result = new ArrayList<>();
        Integer prev = null;
        for (int ln : significant) {
            if (prev != null) {
                int diff = ln - prev;
                if (diff == 2) {
                    outputLine(result, all, ln - 1, showCarets, anchors, dpStart, dpEnd, leftEnd, rightStart);
                } else if (diff > 2) {
                    result.add("...<" + (diff - 1) + " lines>...");
                }
            }
            outputLine(result, all, ln, showCarets, anchors, dpStart, dpEnd, leftEnd, rightStart);
            prev = ln;
        }
        for (String r : dedent(result)) {
            sb.append("    ").append(r).append('\n');
        }
    }

    private static void outputLine(List<String> result, List<String> all, int ln, boolean showCarets, Anchors anchors,
            int dpStart, int dpEnd, int leftEnd, int rightStart) {
        String line = all.get(ln);
        result.add(line);
        if (!showCarets) {
            return;
        }
        int numSpaces = line.length() - lstrip(line).length();
        int numCarets = ln == all.size() - 1 ? dpEnd : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < numCarets; col++) {
            if (col < numSpaces || ln == 0 && col < dpStart) {
                carets.append(' ');
            } else if (anchors != null
                    && (ln > anchors.leftEndLine || ln == anchors.leftEndLine && col >= leftEnd)
                    && (ln < anchors.rightStartLine || ln == anchors.rightStartLine && col < rightStart)) {
                carets.append('^');
            } else {
                carets.append(anchors != null ? '~' : '^');
            }
        }
        result.add(carets.toString());
    }

    /** CPython's {@code StackSummary._should_show_carets}. */
    private static boolean shouldShowCarets(int startOffset, int endOffset, List<String> all, Anchors anchors) {
        try {
            ModNode.Module tree = Parser.parseFile(new Source("<traceback>", String.join("\n", all)));
            if (tree.body.isEmpty()) {
                return false;
            }
            StmtNode statement = tree.body.get(0);
            ExprNode value = null;
            if (statement instanceof StmtNode.Return) {
                ExprNode v = ((StmtNode.Return) statement).value;
                if (v instanceof ExprNode.Call && ((ExprNode.Call) v).func instanceof ExprNode.Name) {
                    value = v;
                }
            } else if (statement instanceof StmtNode.Assign) {
                StmtNode.Assign a = (StmtNode.Assign) statement;
                if (a.value instanceof ExprNode.Call && a.targets.size() == 1 && a.targets.get(0) instanceof ExprNode.Name) {
                    value = a.value;
                }
            }
            if (value != null && value.lineno == 1 && value.endLineno == all.size() && value.colOffset == startOffset
                    && value.endColOffset == endOffset) {
                return false;
            }
        } catch (RuntimeException ignored) {
            // A SyntaxError while re-parsing the statement only skips this check.
        }
        if (anchors != null) {
            return true;
        }
        String first = all.get(0);
        String last = all.get(all.size() - 1);
        return !lstrip(first.substring(0, Math.min(startOffset, first.length()))).isEmpty()
                || !rstrip(endOffset <= last.length() ? last.substring(endOffset) : "").isEmpty();
    }

    // ---- text helpers (textwrap, str.strip) --------------------------------------------------

    static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    static String rstrip(String s) {
        int e = s.length();
        while (e > 0 && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    static String lstrip(String s) {
        int b = 0;
        while (b < s.length() && isSpace(s.charAt(b))) {
            b++;
        }
        return s.substring(b);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /** {@code textwrap.dedent} over lines: removes the common leading spaces/tabs of non-blank lines. */
    static List<String> dedent(List<String> in) {
        String margin = null;
        for (String s : in) {
            if (s.trim().isEmpty()) {
                continue;
            }
            int i = 0;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            String indent = s.substring(0, i);
            if (margin == null) {
                margin = indent;
            } else if (indent.startsWith(margin)) {
                // keep margin
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int k = 0;
                while (k < margin.length() && k < indent.length() && margin.charAt(k) == indent.charAt(k)) {
                    k++;
                }
                margin = margin.substring(0, k);
            }
        }
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            if (s.trim().isEmpty()) {
                out.add("");
            } else {
                out.add(margin != null && s.startsWith(margin) ? s.substring(margin.length()) : s);
            }
        }
        return out;
    }

    /** The character index of UTF-8 byte offset {@code bytes} in {@code s}. */
    static int byteToChar(String s, int bytes) {
        int b = 0;
        int i = 0;
        while (i < s.length() && b < bytes) {
            int cp = s.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i + Math.max(0, bytes - b);
    }

    /** {@code traceback._display_width}: East Asian wide and full-width characters count 2. */
    static int displayWidth(String line, int offset) {
        boolean ascii = true;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return offset;
        }
        int n = Math.min(offset, line.length());
        int w = 0;
        for (int i = 0; i < n; ) {
            int cp = line.codePointAt(i);
            w += EastAsianWidth.isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
