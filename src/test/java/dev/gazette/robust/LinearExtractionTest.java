package dev.gazette.robust;

import dev.gazette.bench.Linearity;
import dev.gazette.bench.ScalingPages;
import dev.gazette.service.ExtractionPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
 *
 * <p>The links page is sized to catch the quadratic that issue 24 found (a list's children moved
 * one by one out of a parent of many siblings): at 64,000 links (128,000 children with the line
 * breaks) that move costs about 0.9 × the whole pipeline, so the old code would show about ×2.9.
 * {@link #theLinksSizeCatchesTheOldOneByOneMove} measures it each run, so a size that stops
 * catching it fails. On the other shapes a paragraph or a cell is so much more work than a move
 * that the same quadratic would need 150,000 units to show; they are sized for a modest run time.
 */
class LinearExtractionTest {

    /** Doubling the page may cost at most this many times the work (2 × 1.3). */
    static final double MAX_RATIO = 2.6;
    static final int RUNS = 3;
    static final int ATTEMPTS = 3;

    /** Units at n for each shape (2n is measured too). */
    private static final Map<String, Integer> N = Map.of(
            "links", 64_000, "paragraphs", 4_000, "nested divs", 2_000, "table cells", 1_000, "one long line", 16_000);

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

    /**
     * The test's sizes can fail: the links page at n and 2n, each followed by the old gathering
     * step (every child of the list moved one by one into a new parent, which shifts the list's
     * remaining children each time), shows a ratio above {@link #MAX_RATIO}.
     */
    @Test
    void theLinksSizeCatchesTheOldOneByOneMove() {
        ExtractionPipeline pipeline = new ExtractionPipeline();
        int n = N.get("links");
        String small = ScalingPages.links(n);
        String big = ScalingPages.links(2 * n);
        Linearity.leastCpuMillis(pipeline, small, 1);
        double atN = Double.MAX_VALUE;
        double at2N = Double.MAX_VALUE;
        for (int r = 0; r < 2; r++) {
            atN = Math.min(atN, Linearity.leastCpuMillis(pipeline, small, 1) + oneByOneMoveMillis(small));
            at2N = Math.min(at2N, Linearity.leastCpuMillis(pipeline, big, 1) + oneByOneMoveMillis(big));
        }
        System.out.printf(java.util.Locale.ROOT, "links with the old move: %.0f ms -> %.0f ms: x%.2f%n", atN, at2N, at2N / atN);
        assertThat(at2N / atN).as("the old quadratic at these sizes").isGreaterThan(MAX_RATIO);
    }

    /** Processor time of moving each child of the page's list, one by one, into a new element. */
    private static double oneByOneMoveMillis(String html) {
        Element list = Jsoup.parse(html).selectFirst("ul");
        Element target = new Element("div");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        while (list.childNodeSize() > 0) {
            target.appendChild(list.childNode(0));
        }
        return (threads.getCurrentThreadCpuTime() - t0) / 1e6;
    }
}
