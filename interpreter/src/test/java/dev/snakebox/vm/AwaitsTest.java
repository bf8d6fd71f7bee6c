package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Awaits} and {@link AsyncGenAwaitables}: await, async for, async with, driven by hand. */
class AwaitsTest {
    private static final String RUN = "def run(c):\n    try:\n        while True:\n            c.send(None)\n"
            + "    except StopIteration as e:\n        return e.value\n"
            + "class Tick:\n    def __await__(self):\n        yield\n";

    @Test
    void awaitChainsReturnValues() {
        Runs r = Runs.run(RUN + "async def a(x):\n    await Tick()\n    return x + 1\n"
                + "async def b():\n    return await a(await a(1))\nprint(run(b()))\n");
        assertEquals("3\n", r.out);
    }

    @Test
    void awaitErrors() {
        Runs r = Runs.run(RUN + "async def f(x):\n    await x\n"
                + "try:\n    run(f(1))\nexcept TypeError as e:\n    print(e)\n"
                + "class B:\n    def __await__(self):\n        return 1\n"
                + "try:\n    run(f(B()))\nexcept TypeError as e:\n    print(e)\n"
                + "async def g():\n    pass\nc = g()\nrun(c)\n"
                + "try:\n    c.send(None)\nexcept RuntimeError as e:\n    print(e)\n");
        assertEquals("object int can't be used in 'await' expression\n"
                + "__await__() returned non-iterator of type 'int'\ncannot reuse already awaited coroutine\n", r.out);
    }

    @Test
    void asyncForOverAnAsyncGenerator() {
        Runs r = Runs.run(RUN + "async def gen(n):\n    for i in range(n):\n        await Tick()\n        yield i\n"
                + "async def main():\n    return [x async for x in gen(3)]\nprint(run(main()))\n");
        assertEquals("[0, 1, 2]\n", r.out);
    }

    @Test
    void asyncWithProtocolErrors() {
        Runs r = Runs.run(RUN + "async def use(m):\n    async with m:\n        pass\n"
                + "try:\n    run(use(5))\nexcept TypeError as e:\n    print(e)\n");
        assertEquals("'int' object does not support the asynchronous context manager protocol\n", r.out);
    }

    @Test
    void acloseOfASuspendedAsyncGenerator() {
        Runs r = Runs.run(RUN + "async def gen():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\n"
                + "async def main():\n    g = gen()\n    print(await g.__anext__())\n    print(await g.aclose())\n"
                + "    try:\n        await g.__anext__()\n    except StopAsyncIteration:\n        print('stopped')\nrun(main())\n");
        assertEquals("1\ncleanup\nNone\nstopped\n", r.out);
    }
}
