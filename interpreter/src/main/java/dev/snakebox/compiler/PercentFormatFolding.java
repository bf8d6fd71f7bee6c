package dev.snakebox.compiler;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code "..." % (a, b)} with only {@code %s}, {@code %r} and {@code %a} units becomes an
 * f-string; CPython's {@code optimize_format}, {@code parse_literal},
 * {@code simple_format_arg_parse} and {@code parse_format} ({@code Python/ast_opt.c}).
 * Anything else (other conversions, too many or too few items) is left as it is.
 */
final class PercentFormatFolding {
    private PercentFormatFolding() {}

    /** {@code MAXDIGITS}: width and precision have at most two digits here. */
    private static final int MAXDIGITS = 3;

    private static final int F_LJUST = 1;

    static ExprNode optimize(ExprNode.BinOp node, String fmt, List<ExprNode> elts) {
        int[] pos = {0};
        int cnt = 0;
        List<ExprNode> seq = new ArrayList<>();
        while (true) {
            ExprNode lit = parseLiteral(fmt, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return node; // more format units than items
            }
            pos[0]++; // the '%'
            ExprNode expr = parseFormat(fmt, pos, elts.get(cnt));
            cnt++;
            if (expr == null) {
                return node; // unsupported format
            }
            seq.add(expr);
        }
        if (cnt < elts.size()) {
            return node; // more items than format units
        }
        ExprNode.JoinedStr res = new ExprNode.JoinedStr(seq);
        res.copyPosition(node);
        return res;
    }

    /** A run of text up to the next lone '%', with "%%" read as '%'; no position, like CPython's. */
    private static ExprNode parseLiteral(String fmt, int[] ppos) {
        int size = fmt.length();
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < size) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < size && fmt.charAt(pos + 1) == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = fmt.substring(start, pos);
        if (hasPercents) {
            str = str.replace("%%", "%");
        }
        return new ExprNode.Constant(PyStr.of(str), null, -1, -1, -1, -1);
    }

    /** {@code simple_format_arg_parse}: flags, width, precision, conversion; null if unsupported. */
    private static int[] parseArg(String fmt, int[] ppos) {
        int pos = ppos[0];
        int len = fmt.length();
        int flags = 0;
        int width = -1;
        int prec = -1;
        char ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            if (ch == '-') {
                flags |= F_LJUST;
            } else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                flags |= 2; // recorded by CPython, unused for %s %r %a
            } else {
                break;
            }
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= len) {
                        return null;
                    }
                    ch = fmt.charAt(pos++);
                    if (++digits >= MAXDIGITS) {
                        return null;
                    }
                }
            }
        }
        ppos[0] = pos;
        return new int[] {ch, flags, width, prec};
    }

    /** {@code parse_format}: one {@code %s}/{@code %r}/{@code %a} unit as a formatted value. */
    private static ExprNode parseFormat(String fmt, int[] ppos, ExprNode arg) {
        int[] p = parseArg(fmt, ppos);
        if (p == null) {
            return null;
        }
        int spec = p[0];
        int flags = p[1];
        int width = p[2];
        int prec = p[3];
        if (spec != 's' && spec != 'r' && spec != 'a') {
            return null;
        }
        StringBuilder buf = new StringBuilder();
        if ((flags & F_LJUST) == 0 && width > 0) {
            buf.append('>');
        }
        if (width >= 0) {
            buf.append(width);
        }
        if (prec >= 0) {
            buf.append('.').append(prec);
        }
        ExprNode formatSpec = null;
        if (buf.length() > 0) {
            formatSpec = new ExprNode.Constant(PyStr.of(buf.toString()), null, -1, -1, -1, -1);
        }
        ExprNode.FormattedValue v = new ExprNode.FormattedValue(arg, spec, formatSpec);
        v.copyPosition(arg);
        return v;
    }
}
