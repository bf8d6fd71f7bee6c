package dev.snakebox.objects.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.Console;
import dev.snakebox.Snakebox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostTextTest {
    /** A host that does what the class library does, and records that it was asked. */
    private final List<String> asked = new ArrayList<>();

    private final HostText.Ops recording = new HostText.Ops() {
        @Override
        public String concat(String a, String b) {
            asked.add("concat");
            return a + b;
        }

        @Override
        public String ofInt(int i) {
            asked.add("ofInt");
            return Integer.toString(i);
        }
    };

    @AfterEach
    void backToTheClassLibrary() {
        HostText.install(null);
    }

    @Test
    void withoutAHostTheClassLibraryJoinsAndPrints() {
        assertFalse(HostText.joinsNatively());
        assertEquals("ab", HostText.concat("a", "b"));
        assertEquals("xyz", HostText.concat(new String[] {"x", "", "yz"}));
        assertEquals("", HostText.concat(new String[0]));
        assertEquals("-2147483648", HostText.ofInt(Integer.MIN_VALUE));
    }

    @Test
    void anInstalledHostDoesTheJoiningAndPrinting() {
        HostText.install(recording);
        assertTrue(HostText.joinsNatively());
        assertEquals("xyz", HostText.concat(new String[] {"x", "yz"}));
        assertEquals("-7", HostText.ofInt(-7));
        assertEquals(List.of("concat", "concat", "ofInt"), asked);
    }

    @Test
    void aProgramPrintsTheSameWithTheHostsStrings() {
        String program = "s = ''\nfor i in range(300):\n    s += str(i % 10)\n"
                + "print(len(s), s[-12:], f'{len(s)}:{s[:3]}!', str(-12345), 'a' + 'b' * 3)\n";
        String plain = run(program);
        HostText.install(recording);
        String hosted = run(program);
        assertTrue(plain.startsWith("300 "), plain);
        assertEquals(plain, hosted);
        assertTrue(asked.contains("concat") && asked.contains("ofInt"), asked.toString());
    }

    private static String run(String program) {
        StringBuilder out = new StringBuilder();
        Console console = new Console() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                out.append(text);
            }
        };
        assertEquals(0, Snakebox.run(program, "t.py", console), out.toString());
        return out.toString();
    }
}
