package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splitting bytes: {@code split}, {@code rsplit}, {@code splitlines}, {@code partition},
 * {@code rpartition}; CPython's {@code stringlib/split.h} and {@code stringlib/partition.h}.
 * Whitespace is ASCII whitespace ({@code Py_ISSPACE}); lines end at \n, \r or \r\n.
 */
final class BytesSplit {
    private BytesSplit() {}

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code split(sep, maxsplit)} (or {@code rsplit} when {@code right}). */
    static List<byte[]> split(byte[] s, PyObject sepArg, long maxsplit, boolean right) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepArg == PyNone.NONE) {
            return right ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
        }
        byte[] sep = BytesData.require(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        List<byte[]> out = new ArrayList<>();
        if (!right) {
            int i = 0;
            int j = 0;
            while (maxsplit > 0 && (j = BytesSearch.find(s, sep, i, s.length, false)) >= 0) {
                out.add(Arrays.copyOfRange(s, i, j));
                i = j + sep.length;
                maxsplit--;
            }
            out.add(Arrays.copyOfRange(s, i, s.length));
        } else {
            int end = s.length;
            int j;
            while (maxsplit > 0 && (j = BytesSearch.find(s, sep, 0, end, true)) >= 0) {
                out.add(Arrays.copyOfRange(s, j + sep.length, end));
                end = j;
                maxsplit--;
            }
            out.add(Arrays.copyOfRange(s, 0, end));
            Collections.reverse(out);
        }
        return out;
    }

    private static List<byte[]> splitWhitespace(byte[] s, long maxsplit) {
        List<byte[]> out = new ArrayList<>();
        int n = s.length;
        int i = 0;
        while (true) {
            while (i < n && isSpace(s[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit-- <= 0) {
                out.add(Arrays.copyOfRange(s, i, n));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s[j])) {
                j++;
            }
            out.add(Arrays.copyOfRange(s, i, j));
            i = j;
        }
        return out;
    }

    private static List<byte[]> rsplitWhitespace(byte[] s, long maxsplit) {
        List<byte[]> out = new ArrayList<>();
        int i = s.length;
        while (true) {
            while (i > 0 && isSpace(s[i - 1])) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (maxsplit-- <= 0) {
                out.add(Arrays.copyOfRange(s, 0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(s[j - 1])) {
                j--;
            }
            out.add(Arrays.copyOfRange(s, j, i));
            i = j;
        }
        Collections.reverse(out);
        return out;
    }

    static List<byte[]> splitlines(byte[] s, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = s.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && s[j] != '\n' && s[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(Arrays.copyOfRange(s, i, eol));
            i = j;
        }
        return out;
    }

    /** {@code partition(sep)} / {@code rpartition(sep)}: three pieces. */
    static byte[][] partition(byte[] s, PyObject sepArg, boolean right) {
        byte[] sep = BytesData.require(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = BytesSearch.find(s, sep, 0, s.length, right);
        if (i < 0) {
            return right ? new byte[][] {new byte[0], new byte[0], s.clone()} : new byte[][] {s.clone(), new byte[0], new byte[0]};
        }
        return new byte[][] {Arrays.copyOfRange(s, 0, i), sep.clone(), Arrays.copyOfRange(s, i + sep.length, s.length)};
    }
}
