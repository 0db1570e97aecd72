package dev.gazette.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.bench.ScalingPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Memory per page stays within ten times the page's size (table soup excepted: see
 * {@link #MISSED}). Each shape of {@link ScalingPages} is
 * written as a page of a few megabytes and extracted by Gazette's own command line ({@code extract
 * --json}) in a child JVM whose heap is capped at {@link #BASELINE_MB} plus {@link #TIMES} × the
 * page's size; the run must end normally with the article found. What this measures is the peak of
 * live heap the whole extraction needs (the collector reclaims every piece of garbage before the JVM
 * gives up with OutOfMemoryError; the child uses the serial collector, which compacts, so the
 * figure does not depend on how the heap's regions happen to be laid out), not what it allocates
 * over time. The baseline is the JVM,
 * Gazette's classes and the gazetteer: a one-paragraph sample page runs in 12 MB; 16 MB leaves the
 * collector some room.
 */
class PageMemoryTest {

    /** Heap for everything that is not the page, in MB. */
    static final int BASELINE_MB = 16;
    /** Heap allowed per byte of page: issue 24's target. */
    static final int TIMES = 10;
    /**
     * The one shape that misses the target, with what it needs today so it cannot get worse
     * unnoticed: in table soup every new cell reopens the formatting left open above it, so
     * jsoup's tree holds about fifteen elements per 35 bytes of page; 0.17 MB needed 28 MB of
     * heap on 6 December 2026 (73 × its size above the baseline).
     */
    private static final Map<String, Integer> MISSED = Map.of("table cells", 100);

    /** Units of each shape: pages of about 3 MB (0.7 MB of nested divs, 0.2 MB of table soup). */
    private static final Map<String, Integer> N = Map.of(
            "links", 80_000, "paragraphs", 20_000, "nested divs", 20_000, "table cells", 5_000, "one long line", 40_000);

    @TempDir
    Path dir;

    static List<ScalingPages.Shape> shapes() {
        return ScalingPages.shapes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aPageIsExtractedWithinTenTimesItsSizeOfHeap(ScalingPages.Shape shape) throws Exception {
        Path page = dir.resolve(shape.name().replace(' ', '-') + ".html");
        Files.writeString(page, shape.page().apply(N.get(shape.name())), StandardCharsets.UTF_8);
        long size = Files.size(page);
        long heapMb = BASELINE_MB + (MISSED.getOrDefault(shape.name(), TIMES) * size + (1 << 20) - 1 >> 20);
        ProcessBuilder pb = ChildJvm.builder(dir, "dev.gazette.Launcher", "extract", "--json", page.toString());
        List<String> command = new ArrayList<>(pb.command());
        command.add(command.indexOf("-Xmx512m") + 1, "-Xmx" + heapMb + "m"); // the last -Xmx wins
        command.add(command.indexOf("-Xmx512m") + 1, "-Xss2m"); // as the launcher starts it
        // The serial collector compacts the whole heap before it gives up, so the cap measures the
        // live heap. G1 could fail earlier now and then, when no run of free regions fits one large
        // array: a 2.9 MB page needed 40-42 MB of G1 heap, failing 1 run in 3 at 42 MB and once at 46
        // MB in a full build, but 38 MB every time with the serial collector.
        command.add(command.indexOf("-Xmx512m") + 1, "-XX:+UseSerialGC");
        pb.command(command);
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String errors = Files.readString(err);
        System.out.printf("%s: %.1f MB page in -Xmx%dm: %s%n", shape.name(), size / 1048576.0, heapMb,
                ended ? "exit " + p.exitValue() : "killed after 5 minutes");
        assertThat(ended).as("ended within 5 minutes").isTrue();
        assertThat(errors).as("errors of the child").doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as("exit status; errors: %s", errors).isZero();
        assertThat(Files.readString(out)).contains("The harbour of the small coastal town reopened");
    }
}
