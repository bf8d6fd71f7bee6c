package dev.snakebox.modules;

/**
 * The files a run can see: where imports look for modules. CPython reads the real file system
 * ({@code FileFinder} in {@code Lib/importlib/_bootstrap_external.py}); the browser has none, so
 * the page hands the run a set of files ({@link MemoryFileSystem}), and the JVM command line
 * reads the real one. Paths use '/' separators.
 */
public interface FileSystem {
    /** The text of the file at {@code path} (UTF-8), or null when there is no such regular file. */
    String readText(String path);

    boolean isFile(String path);

    /**
     * Replaces (or creates) the file at {@code path} with {@code text} (UTF-8), for {@code open()}
     * in a writing mode; false when it cannot be written (no such folder, read-only).
     */
    default boolean writeText(String path, String text) {
        return false;
    }

    /**
     * The bytes of the file at {@code path}, for {@code open()} in binary mode; null when there is
     * no such regular file. By default the UTF-8 form of its text.
     */
    default byte[] readBytes(String path) {
        String text = readText(path);
        return text == null ? null : dev.snakebox.objects.text.StrEncode.encode(text, (String) null, "surrogateescape");
    }

    /**
     * Replaces (or creates) the file at {@code path} with {@code data}, for {@code open()} in a
     * binary writing mode; false when it cannot be written. By default stored as its UTF-8 text
     * (undecodable bytes as lone surrogates, which that text keeps).
     */
    default boolean writeBytes(String path, byte[] data) {
        return writeText(path, dev.snakebox.objects.text.StrDecode.decode(data, null, "surrogateescape"));
    }

    boolean isDirectory(String path);

    /**
     * The absolute form of {@code path} ({@code os.path.abspath}): a relative path, the empty
     * one included, is taken from the working directory.
     */
    String absolute(String path);

    /** {@code os.path.join} for two parts, as the finder joins a directory and a name. */
    static String join(String dir, String name) {
        if (dir.isEmpty() || dir.endsWith("/")) {
            return dir + name;
        }
        return dir + "/" + name;
    }
}
