package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Interpreter}: the stackless loop (deep Python recursion on a small Java stack), the
 * recursion limit, the bound on Java code calling back into Python, output buffering, and the
 * inline caches staying right when classes and globals change.
 */
class InterpreterTest {
    @Test
    void pythonRecursionNeedsNoJavaStack() throws InterruptedException {
        Runs r = Runs.runOnSmallStack(
                "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(990))\n", 512 * 1024);
        assertEquals("990\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void recursionErrorAtTheLimitAsCPython() {
        Runs r = Runs.run("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals(1, r.status);
        assertTrue(r.err.endsWith("  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"),
                r.err);
    }

    @Test
    void javaReentryIsBounded() throws InterruptedException {
        // each level goes through Java (the slot calling __repr__): RecursionError, not a Java stack overflow
        Runs r = Runs.runOnSmallStack("class R:\n    def __repr__(self):\n        return repr(self)\nrepr(R())\n", 4 * 1024 * 1024);
        assertEquals(1, r.status);
        assertTrue(r.err.contains("RecursionError: maximum recursion depth exceeded"), r.err);
    }

    @Test
    void attributeCachesFollowClassChanges() {
        Runs r = Runs.run("class A:\n    def m(self):\n        return 1\n"
                + "def call(o):\n    return o.m()\n"
                + "a = A()\nprint(call(a))\n"
                + "A.m = lambda self: 2\nprint(call(a))\n"
                + "a.m = lambda: 3\nprint(call(a))\n"
                + "class B(A):\n    pass\nb = B()\nprint(call(b))\nA.m = lambda self: 4\nprint(call(b))\n");
        assertEquals("1\n2\n3\n2\n4\n", r.out);
    }

    @Test
    void globalCacheFollowsRebindingAndShadowing() {
        Runs r = Runs.run("def f():\n    return len('ab')\nprint(f())\nlen = lambda s: 'mine'\nprint(f())\n"
                + "del len\nprint(f())\n");
        assertEquals("2\nmine\n2\n", r.out);
    }

    @Test
    void slotsFollowDundersSetOnTheClass() {
        Runs r = Runs.run("class V:\n    pass\nv = V()\nV.__add__ = lambda self, o: 'added'\nprint(v + 1)\n"
                + "V.__len__ = lambda self: 3\nprint(len(v), bool(v))\ndel V.__add__\nprint(hasattr(v, '__add__'))\n");
        assertEquals("added\n3 True\nFalse\n", r.out);
    }

    @Test
    void standardOutputComesInLargePieces() {
        int[] pieces = new int[1];
        StringBuilder all = new StringBuilder();
        int status = dev.snakebox.Snakebox.run("i = 0\nwhile i < 1000:\n    print(i)\n    i += 1\n", "/t.py", new dev.snakebox.Console() {
            @Override
            public void stdout(String text) {
                pieces[0]++;
                all.append(text);
            }

            @Override
            public void stderr(String text) {
            }
        });
        assertEquals(0, status);
        assertTrue(pieces[0] <= 2, "stdout written in " + pieces[0] + " pieces");
        assertTrue(all.toString().endsWith("998\n999\n"));
    }
}
