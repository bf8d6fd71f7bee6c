package dev.snakebox.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.golden.GoldenCorpus;
import dev.snakebox.golden.GoldenProgram;
import dev.snakebox.golden.KnownGaps;
import dev.snakebox.golden.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The grammar corpus is well formed: every program sits in {@code valid/<construct>/} or
 * {@code invalid/<kind>/} and has the oracle's files for its kind (a program without them would
 * silently go untested), no expected file lacks its program or belongs to the other kind, and
 * KNOWN_GAPS.md names only cases that exist.
 */
class GrammarLayoutTest {
    /** The expected files of each kind of program (written by the corpus's regenerate script). */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            GrammarCorpus.VALID, Set.of("ast", "ast-a", "dis"),
            GrammarCorpus.INVALID, Set.of("err", "rc"));

    private final Path root = GrammarCorpus.root();

    @Test
    void bothKindsHavePrograms() {
        List<GoldenProgram> programs = GrammarCorpus.programs(root);
        assertTrue(programs.stream().anyMatch(p -> GrammarCorpus.VALID.equals(GrammarCorpus.kind(p))),
                "no valid programs under " + root);
        assertTrue(programs.stream().anyMatch(p -> GrammarCorpus.INVALID.equals(GrammarCorpus.kind(p))),
                "no invalid programs under " + root);
    }

    @Test
    void everyProgramSitsInAGroupOfItsKind() {
        List<String> misplaced = new ArrayList<>();
        for (GoldenProgram p : GrammarCorpus.programs(root)) {
            if (GrammarCorpus.kind(p) == null || p.name().split("/").length != 3) {
                misplaced.add(p.name());
            }
        }
        assertEquals(List.of(), misplaced, "programs outside valid/<construct>/ and invalid/<kind>/ (never tested)");
    }

    @Test
    void everyProgramHasTheOraclesFiles() {
        List<String> missing = new ArrayList<>();
        for (GoldenProgram p : GrammarCorpus.programs(root)) {
            String kind = GrammarCorpus.kind(p);
            for (String extension : kind == null ? Set.<String>of() : EXPECTED.get(kind)) {
                if (!p.has(extension)) {
                    missing.add(p.name() + ": no ." + extension);
                }
            }
            if (GrammarCorpus.INVALID.equals(kind) && p.has("rc") && !p.read("rc", "").equals("1\n")) {
                missing.add(p.name() + ": its .rc is not 1 (an invalid program must not compile)");
            }
        }
        assertEquals(List.of(), missing, "generate them with the corpus's regenerate script");
    }

    @Test
    void everyOtherFileBelongsToAProgramOfItsKind() {
        List<String> stray = new ArrayList<>();
        for (Path f : GoldenCorpus.files(root)) {
            String rel = root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            String kind = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : null;
            if (extension.equals("py")) {
                continue;
            }
            if (kind == null || !EXPECTED.containsKey(kind)) {
                continue; // the root's own files: KNOWN_GAPS.md, the scripts
            }
            if (!EXPECTED.get(kind).contains(extension)) {
                stray.add(rel + ": not an expected file of a " + kind + " program");
            } else if (!Files.isRegularFile(f.resolveSibling(name.substring(0, dot) + ".py"))) {
                stray.add(rel + ": its .py is gone");
            }
        }
        assertEquals(List.of(), stray, "stray files in the grammar corpus (regenerate deletes stale ones)");
    }

    @Test
    void knownGapsNameExistingCases() {
        KnownGaps gaps = GrammarCorpus.gaps(root);
        List<String> problems = new ArrayList<>(gaps.problems());
        for (String listed : gaps.cases()) {
            String[] programAndMode = listed.split(" ");
            GoldenProgram program = new GoldenProgram(root, root.resolve(programAndMode[0]));
            Mode mode = Mode.byLabel(programAndMode[1]);
            if (!Files.isRegularFile(program.file())) {
                problems.add(listed + ": no such program");
            } else if (!GrammarCorpus.modes(program).contains(mode)) {
                problems.add(listed + ": a " + GrammarCorpus.kind(program) + " program is checked in "
                        + GrammarCorpus.modes(program).stream().map(m -> m.label).toList() + " only");
            }
        }
        assertTrue(problems.isEmpty(), GoldenCorpus.KNOWN_GAPS + ":\n" + String.join("\n", problems));
    }
}
