package dev.gazette.bench;

import dev.gazette.model.ImportOutcome;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.service.StoryGrouping;
import dev.gazette.similar.Fingerprint;
import dev.gazette.similar.LabelledPairs;
import dev.gazette.similar.SimilarityRules;
import dev.gazette.store.Library;
import dev.gazette.store.StoryIndex;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Near-duplicate detection, measured (docs/copies.md): pairing precision and recall on the
 * labelled set with a threshold sweep; import speed with detection on and off, interleaved in
 * the same run; and, in a library of {@code big} articles (built with {@link BigLibrary} when
 * missing), the time to find and confirm the candidates of one imported article.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.gazette.bench.CopiesBenchmark -Dexec.args="400 100000 3"
 * </pre>
 */
public final class CopiesBenchmark {

    private CopiesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf(Locale.ROOT, "load average at start: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        labelledSet();
        if (pages > 0) {
            importSpeed(pages, rounds);
        }
        if (big > 0) {
            candidates(big);
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ---------------------------------------------------------------------------------------

    private static void labelledSet() {
        List<LabelledPairs.Text> texts = LabelledPairs.texts();
        List<LabelledPairs.Pair> pairs = LabelledPairs.pairs(texts);
        Map<LabelledPairs.Text, Fingerprint> prints = new HashMap<>();
        texts.forEach(t -> prints.put(t, Fingerprint.of(t.body())));
        long positives = pairs.stream().filter(LabelledPairs.Pair::same).count();
        System.out.printf(Locale.ROOT, "%nLabelled set: %d texts of %d stories, %d pairs (%d copies, %d different stories)%n",
                texts.size(), texts.stream().map(LabelledPairs.Text::story).distinct().count(), pairs.size(), positives,
                pairs.size() - positives);
        System.out.println("threshold  precision  recall   (candidates from the buckets, confirmed by containment)");
        for (double t = 0.30; t <= 0.801; t += 0.05) {
            int[] c = confusion(pairs, prints, t, true);
            System.out.printf(Locale.ROOT, "  %.2f%s   %.4f    %.4f%n", t,
                    Math.abs(t - SimilarityRules.SAME_STORY) < 1e-9 ? "*" : " ", precision(c), recall(c));
        }
        int[] noBuckets = confusion(pairs, prints, SimilarityRules.SAME_STORY, false);
        System.out.printf(Locale.ROOT, "at %.2f comparing every pair (no buckets): precision %.4f, recall %.4f%n",
                SimilarityRules.SAME_STORY, precision(noBuckets), recall(noBuckets));
        double worstNegative = 0;
        String worst = "";
        int missedByBuckets = 0;
        for (LabelledPairs.Pair p : pairs) {
            Fingerprint a = prints.get(p.a());
            Fingerprint b = prints.get(p.b());
            double s = a.containment(b);
            if (!p.same() && s > worstNegative) {
                worstNegative = s;
                worst = p.a().story() + "/" + p.a().variant() + " ~ " + p.b().story() + "/" + p.b().variant();
            }
            if (p.same() && !a.candidateOf(b)) {
                missedByBuckets++;
            }
        }
        System.out.printf(Locale.ROOT, "most similar different stories: %.3f (%s)%n", worstNegative, worst);
        System.out.printf(Locale.ROOT, "copies the buckets never compare: %d of %d%n", missedByBuckets, positives);
    }

    private static int[] confusion(List<LabelledPairs.Pair> pairs, Map<LabelledPairs.Text, Fingerprint> prints,
                                   double threshold, boolean buckets) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledPairs.Pair p : pairs) {
            Fingerprint a = prints.get(p.a());
            Fingerprint b = prints.get(p.b());
            boolean predicted = (!buckets || a.candidateOf(b)) && a.groupable() && b.groupable()
                    && a.containment(b) >= threshold;
            if (predicted && p.same()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        return new int[] {tp, fp, fn};
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] / (double) (c[0] + c[2]);
    }

    // ---------------------------------------------------------------------------------------

    private static void importSpeed(int count, int rounds) throws IOException {
        Path root = Path.of("target/copies-bench");
        Path pages = root.resolve("pages-" + count);
        if (!Files.isDirectory(pages)) {
            GeneratedPages.generate(pages, count, 42);
        }
        System.out.printf(Locale.ROOT, "%nImport of %d generated pages, detection off and on, interleaved (%d rounds)%n",
                count, rounds);
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            double[] seconds = new double[2];
            double[] cpu = new double[2];
            long grouped = 0;
            for (int k = 0; k < 2; k++) {
                boolean on = (r + k) % 2 == 1; // alternate which goes first
                System.setProperty(StoryGrouping.PROPERTY, Boolean.toString(on));
                Path lib = root.resolve("lib-" + r + "-" + on + "-" + System.nanoTime());
                try (LibraryService service = LibraryService.open(lib)) {
                    service.pipeline(); // loaded before the clock starts, as in a window
                    long cpu0 = os.getProcessCpuTime();
                    ImportReport report = service.importPaths(List.of(pages));
                    cpu[on ? 1 : 0] = (os.getProcessCpuTime() - cpu0) / 1e9;
                    seconds[on ? 1 : 0] = report.elapsed().toNanos() / 1e9;
                    if (on) {
                        grouped = report.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED
                                && o.message() != null && o.message().startsWith("copy of")).count();
                    }
                }
                delete(lib);
            }
            System.setProperty(StoryGrouping.PROPERTY, "true");
            double ratio = seconds[1] / seconds[0];
            ratios.add(ratio);
            cpuRatios.add(cpu[1] / cpu[0]);
            System.out.printf(Locale.ROOT, "  round %d: off %.2f s (CPU %.2f s), on %.2f s (CPU %.2f s), on/off %.3f,"
                    + " CPU on/off %.3f (%d grouped as copies)%n", r + 1, seconds[0], cpu[0], seconds[1], cpu[1], ratio,
                    cpu[1] / cpu[0], grouped);
        }
        // detection's own work, apart from the noise of whole imports: a library imported with
        // detection off, then the same articles grouped and indexed (an upper bound: the first
        // call also indexes them all once before grouping them, so each is fingerprinted twice)
        System.setProperty(StoryGrouping.PROPERTY, "false");
        Path lib = root.resolve("lib-own-" + System.nanoTime());
        double importMs;
        List<Long> ids;
        try (LibraryService service = LibraryService.open(lib)) {
            service.pipeline();
            ImportReport report = service.importPaths(List.of(pages));
            importMs = report.elapsed().toNanos() / 1e6 / count;
            ids = service.list(dev.gazette.model.ArticleQuery.ALL, 0, count).stream()
                    .map(dev.gazette.model.ArticleSummary::id).sorted().toList();
        } finally {
            System.setProperty(StoryGrouping.PROPERTY, "true");
        }
        try (Library library = Library.open(lib)) {
            StoryGrouping grouping = new StoryGrouping(library);
            long t0 = System.nanoTime();
            grouping.afterStored(List.of(-1L)); // the once-only indexing of what the library held
            double backfillMs = (System.nanoTime() - t0) / 1e6 / ids.size();
            long t1 = System.nanoTime();
            for (int i = 0; i < ids.size(); i += 64) {
                grouping.afterStored(ids.subList(i, Math.min(ids.size(), i + 64)));
            }
            double ownMs = (System.nanoTime() - t1) / 1e6 / ids.size();
            System.out.printf(Locale.ROOT, "detection's own work per imported article: %.2f ms (fingerprint, look-ups,"
                    + " confirmation; keys already stored) + %.2f ms (fingerprint and store the keys), import with"
                    + " detection off %.2f ms per article: %.1f %% + %.1f %%%n", ownMs, backfillMs, importMs,
                    100 * ownMs / importMs, 100 * backfillMs / importMs);
        }
        delete(lib);
        ratios.sort(null);
        cpuRatios.sort(null);
        System.out.printf(Locale.ROOT, "median on/off: elapsed %.3f (%+.1f %%), process CPU %.3f (%+.1f %%)%n",
                ratios.get(ratios.size() / 2), (ratios.get(ratios.size() / 2) - 1) * 100,
                cpuRatios.get(cpuRatios.size() / 2), (cpuRatios.get(cpuRatios.size() / 2) - 1) * 100);
    }

    // ---------------------------------------------------------------------------------------

    private static void candidates(int big) throws Exception {
        Path dir = Path.of("target/copies-bench/big-" + big);
        if (!Files.exists(dir.resolve(Library.DATABASE_FILE))) {
            BigLibrary.main(new String[] {dir.toString(), Integer.toString(big)});
        }
        System.out.printf(Locale.ROOT, "%nCandidates in a library of %,d articles%n", big);
        try (Library library = Library.open(dir)) {
            StoryIndex stories = library.storyIndex();
            long t0 = System.nanoTime();
            int indexed = 0;
            while (true) {
                List<Long> missing = stories.unindexed(2000);
                if (missing.isEmpty()) {
                    break;
                }
                Map<Long, int[]> keys = new LinkedHashMap<>();
                stories.bodies(missing).forEach((id, body) -> keys.put(id, Fingerprint.of(body).keys()));
                missing.forEach(id -> keys.putIfAbsent(id, new int[0]));
                stories.index(keys);
                indexed += missing.size();
            }
            if (indexed > 0) {
                System.out.printf(Locale.ROOT, "indexed %,d articles once (what the first import after the upgrade does):"
                        + " %.1f s%n", indexed, (System.nanoTime() - t0) / 1e9);
            }
            Random random = new Random(7);
            int probes = 400;
            long[] nanos = new long[probes];
            int copiesFound = 0;
            int copiesTried = 0;
            int strangersGrouped = 0;
            long candidatesSeen = 0;
            for (int i = 0; i < probes; i++) {
                boolean copy = i % 2 == 0;
                long target = 1 + random.nextInt(big);
                String body;
                if (copy) {
                    String original = stories.bodies(List.of(target)).get(target);
                    body = variant(original, random);
                    copiesTried++;
                } else {
                    body = stranger(random);
                }
                long start = System.nanoTime();
                Fingerprint f = Fingerprint.of(body);
                List<Long> candidates = stories.candidates(f.keys(), -1, SimilarityRules.MAX_CANDIDATES);
                long match = -1;
                for (Map.Entry<Long, String> e : stories.bodies(candidates).entrySet()) {
                    if (f.sameStory(e.getValue())) {
                        match = e.getKey();
                        break;
                    }
                }
                nanos[i] = System.nanoTime() - start;
                candidatesSeen += candidates.size();
                if (copy && match == target) {
                    copiesFound++;
                } else if (!copy && match >= 0) {
                    strangersGrouped++;
                }
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            System.out.printf(Locale.ROOT, "per imported article: mean %.2f ms, median %.2f ms, p95 %.2f ms,"
                            + " %.1f candidates read on average%n", mean, sorted[probes / 2] / 1e6,
                    sorted[probes * 95 / 100] / 1e6, candidatesSeen / (double) probes);
            System.out.printf(Locale.ROOT, "copies of a stored article found: %d of %d; new articles wrongly grouped: %d of %d%n",
                    copiesFound, copiesTried, strangersGrouped, probes - copiesTried);
        }
    }

    /** A copy as another site would publish it: chrome added, one paragraph cut or the end truncated. */
    private static String variant(String original, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(original.split("\\n\\s*\\n")));
        if (paragraphs.size() > 2 && random.nextBoolean()) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        } else if (paragraphs.size() > 2) {
            paragraphs = paragraphs.subList(0, paragraphs.size() - 1);
        }
        return "Skip to content\n\nSubscribe to our newsletter\n\n" + String.join("\n\n", paragraphs)
                + "\n\nShare this article\n\nAll rights reserved.";
    }

    /** A new story in the same made-up words as the big library's. */
    private static String stranger(Random random) {
        String[] words = ("the a council said on monday that plan would cost million residents water river port budget"
                + " officials week after vote cooperative members energy price local region report minister years project"
                + " trial crews schedule weather drought storm harvest market").split(" ");
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            for (int w = 0; w < 40; w++) {
                b.append(words[random.nextInt(words.length)]).append(' ');
            }
            b.append(".\n\n");
        }
        return b.toString();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
