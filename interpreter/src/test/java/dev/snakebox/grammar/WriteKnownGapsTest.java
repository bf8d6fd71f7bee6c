package dev.snakebox.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snakebox.golden.CapturingConsole;
import dev.snakebox.golden.FrontDoor;
import dev.snakebox.golden.GoldenCheck;
import dev.snakebox.golden.GoldenCorpus;
import dev.snakebox.golden.GoldenProgram;
import dev.snakebox.golden.KnownGaps;
import dev.snakebox.golden.Mode;
import dev.snakebox.golden.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the grammar corpus's KNOWN_GAPS.md from a run: every case that fails today, with a
 * short reason ({@link GapReason}). Off unless asked for, since it writes into the source tree:
 *
 * <pre>
 * mvn -q -B -o -pl interpreter test -Dtest=WriteKnownGapsTest -Dsnakebox.grammar.writeGaps=true
 * </pre>
 */
@EnabledIfSystemProperty(named = WriteKnownGapsTest.PROPERTY, matches = "true")
class WriteKnownGapsTest {
    static final String PROPERTY = "snakebox.grammar.writeGaps";

    @Test
    void rewriteKnownGapsFromARun() throws IOException {
        Path root = GrammarCorpus.root();
        Duration timeout = GrammarCorpus.timeout();
        List<KnownGapsFile.Entry> entries = new ArrayList<>();
        for (GrammarCorpus.Case c : GrammarCorpus.cases(root, "")) {
            Verdict verdict = GoldenCheck.check(c.program(), c.mode(), FrontDoor.SNAKEBOX, timeout);
            if (!verdict.passed()) {
                entries.add(new KnownGapsFile.Entry(c.name(), reason(c, verdict, timeout)));
            }
        }
        Path file = root.resolve(GoldenCorpus.KNOWN_GAPS);
        Files.writeString(file, KnownGapsFile.render(entries), StandardCharsets.UTF_8);

        KnownGaps written = KnownGaps.read(file);
        assertEquals(List.of(), written.problems(), "the written " + file + " does not read back");
        assertEquals(entries.stream().map(KnownGapsFile.Entry::caseName).toList(), written.cases());
    }

    private static String reason(GrammarCorpus.Case c, Verdict verdict, Duration timeout) {
        switch (verdict.kind) {
            case TIMED_OUT:
                return GapReason.hang(timeout.toSeconds());
            case CRASHED:
                return GapReason.crash(verdict.crash);
            default:
                break;
        }
        // it finished, so it finishes again: run it once more to see what it printed
        GoldenProgram p = c.program();
        CapturingConsole console = new CapturingConsole();
        String path = p.file().toString();
        int status = c.mode() == Mode.RUN
                ? FrontDoor.SNAKEBOX.run(p.source(), path, console)
                : c.mode() == Mode.DIS
                ? FrontDoor.SNAKEBOX.dis(p.source(), path, console)
                : FrontDoor.SNAKEBOX.ast(p.source(), path, c.mode() == Mode.AST_A, console);
        if (c.mode() == Mode.RUN) {
            String folder = p.file().getParent().toString();
            return GapReason.forInvalid(p.read("err", ""), console.out(),
                    console.err().replace(folder + "/", "<DIR>/"), status);
        }
        if (c.mode() == Mode.DIS) {
            String folder = p.file().getParent().toString();
            return GapReason.forDis(p.read("dis", ""),
                    console.out().replace(folder + "/", "").replaceAll(" at 0x[0-9a-fA-F]+", " at 0x?"),
                    console.err(), status);
        }
        return GapReason.forValid(p.read(c.mode().extension, ""), console.out(), console.err(), status);
    }
}
