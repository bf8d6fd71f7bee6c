package dev.snakebox.modules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file system held in memory: the files a page passes to a run ({@code {path: text}}), its
 * working directory the root. A folder exists when a file lies below it; paths not starting with
 * '/' are taken from the root, so {@code "util.py"} is {@code /util.py}.
 */
public final class MemoryFileSystem implements FileSystem {
    private final Map<String, String> files = new LinkedHashMap<>();

    /** Adds (or replaces) a file. */
    public MemoryFileSystem put(String path, String text) {
        files.put(normalise(path), text);
        return this;
    }

    @Override
    public String readText(String path) {
        return files.get(normalise(path));
    }

    @Override
    public boolean writeText(String path, String text) {
        if (isDirectory(path)) {
            return false;
        }
        put(path, text);
        return true;
    }

    @Override
    public boolean isFile(String path) {
        return files.containsKey(normalise(path));
    }

    @Override
    public boolean isDirectory(String path) {
        String p = normalise(path);
        if (p.equals("/")) {
            return true;
        }
        String prefix = p + "/";
        for (String f : files.keySet()) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String absolute(String path) {
        return normalise(path);
    }

    /** An absolute path without empty, "." or ".." segments and without a trailing '/'. */
    static String normalise(String path) {
        String[] parts = path.split("/");
        String[] kept = new String[parts.length];
        int n = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (n > 0) {
                    n--;
                }
                continue;
            }
            kept[n++] = part;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('/').append(kept[i]);
        }
        return n == 0 ? "/" : sb.toString();
    }
}
