package dev.snakebox.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's data files: large texts a program needs only now and then (the built-ins'
 * docstrings, the Unicode character names, pydoc's topics), kept out of the engine so that a
 * program that never asks for them pays nothing and the browser's download does not carry them.
 *
 * <p>On the JVM a file is a resource of the jar beside this class ({@code dev/snakebox/data/NAME});
 * the browser build sets a {@link Fetcher} that fetches {@code data/NAME} beside the engine (a
 * synchronous request from the worker: the run is waiting for the text). Each file is read at most
 * once per engine; a file that cannot be had reads as null, and every user of one says what it
 * does then.
 */
public final class DataFiles {
    private DataFiles() {}

    /** Where the text of a data file comes from; returns null when it cannot be had. */
    public interface Fetcher {
        String load(String name);
    }

    private static Fetcher fetcher;

    /** name -> text, or -> MISSING once a read failed (not asked again). */
    private static final Map<String, String> read = new HashMap<>();

    /** Marks a file that could not be read (a distinct instance, compared by identity). */
    private static final String MISSING = new String("missing");

    /** Replaces where data files come from (the browser build: a fetch); they are read again on next use. */
    public static synchronized void setFetcher(Fetcher f) {
        fetcher = f;
        read.clear();
    }

    /** The text of the data file {@code name}, or null when it cannot be had. */
    public static synchronized String read(String name) {
        String text = read.get(name);
        if (text == null) {
            text = fetcher != null ? fetcher.load(name) : fromJar(name);
            read.put(name, text == null ? MISSING : text);
        }
        return text == MISSING ? null : text;
    }

    /** The file as a resource beside this class (the JVM's jar or classes folder), or null. */
    private static String fromJar(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
