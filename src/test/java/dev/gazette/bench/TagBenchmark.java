package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleText;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.TagSuggestion;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.service.TagSuggestions;
import dev.gazette.suggest.SuggestSettings;
import dev.gazette.suggest.TagLearner;
import dev.gazette.suggest.TagModel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tag suggestions, measured (docs/tags.md) on {@code ../shared/corpus/topics-dev}: 7,058 wire
 * stories with the topics editors gave them, imported into a real library.
 *
 * <ol>
 *   <li>The split, fixed: stories ordered by date, then by their number; the earliest 80% are
 *       tagged through {@link LibraryService#tag} (the path the window and {@code gazette tag}
 *       take), the rest left untagged to be suggested for.</li>
 *   <li>Validation inside the training part: its earliest 80% learn, its latest 20% judge; the
 *       hyperparameters ({@link SuggestSettings}) are chosen there, never on the test part. The
 *       program's defaults should be the chosen ones (printed; the test figures use the
 *       defaults, the settings the program really runs with).</li>
 *   <li>The test, once: the suggestions {@link TagSuggestions} offers for each untagged story
 *       against the editors' topics: micro-F1 over (story, tag) pairs, macro-F1 over the tags
 *       that occur in the test part, P@1 (the first tag offered is right; a story offered
 *       nothing counts as wrong). Latency of one suggestion, through the service (it reads the
 *       article from the library).</li>
 *   <li>Few examples: a library with only the earliest 5 stories of each tag tagged.</li>
 *   <li>Learning from scratch at 10,000 tagged articles (the stories' texts, repeated as new
 *       articles) and the memory the learned state holds.</li>
 * </ol>
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.gazette.bench.TagBenchmark
 * </pre>
 * {@code -Dexec.args="--no-tuning"} skips the validation grid; {@code --validation-only} stops after it,
 * {@code --quick} judges the program's defaults alone.
 */
public final class TagBenchmark {

    private static final Path CORPUS = Path.of("../shared/corpus/topics-dev");
    private static final Path WORK = Path.of("target/tag-bench");

    private TagBenchmark() {
    }

    /** One story of the corpus. */
    record Story(String key, Path file, String date, int number, List<String> topics) {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            System.out.println("skipped: " + CORPUS + " is absent (the benchmark needs ../shared beside the project)");
            return;
        }
        boolean tuning = !List.of(args).contains("--no-tuning");
        boolean validationOnly = List.of(args).contains("--validation-only");
        boolean quick = List.of(args).contains("--quick");
        System.out.printf(Locale.ROOT, "load average at start: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Story> stories = stories();
        int cut = (int) Math.round(stories.size() * 0.8);
        List<Story> train = stories.subList(0, cut);
        List<Story> test = stories.subList(cut, stories.size());
        System.out.printf(Locale.ROOT, "split: %d stories, %d tagged (%s to %s), %d to suggest for (%s to %s)%n",
                stories.size(), train.size(), train.get(0).date(), train.get(train.size() - 1).date(),
                test.size(), test.get(0).date(), test.get(test.size() - 1).date());

        Path library = WORK.resolve("library");
        Map<String, Long> ids = importCorpus(library, stories);
        try (LibraryService service = LibraryService.open(library)) {
            clearTags(service);
            long t0 = System.nanoTime();
            tag(service, train, ids);
            System.out.printf(Locale.ROOT, "tagged %d stories through the tag path in %.1f s%n", train.size(),
                    (System.nanoTime() - t0) / 1e9);
            List<ArticleText> texts = new ArrayList<>();
            service.suggestions(); // starts learning while the texts are read
            readTexts(service, texts);
            if (tuning) {
                tune(texts, train, ids, quick);
            }
            if (validationOnly) {
                return;
            }
            System.out.println("\nTEST (the program's default settings, learned in the library, once)");
            evaluate(service, test, ids, "all tagged");
            learningOfTheService(service);
        }
        try (LibraryService service = LibraryService.open(library)) {
            clearTags(service);
            List<Story> few = fewPerTag(train, 5);
            tag(service, few, ids);
            System.out.printf(Locale.ROOT, "%nFEW EXAMPLES: %d stories tagged (the earliest 5 of each tag)%n", few.size());
            evaluate(service, test, ids, "5 a tag");
        }
        List<ArticleText> texts;
        try (LibraryService service = LibraryService.open(library)) {
            clearTags(service);
            tag(service, stories, ids);
            texts = new ArrayList<>();
            readTexts(service, texts);
        }
        atTenThousand(texts);
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ---- the corpus and the library ----------------------------------------------------------

    static List<Story> stories() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(CORPUS.resolve("truth.json").toFile());
        List<Story> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> topics = new ArrayList<>();
            e.getValue().get("topics").forEach(t -> topics.add(t.asText()));
            out.add(new Story(e.getKey(), CORPUS.resolve("txt").resolve(e.getKey() + ".txt"), e.getValue().get("date").asText(),
                    Integer.parseInt(e.getKey().replaceAll("\\D", "")), topics));
        }
        out.sort(Comparator.comparing(Story::date).thenComparingInt(Story::number));
        return out;
    }

    /** Imports every story once (kept in target/ between runs); story key to article id. */
    private static Map<String, Long> importCorpus(Path library, List<Story> stories) throws IOException {
        Path map = WORK.resolve("ids.tsv");
        Map<String, Long> ids = new HashMap<>();
        if (Files.isRegularFile(map) && Files.isDirectory(library)) {
            for (String line : Files.readAllLines(map)) {
                String[] p = line.split("\t");
                ids.put(p[0], Long.parseLong(p[1]));
            }
            System.out.printf(Locale.ROOT, "library kept from an earlier run: %s (%d stories)%n", library, ids.size());
            return ids;
        }
        if (Files.exists(WORK)) {
            try (Stream<Path> walk = Files.walk(WORK)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(WORK);
        Map<String, Story> byFile = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Story s : stories) {
            byFile.put(s.file().toString(), s);
            files.add(s.file());
        }
        long t0 = System.nanoTime();
        ImportReport report;
        try (LibraryService service = LibraryService.open(library)) {
            report = service.importPaths(files);
        }
        int duplicates = 0;
        StringBuilder tsv = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            Story s = byFile.get(o.file());
            if (s != null && o.articleId() > 0 && o.status() == ImportOutcome.Status.IMPORTED) {
                ids.put(s.key(), o.articleId());
                tsv.append(s.key()).append('\t').append(o.articleId()).append('\n');
            } else if (s != null) {
                duplicates++;
            }
        }
        Files.writeString(map, tsv);
        System.out.printf(Locale.ROOT, "imported %d stories in %.1f s (%s); %d not imported as their own article"
                        + " (duplicates of another story: left out of training and test)%n", ids.size(),
                (System.nanoTime() - t0) / 1e9, report.summary(), duplicates);
        return ids;
    }

    private static void clearTags(LibraryService service) {
        for (var t : service.tags()) {
            service.deleteTag(t.name());
        }
    }

    /** Tags the stories through the service's tag path, grouping stories with the same topics. */
    private static void tag(LibraryService service, List<Story> stories, Map<String, Long> ids) {
        Map<List<String>, List<Long>> groups = new LinkedHashMap<>();
        for (Story s : stories) {
            Long id = ids.get(s.key());
            if (id != null && !s.topics().isEmpty()) {
                groups.computeIfAbsent(s.topics(), k -> new ArrayList<>()).add(id);
            }
        }
        groups.forEach((topics, group) -> service.tag(group, topics, List.of()));
    }

    private static void readTexts(LibraryService service, List<ArticleText> sink) {
        // the same read the service learns from: through the library, as the suggester sees it
        service.suggestions().forEachArticleText(sink::add);
    }

    private static List<Story> fewPerTag(List<Story> train, int n) {
        Map<String, Integer> count = new HashMap<>();
        List<Story> out = new ArrayList<>();
        for (Story s : train) {
            boolean wanted = s.topics().stream().anyMatch(t -> count.getOrDefault(t, 0) < n);
            if (wanted) {
                out.add(s);
                s.topics().forEach(t -> count.merge(t, 1, Integer::sum));
            }
        }
        return out;
    }

    // ---- validation inside the training part --------------------------------------------------

    private static void tune(List<ArticleText> all, List<Story> train, Map<String, Long> ids, boolean quick) {
        List<Long> order = new ArrayList<>();
        Map<Long, List<String>> truth = new HashMap<>();
        for (Story s : train) {
            if (ids.containsKey(s.key())) {
                order.add(ids.get(s.key()));
                truth.put(ids.get(s.key()), s.topics());
            }
        }
        int cut = (int) Math.round(order.size() * 0.8);
        Set<Long> learn = new HashSet<>(order.subList(0, cut));
        Set<Long> judge = new HashSet<>(order.subList(cut, order.size()));
        Map<Long, ArticleText> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        // the library as it was when only the learning part was tagged: judge and test untagged
        List<ArticleText> library = new ArrayList<>();
        for (ArticleText a : all) {
            library.add(learn.contains(a.id()) ? a : a.withTags(List.of()));
        }
        List<ArticleText> judged = order.subList(cut, order.size()).stream().map(byId::get).toList();
        System.out.printf(Locale.ROOT, "%nVALIDATION inside the tagged part: %d learn, %d judge%n", learn.size(), judge.size());
        System.out.println("  cost  title  pairs  threshold  floor   micro-F1  macro-F1  P@1    learn s (wall, cpu)");
        SuggestSettings best = SuggestSettings.DEFAULT;
        double bestScore = -1;
        if (quick) {
            search(List.of(SuggestSettings.DEFAULT), library, judged, truth, best, bestScore);
            return;
        }
        List<SuggestSettings> grid = new ArrayList<>();
        for (double c : new double[] {1, 2}) {
            for (double tw : new double[] {1, 2}) {
                grid.add(SuggestSettings.DEFAULT.withBigrams(false).withCost(c).withTitleWeight(tw));
            }
        }
        grid.add(SuggestSettings.DEFAULT.withBigrams(true));
        best = search(grid, library, judged, truth, best, bestScore);
        List<SuggestSettings> thresholds = new ArrayList<>();
        for (double th : new double[] {-0.5, -0.4, -0.25}) {
            for (double floor : new double[] {-0.35, -1}) {
                thresholds.add(best.withDefaultThreshold(th).withBestTagFloor(floor));
            }
        }
        best = search(thresholds, library, judged, truth, best, -1);
        System.out.println("  chosen: " + best + (best.equals(SuggestSettings.DEFAULT) ? " (the program's defaults)"
                : "\n  NOTE: the program's defaults differ: " + SuggestSettings.DEFAULT));
    }

    private static SuggestSettings search(List<SuggestSettings> grid, List<ArticleText> library, List<ArticleText> judged,
                                          Map<Long, List<String>> truth, SuggestSettings best, double bestScore) {
        for (SuggestSettings s : grid) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            TagModel model = TagLearner.of(library, s).learn();
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - c0) / 1e9;
            Scores sc = new Scores();
            for (ArticleText a : judged) {
                // judged by the editors' topics (a copy of another story carries its tags on the story's lead)
                sc.add(model.suggest(a.withTags(List.of()), List.of(), Integer.MAX_VALUE), truth.get(a.id()));
            }
            // one figure to choose by: the mean of the three the issue asks for
            double score = (sc.microF1() + sc.macroF1() + sc.pAt1()) / 3;
            System.out.printf(Locale.ROOT, "  %4.1f  %5.1f  %-5s  %9.2f  %5.2f   %.4f    %.4f    %.4f  %.1f (cpu %.1f)%n",
                    s.cost(), s.titleWeight(), s.bigrams(), s.defaultThreshold(), s.bestTagFloor(), sc.microF1(),
                    sc.macroF1(), sc.pAt1(), secs, cpu);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** CPU time of the whole process (every thread): wall time on a loaded machine says little. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ---- the test ----------------------------------------------------------------------------

    private static void evaluate(LibraryService service, List<Story> test, Map<String, Long> ids, String label) {
        TagSuggestions suggestions = service.suggestions();
        long t0 = System.nanoTime();
        suggestions.awaitLearning();
        System.out.printf(Locale.ROOT, "learned in the library (read, features, %d tags) in %.2f s%n",
                suggestions.model().tags().size(), (System.nanoTime() - t0) / 1e9);
        Scores sc = new Scores();
        List<Double> millis = new ArrayList<>();
        int offeredNone = 0;
        for (Story s : test) {
            Long id = ids.get(s.key());
            if (id == null) {
                continue;
            }
            long a = System.nanoTime();
            List<TagSuggestion> offered = suggestions.suggest(id, Integer.MAX_VALUE);
            millis.add((System.nanoTime() - a) / 1e6);
            offeredNone += offered.isEmpty() ? 1 : 0;
            sc.add(offered, s.topics());
        }
        millis.sort(null);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-10s micro-F1 %.4f  macro-F1 %.4f (%d tags)  P@1 %.4f   (%d stories, %d offered"
                        + " nothing; %.2f tags offered a story)%n", label, sc.microF1(), sc.macroF1(), sc.tagsSeen(),
                sc.pAt1(), sc.stories, offeredNone, sc.offered / (double) sc.stories);
        System.out.printf(Locale.ROOT, "           suggestion latency through the service: mean %.2f ms, median %.2f ms,"
                        + " p95 %.2f ms, max %.2f ms%n", mean, millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
    }

    private static void learningOfTheService(LibraryService service) {
        // a tag added to one article: how soon is it learned?
        TagSuggestions suggestions = service.suggestions();
        List<Long> some = service.list(ArticleQuery.ALL, 0, 3).stream().map(a -> a.id()).toList();
        long before = suggestions.learnedAt();
        long t0 = System.nanoTime();
        service.tag(some, List.of("bench-new-tag"), List.of());
        while (suggestions.learnedAt() == before || !suggestions.model().tags().contains("bench-new-tag")) {
            Thread.onSpinWait();
            if (System.nanoTime() - t0 > 30e9) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "a new tag on 3 articles is learned %.0f ms after the tag call returns%n",
                (System.nanoTime() - t0) / 1e6);
        service.deleteTag("bench-new-tag");
    }

    private static void atTenThousand(List<ArticleText> texts) {
        List<ArticleText> ten = new ArrayList<>(10_000);
        long next = 1;
        while (ten.size() < 10_000) {
            for (ArticleText a : texts) {
                if (ten.size() == 10_000) {
                    break;
                }
                if (!a.tags().isEmpty()) {
                    ten.add(new ArticleText(next++, a.title(), a.body(), a.source(), a.regions(), a.tags()));
                }
            }
        }
        texts.clear();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        TagLearner learner = TagLearner.of(ten, SuggestSettings.DEFAULT);
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        TagModel model = learner.learn();
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        ArticleText probe = ten.get(0);
        ten.clear();
        System.gc();
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "%nAT 10,000 TAGGED ARTICLES (%d tags): features and vectors %.2f s + learning"
                        + " with calibration %.2f s = %.2f s from scratch (texts in memory)%n", model.tags().size(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  the same in CPU time (all threads): %.2f s + %.2f s = %.2f s%n",
                (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c2 - c0) / 1e9);
        System.out.printf(Locale.ROOT, "memory held by what was learned (vectors of every article and the model): %.1f MB"
                        + " (weights alone %.1f MB)%n", (heapAfter - heapBefore) / 1e6, model.weightBytes() / 1e6);
        long a = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - a < 1e9) {
            model.suggest(probe, List.of(), 3);
            n++;
        }
        System.out.printf(Locale.ROOT, "the model alone scores an article in %.3f ms%n", 1e3 / n);
        learner.size(); // keep the learner alive until measured
    }

    /** Offered sets against the truth. */
    static final class Scores {
        int stories;
        int offered;
        int tp;
        int fp;
        int fn;
        int first;
        final Map<String, int[]> perTag = new TreeMap<>();

        void add(List<TagSuggestion> offeredTags, List<String> truth) {
            stories++;
            offered += offeredTags.size();
            Set<String> t = new HashSet<>();
            truth.forEach(x -> t.add(x.toLowerCase(Locale.ROOT)));
            Set<String> o = new HashSet<>();
            offeredTags.forEach(x -> o.add(x.tag().toLowerCase(Locale.ROOT)));
            if (!offeredTags.isEmpty() && t.contains(offeredTags.get(0).tag().toLowerCase(Locale.ROOT))) {
                first++;
            }
            for (String x : o) {
                int[] c = perTag.computeIfAbsent(x, k -> new int[3]);
                if (t.contains(x)) {
                    tp++;
                    c[0]++;
                } else {
                    fp++;
                    c[1]++;
                }
            }
            for (String x : t) {
                if (!o.contains(x)) {
                    fn++;
                    perTag.computeIfAbsent(x, k -> new int[3])[2]++;
                }
            }
        }

        double microF1() {
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        /** Over the tags that occur in the truth judged. */
        double macroF1() {
            double sum = 0;
            int n = 0;
            for (int[] c : perTag.values()) {
                if (c[0] + c[2] > 0) {
                    sum += 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        int tagsSeen() {
            return (int) perTag.values().stream().filter(c -> c[0] + c[2] > 0).count();
        }

        double pAt1() {
            return stories == 0 ? 0 : first / (double) stories;
        }
    }
}
