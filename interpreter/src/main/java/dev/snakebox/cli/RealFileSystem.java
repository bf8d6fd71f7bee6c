package dev.snakebox.cli;

import dev.snakebox.modules.FileSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The machine's file system, for the JVM command line (the browser build never sees this class). */
public final class RealFileSystem implements FileSystem {
    @Override
    public String readText(String path) {
        Path p = path(path);
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean writeText(String path, String text) {
        Path p = path(path);
        if (p == null || Files.isDirectory(p)) {
            return false;
        }
        try {
            Files.write(p, text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public byte[] readBytes(String path) {
        Path p = path(path);
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean writeBytes(String path, byte[] data) {
        Path p = path(path);
        if (p == null || Files.isDirectory(p)) {
            return false;
        }
        try {
            Files.write(p, data);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isFile(String path) {
        Path p = path(path);
        return p != null && Files.isRegularFile(p);
    }

    @Override
    public boolean isDirectory(String path) {
        Path p = path(path);
        return p != null && Files.isDirectory(p);
    }

    @Override
    public String absolute(String path) {
        Path p = path(path.isEmpty() ? "." : path);
        return p == null ? path : p.toAbsolutePath().normalize().toString();
    }

    private static Path path(String path) {
        try {
            return Paths.get(path);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
