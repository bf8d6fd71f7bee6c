package dev.snakebox.modules;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code re.match(pattern, string)} for the patterns of warning filters, until there is an
 * {@code re} module: the part of Python's regular expression syntax such patterns use
 * (literals and escapes, {@code .}, classes with ranges and {@code \d \w \s}, {@code ^ $ \A \Z},
 * groups, {@code |}, greedy and lazy {@code * + ? {m,n}}), matched by backtracking at the start
 * of the text ({@code Modules/_sre} semantics for that subset). Our own small matcher rather
 * than {@code java.util.regex}, which would weigh on the browser build. A construct outside the
 * subset (look-around, back-references, flags) is an {@link IllegalArgumentException}.
 */
final class RegexMatch {
    private static final int CHAR = 0;
    private static final int ANY = 1;
    private static final int CLASS = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int END_Z = 5;
    private static final int GROUP = 6;
    private static final int REPEAT = 7;

    /** One element of a compiled pattern. */
    private static final class Node {
        final int kind;
        int cp;
        /** CLASS: pairs of inclusive ranges; negative bounds stand for {@code \d \w \s} and their negations. */
        List<int[]> ranges;
        boolean negated;
        /** GROUP: its alternatives, each a sequence. */
        List<List<Node>> alternatives;
        /** REPEAT: the repeated node and its bounds. */
        Node body;
        int min;
        int max;
        boolean greedy;

        Node(int kind) {
            this.kind = kind;
        }
    }

    /** What comes after a node has matched: the rest of the pattern from {@code pos}. */
    private interface Rest {
        boolean from(int pos);
    }

    private final String pattern;
    private int at;
    private final String text;
    private final boolean ignoreCase;

    private RegexMatch(String pattern, String text, boolean ignoreCase) {
        this.pattern = pattern;
        this.text = text;
        this.ignoreCase = ignoreCase;
    }

    /** Whether {@code pattern} matches a prefix of {@code text}; {@code ignoreCase} is {@code re.IGNORECASE}. */
    static boolean matchesAtStart(String pattern, String text, boolean ignoreCase) {
        RegexMatch m = new RegexMatch(pattern, text, ignoreCase);
        List<List<Node>> alts = m.alternatives();
        if (m.at < pattern.length()) {
            throw new IllegalArgumentException("unbalanced parenthesis at position " + m.at);
        }
        Node top = new Node(GROUP);
        top.alternatives = alts;
        return m.match(top, 0, p -> true);
    }

    // ---- parsing ---------------------------------------------------------------------------------

    private List<List<Node>> alternatives() {
        List<List<Node>> alts = new ArrayList<>();
        alts.add(sequence());
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            alts.add(sequence());
        }
        return alts;
    }

    private List<Node> sequence() {
        List<Node> seq = new ArrayList<>();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            seq.add(quantified(atom()));
        }
        return seq;
    }

    private Node quantified(Node atom) {
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?') {
                at++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Integer.MAX_VALUE;
            } else if (c == '{' && braces()) {
                int close = pattern.indexOf('}', at);
                String inside = pattern.substring(at + 1, close);
                at = close + 1;
                int comma = inside.indexOf(',');
                if (comma < 0) {
                    min = max = Integer.parseInt(inside);
                } else {
                    min = comma == 0 ? 0 : Integer.parseInt(inside.substring(0, comma));
                    max = comma == inside.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(inside.substring(comma + 1));
                }
            } else {
                return atom;
            }
            if (atom.kind == START || atom.kind == END || atom.kind == END_Z || atom.kind == REPEAT) {
                throw new IllegalArgumentException("nothing to repeat at position " + (at - 1));
            }
            Node r = new Node(REPEAT);
            r.body = atom;
            r.min = min;
            r.max = max;
            r.greedy = true;
            if (at < pattern.length() && pattern.charAt(at) == '?') {
                at++;
                r.greedy = false;
            }
            atom = r;
        }
        return atom;
    }

    /** Whether the {@code {} at {@link #at} starts a repeat count ({@code {3}}, {@code {2,}}, {@code {,4}}, {@code {1,5}}). */
    private boolean braces() {
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            return false;
        }
        String inside = pattern.substring(at + 1, close);
        int comma = inside.indexOf(',');
        String a = comma < 0 ? inside : inside.substring(0, comma);
        String b = comma < 0 ? "" : inside.substring(comma + 1);
        return digits(a) && digits(b) && (comma >= 0 || !a.isEmpty()) && inside.indexOf(',', comma + 1) < 0;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return s.length() < 9;
    }

    private Node atom() {
        int cp = pattern.codePointAt(at);
        at += Character.charCount(cp);
        switch (cp) {
            case '(': {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (pattern.startsWith("?P<", at)) {
                    int close = pattern.indexOf('>', at);
                    if (close < 0) {
                        throw new IllegalArgumentException("missing >, unterminated name");
                    }
                    at = close + 1;
                } else if (pattern.startsWith("?", at)) {
                    throw new IllegalArgumentException("(? groups other than (?: and (?P< are not supported in warning filters");
                }
                Node g = new Node(GROUP);
                g.alternatives = alternatives();
                if (at >= pattern.length() || pattern.charAt(at) != ')') {
                    throw new IllegalArgumentException("missing ), unterminated subpattern");
                }
                at++;
                return g;
            }
            case '[':
                return charClass();
            case '.':
                return new Node(ANY);
            case '^':
                return new Node(START);
            case '$':
                return new Node(END);
            case '\\':
                return escape(false);
            case '*':
            case '+':
            case '?':
                throw new IllegalArgumentException("nothing to repeat at position " + (at - 1));
            default:
                return literal(cp);
        }
    }

    private static Node literal(int cp) {
        Node n = new Node(CHAR);
        n.cp = cp;
        return n;
    }

    /** After a backslash: a class shorthand, an anchor or a literal character. */
    private Node escape(boolean inClass) {
        if (at >= pattern.length()) {
            throw new IllegalArgumentException("bad escape (end of pattern)");
        }
        char c = pattern.charAt(at++);
        int shorthand = "dDwWsS".indexOf(c);
        if (shorthand >= 0) {
            Node n = new Node(CLASS);
            n.ranges = new ArrayList<>();
            n.ranges.add(new int[] {-1 - shorthand / 2, -1 - shorthand / 2});
            n.negated = shorthand % 2 == 1;
            return n;
        }
        switch (c) {
            case 'A':
                return new Node(START);
            case 'Z':
                return new Node(END_Z);
            case 'n':
                return literal('\n');
            case 't':
                return literal('\t');
            case 'r':
                return literal('\r');
            case 'f':
                return literal('\f');
            case 'v':
                return literal(0x0b);
            case 'a':
                return literal(7);
            case 'x':
                return literal(hex(2));
            case 'u':
                return literal(hex(4));
            case 'U':
                return literal(hex(8));
            case 'b':
                if (inClass) {
                    return literal('\b');
                }
                break;
            default:
                if (c == '0') {
                    return literal(0);
                }
                if (!Character.isLetterOrDigit(c)) {
                    return literal(c);
                }
        }
        throw new IllegalArgumentException("bad escape \\" + c + " (not supported in warning filters)");
    }

    private int hex(int digits) {
        if (at + digits > pattern.length()) {
            throw new IllegalArgumentException("incomplete escape");
        }
        int v = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(pattern.charAt(at++), 16);
            if (d < 0) {
                throw new IllegalArgumentException("incomplete escape");
            }
            v = v * 16 + d;
        }
        return v;
    }

    private Node charClass() {
        Node n = new Node(CLASS);
        n.ranges = new ArrayList<>();
        if (at < pattern.length() && pattern.charAt(at) == '^') {
            n.negated = true;
            at++;
        }
        boolean first = true;
        while (true) {
            if (at >= pattern.length()) {
                throw new IllegalArgumentException("unterminated character set");
            }
            int cp = pattern.codePointAt(at);
            if (cp == ']' && !first) {
                at++;
                return n;
            }
            first = false;
            at += Character.charCount(cp);
            int lo;
            if (cp == '\\') {
                Node e = escape(true);
                if (e.kind == CLASS) {
                    if (e.negated) {
                        throw new IllegalArgumentException("negated shorthands inside [] are not supported in warning filters");
                    }
                    n.ranges.addAll(e.ranges);
                    continue;
                }
                lo = e.cp;
            } else {
                lo = cp;
            }
            int hi = lo;
            if (at + 1 < pattern.length() && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                at++;
                int h = pattern.codePointAt(at);
                at += Character.charCount(h);
                hi = h == '\\' ? escape(true).cp : h;
                if (hi < lo) {
                    throw new IllegalArgumentException("bad character range");
                }
            }
            n.ranges.add(new int[] {lo, hi});
        }
    }

    // ---- matching --------------------------------------------------------------------------------

    private boolean match(Node n, int pos, Rest rest) {
        switch (n.kind) {
            case START:
                return pos == 0 && rest.from(pos);
            case END:
                return (pos == text.length() || pos == text.length() - 1 && text.charAt(pos) == '\n') && rest.from(pos);
            case END_Z:
                return pos == text.length() && rest.from(pos);
            case GROUP:
                for (List<Node> alt : n.alternatives) {
                    if (sequence(alt, 0, pos, rest)) {
                        return true;
                    }
                }
                return false;
            case REPEAT:
                return repeat(n, 0, pos, rest);
            default: {
                if (pos >= text.length()) {
                    return false;
                }
                int cp = text.codePointAt(pos);
                return single(n, cp) && rest.from(pos + Character.charCount(cp));
            }
        }
    }

    private boolean sequence(List<Node> seq, int i, int pos, Rest rest) {
        if (i == seq.size()) {
            return rest.from(pos);
        }
        return match(seq.get(i), pos, p -> sequence(seq, i + 1, p, rest));
    }

    /** A repeat that has matched {@code count} times: more (greedy first) or the rest; an empty match ends it. */
    private boolean repeat(Node r, int count, int pos, Rest rest) {
        if (r.greedy) {
            if (count < r.max && match(r.body, pos, p -> (p != pos || count < r.min) && repeat(r, count + 1, p, rest))) {
                return true;
            }
            return count >= r.min && rest.from(pos);
        }
        if (count >= r.min && rest.from(pos)) {
            return true;
        }
        return count < r.max && match(r.body, pos, p -> (p != pos || count < r.min) && repeat(r, count + 1, p, rest));
    }

    private boolean single(Node n, int cp) {
        switch (n.kind) {
            case CHAR:
                return cp == n.cp || ignoreCase && fold(cp) == fold(n.cp);
            case ANY:
                return cp != '\n';
            default:
                boolean in = inClass(n, cp) || ignoreCase && (inClass(n, Character.toLowerCase(cp)) || inClass(n, Character.toUpperCase(cp)));
                return in != n.negated;
        }
    }

    private static boolean inClass(Node n, int cp) {
        for (int[] r : n.ranges) {
            if (r[0] == -1 ? Character.isDigit(cp)
                    : r[0] == -2 ? Character.isLetterOrDigit(cp) || cp == '_'
                    : r[0] == -3 ? isSpace(cp)
                    : cp >= r[0] && cp <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }
}
