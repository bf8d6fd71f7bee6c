package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PyGenerator}: states, resumption in the loop and from Java, exception state, close and throw. */
class PyGeneratorTest {
    @Test
    void statesAsTheFlagsShowThem() {
        Runs r = Runs.run("def g():\n    print(me.gi_running, me.gi_suspended)\n    yield 1\n"
                + "me = g()\nprint(me.gi_running, me.gi_suspended, me.gi_frame is None)\nnext(me)\n"
                + "print(me.gi_running, me.gi_suspended)\nprint(list(me), me.gi_frame, me.gi_suspended)\n");
        assertEquals("False False False\nTrue False\nFalse True\n[] None False\n", r.out);
    }

    @Test
    void deepYieldFromChainNeedsNoJavaStack() throws InterruptedException {
        // 900 generators delegating to each other are resumed inline by SEND, not by Java recursion
        Runs r = Runs.runOnSmallStack("def chain(n):\n    if n == 0:\n        yield 'leaf'\n        return 'done'\n"
                + "    return (yield from chain(n - 1))\n"
                + "g = chain(900)\nprint(next(g))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print(e.value)\n",
                256 * 1024);
        assertEquals("leaf\ndone\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void nestedForLoopsOverGeneratorsAreInline() throws InterruptedException {
        Runs r = Runs.runOnSmallStack("def nest(n):\n    if n == 0:\n        yield 0\n        return\n"
                + "    for x in nest(n - 1):\n        yield x + 1\n"
                + "print(list(nest(800)))\n", 256 * 1024);
        assertEquals("[800]\n", r.out);
    }

    @Test
    void returnValueReachesNextAndYieldFrom() {
        Runs r = Runs.run("def g():\n    yield 1\n    return 'v'\nit = g()\nnext(it)\n"
                + "try:\n    next(it)\nexcept StopIteration as e:\n    print(repr(e.value))\n"
                + "def h():\n    x = yield from g()\n    yield x\nprint(list(h()))\n");
        assertEquals("'v'\n[1, 'v']\n", r.out);
    }

    @Test
    void alreadyExecutingAndJustStarted() {
        Runs r = Runs.run("def g():\n    yield next(me)\nme = g()\n"
                + "try:\n    next(me)\nexcept ValueError as e:\n    print(e)\n"
                + "def h():\n    yield\ntry:\n    h().send(1)\nexcept TypeError as e:\n    print(e)\n");
        assertEquals("generator already executing\ncan't send non-None value to a just-started generator\n", r.out);
    }

    @Test
    void ownHandledExceptionIsHiddenFromTheCaller() {
        Runs r = Runs.run("def g():\n    try:\n        raise KeyError('k')\n    except KeyError:\n        yield 1\n        raise\n"
                + "it = g()\nnext(it)\ntry:\n    raise\nexcept RuntimeError as e:\n    print(e)\n"
                + "try:\n    next(it)\nexcept KeyError as e:\n    print(repr(e))\n");
        assertEquals("No active exception to reraise\nKeyError('k')\n", r.out);
    }

    @Test
    void closeRunsFinallyAndReturnsTheValue() {
        Runs r = Runs.run("def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        return 'closed'\n"
                + "it = g()\nnext(it)\nprint(it.close(), it.close())\n"
                + "def s():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            pass\n"
                + "x = s()\nnext(x)\ntry:\n    x.close()\nexcept RuntimeError as e:\n    print(e)\n");
        assertEquals("closed None\ngenerator ignored GeneratorExit\n", r.out);
    }

    @Test
    void stopIterationInsideBecomesRuntimeError() {
        Runs r = Runs.run("def g():\n    yield 1\n    raise StopIteration\n"
                + "try:\n    list(g())\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)\n");
        assertEquals("generator raised StopIteration StopIteration\n", r.out);
    }

    @Test
    void tracebackShowsTheGeneratorFrame() {
        Runs r = Runs.run("def g():\n    yield 1 // 0\nfor x in g():\n    pass\n");
        assertTrue(r.err.contains("line 3, in <module>") && r.err.contains("line 2, in g"), r.err);
        assertEquals(1, r.status);
    }
}
