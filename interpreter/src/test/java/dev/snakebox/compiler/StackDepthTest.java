package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.lexer.Source;
import dev.snakebox.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@code co_stacksize} ({@link StackDepth}) of code with exception handlers, which start with
 * the items the unwinding leaves on the stack; the expected numbers are python3.13's
 * {@code compile(source, "s", "exec").co_stacksize}.
 */
class StackDepthTest {
    private static int stacksize(String source) {
        Source src = new Source("s", source);
        return Compiler.compileModule(Parser.parseFile(src), src).stacksize;
    }

    @Test
    void codeThatPushesNothingStillHasOneSlot() {
        assertEquals(1, stacksize(""));
        assertEquals(1, stacksize("raise\n"));
    }

    @Test
    void handlersAddTheExceptionStateToTheDepth() {
        assertEquals(2, stacksize("for x in y: pass\n"));
        assertEquals(4, stacksize("try:\n    a\nexcept E as e:\n    b\n"));
        assertEquals(4, stacksize("try:\n    a\nfinally:\n    b\n"));
        assertEquals(7, stacksize("with a as b, c:\n    d\n"));
        assertEquals(6, stacksize("try:\n    a\nexcept* E:\n    b\n"));
        assertEquals(7, stacksize("for x in y:\n    with a:\n        try:\n            f(1, 2, 3)\n"
                + "        except E:\n            break\n"));
    }
}
