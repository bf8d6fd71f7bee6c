package dev.snakebox.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The corpus is well formed: no program without the oracle's output (a .py without .out would
 * silently go untested), no golden file without its program, and a KNOWN_GAPS.md that names
 * only cases that exist.
 */
class GoldenLayoutTest {
    private static final Set<String> GOLDEN_EXTENSIONS = Set.of("out", "err", "rc", "ast", "ast-a", "dis", "in");

    @Test
    void corpusIsNotEmpty() {
        assertFalse(GoldenCorpus.programs(GoldenCorpus.root()).isEmpty(),
                "no .py under " + GoldenCorpus.root() + ": the golden tests would test nothing");
    }

    @Test
    void everyProgramHasTheOraclesOutput() {
        List<String> missing = new ArrayList<>();
        for (GoldenProgram p : GoldenCorpus.programs(GoldenCorpus.root())) {
            if (!p.has("out")) {
                missing.add(p.name());
            }
        }
        assertEquals(List.of(), missing, "programs without a .out; generate them with py313 --golden");
    }

    @Test
    void everyGoldenFileHasItsProgram() {
        Path root = GoldenCorpus.root();
        List<String> orphans = new ArrayList<>();
        for (Path f : GoldenCorpus.files(root)) {
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0 && GOLDEN_EXTENSIONS.contains(name.substring(dot + 1))
                    && !Files.isRegularFile(f.resolveSibling(name.substring(0, dot) + ".py"))) {
                orphans.add(root.relativize(f).toString());
            }
        }
        assertEquals(List.of(), orphans, "golden files whose .py is gone");
    }

    @Test
    void knownGapsNameExistingCases() {
        Path root = GoldenCorpus.root();
        KnownGaps gaps = KnownGaps.read(root.resolve(GoldenCorpus.KNOWN_GAPS));
        List<String> problems = new ArrayList<>(gaps.problems());
        for (String listed : gaps.cases()) {
            String[] caseAndMode = listed.split(" ");
            GoldenProgram program = new GoldenProgram(root, root.resolve(caseAndMode[0]));
            Mode mode = Mode.byLabel(caseAndMode[1]);
            if (!Files.isRegularFile(program.file())) {
                problems.add(listed + ": no such program");
            } else if (!mode.appliesTo(program)) {
                problems.add(listed + ": the program has no ." + mode.extension + ", so that case does not exist");
            }
        }
        assertTrue(problems.isEmpty(), GoldenCorpus.KNOWN_GAPS + ":\n" + String.join("\n", problems));
    }
}
