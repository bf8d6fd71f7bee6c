package dev.snakebox.golden;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden program run as the browser runs it ({@link FrontDoor#PAUSING}): paused every few
 * instructions and at each {@code input()}, resumed by the host. It must print exactly what the
 * oracle printed, as the unpaused run does; a pause that lost or repeated an instruction, a stack
 * item or an exception handler would show here.
 */
class PausingGoldenTest {
    @TestFactory
    Stream<DynamicNode> pausing() {
        Path root = GoldenCorpus.root();
        KnownGaps gaps = KnownGaps.read(root.resolve(GoldenCorpus.KNOWN_GAPS));
        String only = System.getProperty(GoldenTest.ONLY, "");
        Duration timeout = Duration.ofSeconds(Long.parseLong(System.getProperty(GoldenTest.TIMEOUT, "60")));
        return GoldenCorpus.programs(root).stream()
                .filter(p -> p.name().contains(only) && Mode.RUN.appliesTo(p))
                .map(p -> dynamicTest("pausing " + p.name() + " " + Mode.RUN.label, p.file().toUri(),
                        () -> GoldenTest.judge(p, Mode.RUN, gaps, FrontDoor.PAUSING, timeout)));
    }
}
