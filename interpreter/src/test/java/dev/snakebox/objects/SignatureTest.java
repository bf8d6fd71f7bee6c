package dev.snakebox.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Signature}: binding, defaults, and the TypeError texts of CPython 3.13's argument parsers. */
class SignatureTest {
    private static PyObject[] args(Object... xs) {
        PyObject[] a = new PyObject[xs.length];
        for (int i = 0; i < xs.length; i++) {
            a[i] = xs[i] instanceof Integer ? PyInt.of((Integer) xs[i]) : PyStr.of((String) xs[i]);
        }
        return a;
    }

    private static String error(Signature sig, PyObject[] a, int nargs, String... kw) {
        PyTuple kwnames = null;
        if (kw.length > 0) {
            PyObject[] names = new PyObject[kw.length];
            for (int i = 0; i < kw.length; i++) {
                names[i] = PyStr.of(kw[i]);
            }
            kwnames = PyTuple.of(names);
        }
        PyTuple k = kwnames;
        PyException e = assertThrows(PyException.class, () -> sig.bind(a, 0, nargs, k));
        return e.value.args.get(0).str();
    }

    @Test
    void methOAndNoargsMessages() {
        Signature len = Signature.parse("len(obj, /)");
        assertEquals("len() takes exactly one argument (0 given)", error(len, args(), 0));
        assertEquals("len() takes no keyword arguments", error(len, args(1), 0, "obj"));
        Signature append = Signature.parse("append(object, /)").owner("list");
        assertEquals("list.append() takes exactly one argument (2 given)", error(append, args(1, 2), 2));
        Signature clear = Signature.parse("clear()").owner("list");
        assertEquals("list.clear() takes no arguments (1 given)", error(clear, args(1), 1));
    }

    @Test
    void positionalOnlyMessages() {
        Signature getattr = Signature.parse("getattr(object, name, default=?, /)");
        assertEquals("getattr expected at least 2 arguments, got 1", error(getattr, args(1), 1));
        assertEquals("getattr expected at most 3 arguments, got 4", error(getattr, args(1, 2, 3, 4), 4));
        Signature divmod = Signature.parse("divmod(x, y, /)");
        assertEquals("divmod expected 2 arguments, got 1", error(divmod, args(1), 1));
        assertEquals("divmod() takes no keyword arguments", error(divmod, args(1, 2), 1, "y"));
    }

    @Test
    void keywordParserMessages() {
        Signature sum = Signature.parse("sum(iterable, /, start=0)");
        assertEquals("sum() takes at least 1 positional argument (0 given)", error(sum, args(), 0));
        assertEquals("sum() takes at most 2 arguments (3 given)", error(sum, args(1, 2, 3), 3));
        Signature pow = Signature.parse("pow(base, exp, mod=None)");
        assertEquals("pow() missing required argument 'exp' (pos 2)", error(pow, args(1), 1));
        assertEquals("pow() missing required argument 'exp' (pos 2)", error(pow, args(1, 2), 1, "base"));
        assertEquals("argument for pow() given by name ('base') and position (1)", error(pow, args(1, 2, 3), 2, "base"));
        Signature print = Signature.parse("print(*args, sep=None, end=None, file=None, flush=False)");
        assertEquals("print() got an unexpected keyword argument 'sep2'. Did you mean 'sep'?", error(print, args(1), 0, "sep2"));
        Signature sort = Signature.parse("sort(*, key=None, reverse=False)");
        assertEquals("sort() takes no positional arguments", error(sort, args(1), 1));
        assertEquals("sort() takes at most 2 keyword arguments (3 given)", error(sort, args(1, 2, 3), 0, "a", "b", "c"));
    }

    @Test
    void bindsDefaultsVarargsAndKeywords() {
        Signature print = Signature.parse("print(*args, sep=None, end=None, file=None, flush=False)");
        PyObject[] b = print.bind(args(1, 2, "-"), 0, 2, PyTuple.of(PyStr.of("sep")));
        assertEquals("(1, 2)", b[0].repr());
        assertEquals("'-'", b[1].repr());
        assertEquals("None", b[2].repr());
        assertEquals("False", b[4].repr());
        Signature get = Signature.parse("get(key, default=?, /)");
        assertNull(get.bind(args("k"), 0, 1, null)[1]);
        Signature kw = Signature.parse("f(a, **kw)");
        PyObject[] k = kw.bind(args(1, 2), 0, 1, PyTuple.of(PyStr.of("zz")));
        assertEquals("{'zz': 2}", k[1].repr());
    }

    @Test
    void tupleArgsParsersCountPositionalsLikeCheckPositional() {
        Signature s = Signature.parse("int(x=?, /, base=?)").tupleArgs();
        assertEquals("int expected at most 2 arguments, got 3", error(s, args(1, 2, 3), 3));
        assertEquals("int() got an unexpected keyword argument 'x'", error(s, args(1), 0, "x"));
    }
}
