package dev.snakebox.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryFileSystemTest {
    private final MemoryFileSystem fs = new MemoryFileSystem()
            .put("util.py", "A = 1\n")
            .put("/pkg/sub/mod.py", "B = 2\n");

    @Test
    void relativePathsAreTakenFromTheRoot() {
        assertEquals("A = 1\n", fs.readText("/util.py"));
        assertEquals("A = 1\n", fs.readText("util.py"));
        assertEquals("/util.py", fs.absolute("./util.py"));
        assertEquals("/", fs.absolute(""));
    }

    @Test
    void foldersExistWhenAFileLiesBelowThem() {
        assertTrue(fs.isDirectory("/"));
        assertTrue(fs.isDirectory("/pkg"));
        assertTrue(fs.isDirectory("/pkg/sub/"));
        assertFalse(fs.isDirectory("/pk"));
        assertFalse(fs.isDirectory("/util.py"));
        assertFalse(fs.isFile("/pkg"));
        assertTrue(fs.isFile("/pkg/sub/mod.py"));
    }

    @Test
    void dotsAndDoubleSlashesAreNormalised() {
        assertEquals("/pkg/mod.py", MemoryFileSystem.normalise("/pkg/sub/../mod.py"));
        assertEquals("/a/b", MemoryFileSystem.normalise("//a/./b/"));
        assertEquals("/", MemoryFileSystem.normalise("/.."));
        assertEquals("B = 2\n", fs.readText("/pkg//sub/./mod.py"));
        assertNull(fs.readText("/missing.py"));
    }
}
