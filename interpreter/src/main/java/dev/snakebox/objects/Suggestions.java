package dev.snakebox.objects;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * "Did you mean: 'counter'?": the closest name by a weighted Levenshtein distance; CPython's
 * {@code Python/suggestions.c} ({@code _Py_CalculateSuggestions}), which works on UTF-8 bytes.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggestion for {@code name} among {@code candidates}, or null. */
    public static String compute(List<String> candidates, String name) {
        if (candidates.size() > MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] wrong = name.getBytes(StandardCharsets.UTF_8);
        if (wrong.length > MAX_STRING_SIZE) {
            return null;
        }
        String suggestion = null;
        long suggestionDistance = Long.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the characters should need changing.
            long maxDistance = (long) (wrong.length + b.length + 3) * MOVE_COST / 6;
            // Don't take matches already beaten.
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            long d = distance(wrong, b, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    private static long distance(byte[] a0, byte[] b0, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        // Trim common prefix and suffix.
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long dist = (long) bi * MOVE_COST;
            result = dist;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                long substitute = dist + substitutionCost(code, a[aStart + i]);
                dist = buffer[i];
                long insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
