package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ArgBinder}: the TypeErrors of calls to Python functions, in CPython 3.13's words. */
class ArgBinderTest {
    /** The message of the TypeError the call raises (the last line the uncaught error prints). */
    private static String call(String def, String call) {
        Runs r = Runs.run(def + "\n" + call + "\n");
        String[] lines = r.err.split("\n");
        String last = lines[lines.length - 1];
        return last.startsWith("TypeError: ") ? last.substring("TypeError: ".length()) : r.err;
    }

    @Test
    void positionalCounts() {
        assertEquals("f() missing 1 required positional argument: 'b'", call("def f(a, b): pass", "f(1)"));
        assertEquals("f() missing 2 required positional arguments: 'a' and 'b'", call("def f(a, b): pass", "f()"));
        assertEquals("f() missing 3 required positional arguments: 'a', 'b', and 'c'", call("def f(a, b, c): pass", "f()"));
        assertEquals("f() takes 2 positional arguments but 3 were given", call("def f(a, b): pass", "f(1, 2, 3)"));
        assertEquals("f() takes from 1 to 2 positional arguments but 3 were given", call("def f(a, b=1): pass", "f(1, 2, 3)"));
        assertEquals("f() takes 0 positional arguments but 1 was given", call("def f(): pass", "f(1)"));
        assertEquals("f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
                call("def f(a, *, k): pass", "f(1, 2, k=3)"));
    }

    @Test
    void keywords() {
        assertEquals("f() got an unexpected keyword argument 'c'", call("def f(a, b): pass", "f(1, c=2)"));
        assertEquals("f() got multiple values for argument 'a'", call("def f(a, b): pass", "f(1, a=2)"));
        assertEquals("f() missing 1 required keyword-only argument: 'k'", call("def f(*, k): pass", "f()"));
        assertEquals("f() got some positional-only arguments passed as keyword arguments: 'a'",
                call("def f(a, /, b): pass", "f(a=1, b=2)"));
        assertEquals("A.m() missing 1 required positional argument: 'x'", call("class A:\n    def m(self, x): pass", "A().m()"));
    }

    @Test
    void binds() {
        Runs r = Runs.run("def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\n"
                + "print(f(1, c=3))\nprint(f(1, 5, 6, 7, c=3, e=8))\nprint(f(*[1, 2], **{'c': 0, 'z': 1}))\n");
        assertEquals("(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 3, 4, {'e': 8})\n(1, 2, (), 0, 4, {'z': 1})\n", r.out);
    }
}
