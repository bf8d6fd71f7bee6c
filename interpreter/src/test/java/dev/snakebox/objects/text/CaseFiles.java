package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the oracle-generated case files written by gen_str_cases.py next to this package. */
final class CaseFiles {
    private CaseFiles() {
    }

    /** An expected exception: its type's name and its message. */
    record Raised(String type, String message) {
    }

    /** The tab-separated fields of every line of a case file. */
    static List<String[]> read(String name) {
        InputStream in = CaseFiles.class.getResourceAsStream(name);
        assertNotNull(in, "missing case file " + name + " (run gen_str_cases.py)");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Undoes gen_str_cases.py's escaping (\xhh, \\uhhhh, \Uhhhhhhhh). */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char kind = text.charAt(++i);
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
            int cp = Integer.parseInt(text.substring(i + 1, i + 1 + digits), 16);
            UnicodeCtype.appendCodePoint(out, cp);
            i += digits;
        }
        return out.toString();
    }

    /**
     * A field as a Java value: String, Long, null (None), Boolean, List of String, byte[],
     * Map of Long to Object (None as null, ints as Long, strs as String), or {@link Raised}.
     */
    static Object decode(String field) {
        if (field.equals("N")) {
            return null;
        }
        if (field.equals("T")) {
            return Boolean.TRUE;
        }
        if (field.equals("F")) {
            return Boolean.FALSE;
        }
        if (field.startsWith("s:")) {
            return unescape(field.substring(2));
        }
        if (field.startsWith("i:")) {
            return new java.math.BigInteger(field.substring(2));
        }
        if (field.startsWith("y:")) {
            String hex = field.substring(2);
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return bytes;
        }
        if (field.startsWith("E:")) {
            int colon = field.indexOf(':', 2);
            return new Raised(field.substring(2, colon), unescape(field.substring(colon + 1)));
        }
        if (field.startsWith("d:")) {
            Map<Long, Object> map = new LinkedHashMap<>();
            String body = field.substring(2);
            if (!body.isEmpty()) {
                for (String item : body.split(",", -1)) {
                    int eq = item.indexOf('=');
                    long key = Long.parseLong(item.substring(0, eq));
                    String v = item.substring(eq + 1);
                    Object value = v.equals("N") ? null
                            : v.startsWith("i") ? (Object) Long.parseLong(v.substring(1))
                            : unescape(v.substring(1));
                    map.put(key, value);
                }
            }
            return map;
        }
        if (field.startsWith("l")) {
            int colon = field.indexOf(':');
            int n = Integer.parseInt(field.substring(1, colon));
            List<String> items = new ArrayList<>();
            if (n > 0) {
                for (String item : field.substring(colon + 1).split(",", -1)) {
                    items.add(unescape(item));
                }
            }
            if (items.size() != n) {
                throw new IllegalArgumentException("bad list field " + field);
            }
            return items;
        }
        throw new IllegalArgumentException("unknown field " + field);
    }
}
