package dev.snakebox.objects.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code str.split}, {@code rsplit}, {@code splitlines}, {@code partition} and {@code rpartition};
 * CPython's {@code Objects/stringlib/split.h} and {@code partition.h}.
 *
 * <p>{@code maxsplit} is the Py_ssize_t argument: negative means no limit. Whitespace is
 * {@code Py_UNICODE_ISSPACE} and line boundaries {@code Py_UNICODE_ISLINEBREAK}; both are BMP
 * characters, so scanning UTF-16 units never cuts a surrogate pair.
 */
public final class StrSplit {
    private StrSplit() {
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep} null splits at runs of whitespace. */
    public static List<String> split(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sep == null) {
            return splitWhitespace(s, max);
        }
        if (sep.isEmpty()) {
            throw StrErrors.emptySeparator();
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (max-- > 0) {
            int p = StrSearch.indexOf(s, sep, i, s.length());
            if (p < 0) {
                break;
            }
            out.add(s.substring(i, p));
            i = p + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}; {@code sep} null splits at runs of whitespace. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sep == null) {
            return rsplitWhitespace(s, max);
        }
        if (sep.isEmpty()) {
            throw StrErrors.emptySeparator();
        }
        List<String> out = new ArrayList<>();
        int j = s.length();
        while (max-- > 0) {
            int p = StrSearch.lastIndexOf(s, sep, 0, j);
            if (p < 0) {
                break;
            }
            out.add(s.substring(p + sep.length(), j));
            j = p;
        }
        out.add(s.substring(0, j));
        Collections.reverse(out);
        return out;
    }

    private static boolean isSpace(char c) {
        return UnicodeCtype.isSpace(c);
    }

    private static List<String> splitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i;
            i++;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(j, i));
        }
        if (i < n) {
            // the limit was reached: the rest, after its leading whitespace, is the last item
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                out.add(s.substring(i));
            }
        }
        return out;
    }

    private static List<String> rsplitWhitespace(String s, long max) {
        List<String> out = new ArrayList<>();
        int i = s.length() - 1;
        while (max-- > 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i;
            i--;
            while (i >= 0 && !isSpace(s.charAt(i))) {
                i--;
            }
            out.add(s.substring(i + 1, j + 1));
        }
        if (i >= 0) {
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                out.add(s.substring(0, i + 1));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** {@code s.splitlines(keepends)}: "\r\n" is one boundary; a final boundary ends the last line. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLinebreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    private static boolean isLinebreak(char c) {
        if (c < 128) {
            // \n \v \f \r and the separators 0x1c-0x1e
            return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E);
        }
        return UnicodeCtype.isLinebreak(c);
    }

    /** {@code s.partition(sep)}: before, sep, after; or s, '', '' when sep does not occur. */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw StrErrors.emptySeparator();
        }
        int p = StrSearch.indexOf(s, sep, 0, s.length());
        if (p < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, p), sep, s.substring(p + sep.length())};
    }

    /** {@code s.rpartition(sep)}: before, sep, after at the last occurrence; or '', '', s. */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw StrErrors.emptySeparator();
        }
        int p = StrSearch.lastIndexOf(s, sep, 0, s.length());
        if (p < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, p), sep, s.substring(p + sep.length())};
    }
}
