package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Unraisable}: what a generator's clean-up raises when a for loop drops it, printed as
 * CPython 3.13 prints it (compared with the oracle's output, the object's address aside).
 */
class UnraisableTest {
    private static String withoutAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+>", " at ADDR>");
    }

    @Test
    void aGeneratorThatYieldsAgainGetsTheDroppingFramesEntry() {
        Runs r = Runs.run("def stubborn():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n"
                + "for v in stubborn():\n    break\nprint('after')\n");
        assertEquals("after\n", r.out);
        assertEquals("Exception ignored in: <generator object stubborn at ADDR>\n"
                + "Traceback (most recent call last):\n"
                + "  File \"/t.py\", line 7, in <module>\n"
                + "    break\n"
                + "RuntimeError: generator ignored GeneratorExit\n", withoutAddresses(r.err));
        assertEquals(0, r.status);
    }

    @Test
    void aCleanUpErrorShowsItsOwnEntriesWithoutMarkersChainOrNotes() {
        Runs r = Runs.run("class MyErr(Exception):\n    pass\n"
                + "def raiser():\n    try:\n        yield 1\n    finally:\n"
                + "        e = MyErr('mine')\n        e.add_note('a note')\n        x = [1][0] + {}['k']\n"
                + "for v in raiser():\n    break\n"
                + "def other():\n    try:\n        yield 1\n    finally:\n        raise MyErr()\n"
                + "def f():\n    for v in other():\n        return 5\nprint(f())\n");
        assertEquals("5\n", r.out);
        assertEquals("Exception ignored in: <generator object raiser at ADDR>\n"
                + "Traceback (most recent call last):\n"
                + "  File \"/t.py\", line 9, in raiser\n"
                + "    x = [1][0] + {}['k']\n"
                + "KeyError: 'k'\n"
                + "Exception ignored in: <generator object other at ADDR>\n"
                + "Traceback (most recent call last):\n"
                + "  File \"/t.py\", line 16, in other\n"
                + "    raise MyErr()\n"
                + "MyErr: \n", withoutAddresses(r.err));
    }
}
