package dev.gazette.robust;

import dev.gazette.bench.Linearity;
import dev.gazette.bench.ScalingPages;
import dev.gazette.service.ExtractionPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction is linear by construction: a page with twice the repeated unit (links, paragraphs,
 * nested divs, table cells, one long line) costs at most twice the work, within 30%. Work is the
 * processor time of this thread for the whole pipeline (extraction, metadata, regions, hash),
 * the least of several runs taken in turns of n and 2n, so other processes on a loaded machine
 * and this JVM's collector and compiler threads do not count; a shape that seems off is measured
 * again before it fails, as one pause can still land inside a run. Sizes are chosen so one run at
 * n takes a tenth of a second or more, where a quadratic step would be a large share.
 */
class LinearExtractionTest {

    /** Doubling the page may cost at most this many times the work (2 × 1.3). */
    static final double MAX_RATIO = 2.6;
    static final int RUNS = 3;
    static final int ATTEMPTS = 3;

    /** Units at n for each shape (2n is measured too). */
    private static final Map<String, Integer> N = Map.of(
            "links", 16_000, "paragraphs", 4_000, "nested divs", 2_000, "table cells", 1_000, "one long line", 16_000);

    static List<ScalingPages.Shape> shapes() {
        return ScalingPages.shapes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void doublingThePageAtMostDoublesTheWork(ScalingPages.Shape shape) {
        ExtractionPipeline pipeline = new ExtractionPipeline();
        int n = N.get(shape.name());
        String small = shape.page().apply(n);
        String big = shape.page().apply(2 * n);
        assertThat((double) big.length() / small.length()).isBetween(1.9, 2.1); // numbers grow a digit now and then
        Linearity.leastCpuMillis(pipeline, small, 2); // compiled before it is measured
        double best = Double.MAX_VALUE;
        String seen = "";
        for (int attempt = 0; attempt < ATTEMPTS && best > MAX_RATIO; attempt++) {
            double atN = Double.MAX_VALUE;
            double at2N = Double.MAX_VALUE;
            for (int r = 0; r < RUNS; r++) {
                atN = Math.min(atN, Linearity.leastCpuMillis(pipeline, small, 1));
                at2N = Math.min(at2N, Linearity.leastCpuMillis(pipeline, big, 1));
            }
            double ratio = at2N / atN;
            best = Math.min(best, ratio);
            seen += String.format(java.util.Locale.ROOT, " [%.0f ms → %.0f ms: ×%.2f]", atN, at2N, ratio);
        }
        System.out.printf("%s: n=%d%s%n", shape.name(), n, seen);
        assertThat(best).as("work at 2n / work at n for %s:%s", shape.name(), seen).isLessThanOrEqualTo(MAX_RATIO);
    }
}
