package dev.gazette.bench;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import dev.gazette.service.ExtractionPipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Prints how the whole pipeline's work grows with each {@link ScalingPages} shape: the processor
 * time of this thread (least of several runs) at n, 2n, 4n … units, and each step's ratio (2.0 is
 * linear). Arguments: {@code [n [steps [runs]]]}, default 2000 4 3.
 */
public final class Linearity {

    private Linearity() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String only = args.length > 3 ? args[3] : "";
        ExtractionPipeline pipeline = new ExtractionPipeline();
        for (ScalingPages.Shape shape : ScalingPages.shapes()) {
            if (!only.isEmpty() && !shape.name().startsWith(only)) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%s:", shape.name());
            double last = 0;
            for (int s = 0, k = n; s < steps; s++, k *= 2) {
                String html = shape.page().apply(k);
                double ms = leastCpuMillis(pipeline, html, runs);
                System.out.printf(Locale.ROOT, "  n=%d %.1f MB %.0f ms%s", k, html.length() / 1048576.0, ms,
                        last == 0 ? "" : String.format(Locale.ROOT, " (×%.2f)", ms / last));
                last = ms;
            }
            System.out.println();
        }
    }

    /** The least processor time of runs extractions of html, in ms. */
    public static double leastCpuMillis(ExtractionPipeline pipeline, String html, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            SourceDocument doc = new SourceDocument("page.html", SourceFormat.HTML, html, "UTF-8", null, null,
                    null, null, null);
            long t0 = threads.getCurrentThreadCpuTime();
            pipeline.prepare(doc);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        return best / 1e6;
    }
}
