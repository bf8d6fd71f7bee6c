package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.builtins.Builtins;
import dev.snakebox.bytecode.PyCode;
import dev.snakebox.compiler.Compiler;
import dev.snakebox.lexer.Source;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyStr;
import dev.snakebox.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@link PyFrameObject}: made only when asked for, one per frame, and never looking at a frame
 * the pool has given to another call.
 */
class PyFrameObjectTest {
    private static CodeInfo functionCode() {
        Source src = new Source("/t.py", "def f(a):\n    return a\n");
        PyCode module = Compiler.compileModule(Parser.parseFile(src), src);
        for (Object c : module.consts) {
            if (c instanceof PyCode) {
                return CodeInfo.of((PyCode) c);
            }
        }
        throw new AssertionError("no function code");
    }

    @Test
    void oneObjectPerFrameAndItsFrameIsNotReused() {
        CodeInfo info = functionCode();
        PyDict g = new PyDict();
        Frame f = info.frame(g, g, null, null);
        assertNull(f.object);
        assertFalse(f.captured);
        PyFrameObject o = PyFrameObject.of(f);
        assertSame(o, PyFrameObject.of(f));
        assertTrue(f.captured);
        info.release(f);
        assertNotSame(f, info.frame(g, g, null, null));
    }

    @Test
    void framesWithoutObjectsAreStillReused() {
        CodeInfo info = functionCode();
        PyDict g = new PyDict();
        Frame f = info.frame(g, g, null, null);
        info.release(f);
        Frame again = info.frame(g, g, null, null);
        assertSame(f, again);
        assertNull(again.object);
    }

    @Test
    void aCapturedFrameFinishingKeepsItsCallerFromThePool() {
        CodeInfo info = functionCode();
        PyDict g = new PyDict();
        Frame caller = info.frame(g, g, null, null);
        Frame callee = info.frame(g, g, null, null);
        callee.back = caller;
        PyFrameObject.of(callee);
        info.release(callee);
        assertTrue(caller.captured);
        info.release(caller);
        assertNotSame(caller, info.frame(g, g, null, null));
    }

    @Test
    void callsMakeNoFrameObjects() {
        Source src = new Source("/t.py", "def f(n):\n    return n + 1\nfor i in range(1000):\n    f(i)\n");
        PyCode code = Compiler.compileModule(Parser.parseFile(src), src);
        Interpreter interp = new Interpreter(new Interpreter.Output() {
            @Override
            public void stdout(String s) {}

            @Override
            public void stderr(String s) {}
        });
        PyDict globals = new PyDict();
        globals.putStr(PyStr.intern("__name__"), PyStr.of("__main__"));
        assertEquals(Pause.FINISHED, interp.start(code, globals, Builtins.namespace()));
        PyFunction f = (PyFunction) globals.getStr(PyStr.intern("f"));
        CodeInfo info = CodeInfo.of(f.code);
        Frame pooled = info.frame(globals, globals, null, f);
        // a frame of a finished call (its return stored lasti), without an object, still pooled
        assertTrue(pooled.lasti > 0);
        assertNull(pooled.object);
        assertFalse(pooled.captured);
    }

    @Test
    void theCallerOfAKeyFunctionKeepsItsLocalsAfterLaterCalls() {
        // sorted() calls key() on a nested loop: when key()'s frame (which has an object) returns
        // to Java code, caller()'s frame must be kept out of the pool, or the calls after would
        // reuse it and overwrite 'mine'
        Runs r = Runs.run("import sys\nheld = []\ngrab = True\n"
                + "def key(v):\n    if grab:\n        held.append(sys._getframe())\n    return v\n"
                + "def caller(tag):\n    mine = tag\n    return sorted([2, 1], key=key)\n"
                + "caller('first')\ngrab = False\nfor i in range(20):\n    caller('later%d' % i)\n"
                + "print(held[0].f_back.f_locals['mine'], held[0].f_back.f_code.co_name, held[0].f_back.f_back.f_code.co_name)\n");
        assertEquals("first caller <module>\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void theCallerOfAGetterWhoseErrorJavaCodeSwallowedKeepsItsLocals() {
        // hasattr() swallows the AttributeError: the getter's frame left the nested loop by unwinding
        Runs r = Runs.run("import sys\nheld = []\ngrab = True\n"
                + "class C:\n    @property\n    def p(self):\n        if grab:\n            held.append(sys._getframe())\n"
                + "        raise AttributeError('p')\n"
                + "def caller(tag):\n    mine = tag\n    return hasattr(C(), 'p')\n"
                + "print(caller('first'))\ngrab = False\nfor i in range(20):\n    caller('later%d' % i)\n"
                + "print(held[0].f_back.f_locals['mine'], held[0].f_back.f_lineno)\n");
        assertEquals("False\nfirst 12\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void functionLocalsAreASnapshot() {
        // CPython 3.13 gives a write-through proxy: see differences/frame-locals.md
        Runs r = Runs.run("import sys\ndef f():\n    x = 1\n    fr = sys._getframe()\n    d = fr.f_locals\n"
                + "    d['x'] = 2\n    print(x, d is fr.f_locals, type(d).__name__)\nf()\n");
        assertEquals("1 False dict\n", r.out);
    }
}
