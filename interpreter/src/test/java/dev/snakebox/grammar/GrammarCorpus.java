package dev.snakebox.grammar;

import dev.snakebox.golden.GoldenCorpus;
import dev.snakebox.golden.GoldenProgram;
import dev.snakebox.golden.KnownGaps;
import dev.snakebox.golden.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar corpus, the folder named by the system property {@code snakebox.grammar}
 * ({@code interpreter/src/test/grammar}, set by the pom): {@code valid/<construct>/NAME.py} with
 * the oracle's {@code NAME.ast}, {@code NAME.ast-a} and {@code NAME.dis}, and {@code invalid/<kind>/NAME.py} with
 * the oracle's {@code NAME.err} and {@code NAME.rc}. Its programs are found, named and judged as
 * the golden corpus's are ({@link GoldenCorpus}); only the cases differ: a valid program is
 * checked in the modes {@code ast}, {@code ast-a} and {@code dis}, an invalid one in the mode {@code run}.
 */
final class GrammarCorpus {
    static final String PROPERTY = "snakebox.grammar";
    /** Seconds per case; a case that takes longer fails as a hang. */
    static final String TIMEOUT = "snakebox.grammar.timeout";
    static final String VALID = "valid";
    static final String INVALID = "invalid";

    private GrammarCorpus() {}

    /** One program in one mode: what a test checks and what KNOWN_GAPS.md lists. */
    record Case(GoldenProgram program, Mode mode) {
        /** As KNOWN_GAPS.md names it: {@code valid/assign/chained.py ast}. */
        String name() {
            return program.name() + " " + mode.label;
        }
    }

    static Path root() {
        return GoldenCorpus.root(PROPERTY);
    }

    static KnownGaps gaps(Path root) {
        return KnownGaps.read(root.resolve(GoldenCorpus.KNOWN_GAPS));
    }

    static Duration timeout() {
        return Duration.ofSeconds(Long.parseLong(System.getProperty(TIMEOUT, "10")));
    }

    /** Every .py under the root, sorted; {@link GrammarLayoutTest} checks they sit where they should. */
    static List<GoldenProgram> programs(Path root) {
        return GoldenCorpus.programs(root);
    }

    /** valid or invalid, from the program's first folder; null for a program outside both. */
    static String kind(GoldenProgram program) {
        String name = program.name();
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        return first.equals(VALID) || first.equals(INVALID) ? first : null;
    }

    /** The modes a program is checked in. */
    static List<Mode> modes(GoldenProgram program) {
        String kind = kind(program);
        if (VALID.equals(kind)) {
            return List.of(Mode.AST, Mode.AST_A, Mode.DIS);
        }
        return INVALID.equals(kind) ? List.of(Mode.RUN) : List.of();
    }

    /** Every case of the corpus whose program's relative path contains {@code only}. */
    static List<Case> cases(Path root, String only) {
        List<Case> cases = new ArrayList<>();
        for (GoldenProgram p : programs(root)) {
            if (p.name().contains(only)) {
                for (Mode m : modes(p)) {
                    cases.add(new Case(p, m));
                }
            }
        }
        return cases;
    }
}
