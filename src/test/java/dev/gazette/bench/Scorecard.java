package dev.gazette.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command that runs every corpus under {@code ../shared/corpus} and prints one table, the
 * worst pages of each corpus with where each wrong field came from, and writes the figures to
 * {@code target/scorecard.json}. It reuses the corpus benchmarks ({@link ExtractionBenchmark},
 * {@link MetadataBenchmark}, {@link DateBenchmark}, {@link SnippetBenchmark},
 * {@link WireBenchmark}); snippets-dev and wire-dev go through the pipeline {@code extract --json}
 * uses, so their figures are those of {@code shared/tools/score_snippets.py} and
 * {@code score_wire.py} on that command's output.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.gazette.bench.Scorecard
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.gazette.bench.Scorecard -Dexec.args="--only metadata,dates --worst 10"
 * </pre>
 * Sections: {@code html, text, metadata, dates, snippets, wire}. Figures are keyed
 * {@code corpus:figure} ({@code snippets-dev:headline}), the keys of
 * {@code src/test/resources/scorecard-floors.json}. Not thread-safe.
 */
public final class Scorecard {

    /** Every section, in the order the table prints them. */
    static final List<String> SECTIONS = List.of("html", "text", "metadata", "dates", "snippets", "wire");

    /** The text-dev pasting styles: ExtractionBenchmark mode and the name the table shows. */
    static final Map<String, String> TEXT_STYLES = new LinkedHashMap<>();

    static {
        TEXT_STYLES.put("text", "one-block-a-line");
        TEXT_STYLES.put("text-blank", "blank-lines");
        TEXT_STYLES.put("text-wrap", "wrapped-70");
        TEXT_STYLES.put("text-wrap-tight", "wrapped-70-tight");
    }

    /** The figures ({@code corpus:figure} to value, in table order) and each corpus's worst pages. */
    record Card(Map<String, Double> figures, Map<String, Integer> counts, Map<String, List<String>> worst) {
    }

    private Scorecard() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = new LinkedHashSet<>(SECTIONS);
        int worst = 5;
        Path out = Path.of("target/scorecard.json");
        Path shared = Path.of(System.getProperty("gazette.shared", "../shared"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--json" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --only " + String.join(",", SECTIONS) + ", --worst N, --json FILE)");
            }
        }
        if (!Files.isDirectory(shared.resolve("corpus"))) {
            System.out.println("corpus not found under " + shared.toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        long t0 = System.nanoTime();
        Card card = run(shared, only, worst);
        print(card);
        write(card, out, (System.nanoTime() - t0) / 1e9);
        System.out.printf("%nwritten to %s (%.0f s)%n", out, (System.nanoTime() - t0) / 1e9);
    }

    /** Runs the chosen sections; a section whose corpus is absent is left out. */
    static Card run(Path shared, Set<String> sections, int worst) throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> worstPages = new LinkedHashMap<>();
        if (sections.contains("html")) {
            body(shared, "html", "extraction-dev", worst, figures, counts, worstPages);
        }
        if (sections.contains("text")) {
            for (Map.Entry<String, String> style : TEXT_STYLES.entrySet()) {
                body(shared, style.getKey(), "text-dev/" + style.getValue(), worst, figures, counts, worstPages);
            }
        }
        if (sections.contains("metadata")) {
            MetadataBenchmark.Result r = MetadataBenchmark.score(shared);
            if (r != null) {
                String c = "metadata-dev";
                String[][] names = {{"title", "headline"}, {MetadataBenchmark.TITLE_SITE_ASIDE, "headline-site-name-aside"},
                    {"byline", "author"}, {MetadataBenchmark.BYLINE_WORD_ASIDE, "author-by-word-aside"}, {"siteName", "site"}, {"publishedTime", "date"}};
                for (String[] n : names) {
                    figures.put(c + ":" + n[1], r.share(n[0]));
                    counts.put(c + ":" + n[1], r.tallies().get(n[0])[1]);
                }
                worstPages.put(c, r.misses().stream().limit(worst * 2L)
                        .map(m -> m.page() + "  " + m.field() + " \"" + m.got() + "\" (from " + m.from() + ") want \"" + m.want() + "\"")
                        .toList());
            }
        }
        if (sections.contains("dates")) {
            DateBenchmark.Result r = DateBenchmark.score(shared);
            if (r != null) {
                figures.put("dates-dev:accuracy", r.accuracy());
                figures.put("dates-dev:precision", r.precision());
                counts.put("dates-dev:accuracy", r.total());
                counts.put("dates-dev:precision", r.given());
                // a wrong date is worse than none: wrong ones first
                List<DateBenchmark.Miss> misses = new ArrayList<>(r.misses());
                misses.sort(Comparator.comparing((DateBenchmark.Miss m) -> m.got() == null));
                worstPages.put("dates-dev", misses.stream().limit(worst * 2L)
                        .map(m -> m.id() + "  " + (m.got() == null ? "none" : m.got()) + " (from " + m.from() + ") want "
                                + m.want() + "  " + m.url())
                        .toList());
            }
        }
        if (sections.contains("snippets")) {
            SnippetBenchmark.Result r = SnippetBenchmark.score(shared);
            if (r != null) {
                String c = "snippets-dev";
                figures.put(c + ":snippet-precision", r.counts().precision());
                figures.put(c + ":snippet-recall", r.counts().recall());
                figures.put(c + ":snippet-f1", r.counts().f1());
                figures.put(c + ":headline", SnippetBenchmark.Result.share(r.title()));
                figures.put(c + ":author", SnippetBenchmark.Result.share(r.author()));
                figures.put(c + ":date", SnippetBenchmark.Result.share(r.date()));
                counts.put(c + ":snippet-f1", r.pages());
                counts.put(c + ":headline", r.title()[1]);
                counts.put(c + ":author", r.author()[1]);
                counts.put(c + ":date", r.date()[1]);
                worstPages.put(c, r.bad().stream().limit(worst * 2L)
                        .map(p -> p.id() + "  " + String.join("; ", p.problems())).toList());
            }
        }
        if (sections.contains("wire")) {
            WireBenchmark.Result r = WireBenchmark.score(shared);
            if (r != null) {
                String c = "wire-dev";
                figures.put(c + ":headline", r.share(r.title()));
                figures.put(c + ":body-share", r.share(r.body()));
                figures.put(c + ":countries-precision", r.counts().precision());
                figures.put(c + ":countries-recall", r.counts().recall());
                figures.put(c + ":countries-f1", r.counts().f1());
                figures.put(c + ":primary", r.share(r.primary()));
                counts.put(c + ":headline", r.stories());
                worstPages.put(c, r.bad().stream().limit(worst * 2L)
                        .map(s -> s.id() + "  " + String.join("; ", s.problems())).toList());
            }
        }
        return new Card(figures, counts, worstPages);
    }

    private static void body(Path shared, String mode, String name, int worst, Map<String, Double> figures,
                             Map<String, Integer> counts, Map<String, List<String>> worstPages) throws IOException {
        ExtractionBenchmark.Pages pages = ExtractionBenchmark.load(shared, mode);
        if (pages == null || pages.inputs().isEmpty()) {
            return;
        }
        ExtractionBenchmark.Run run = ExtractionBenchmark.measure(ExtractionBenchmark.ours(mode), pages.inputs(), pages.truths());
        ExtractionMetric metric = run.metric();
        Map<String, String> predicted = run.predicted();
        figures.put(name + ":body-precision", metric.precision());
        figures.put(name + ":body-recall", metric.recall());
        figures.put(name + ":body-f1", metric.f1());
        counts.put(name + ":body-f1", pages.inputs().size());
        List<ExtractionMetric.PageScore> scores = new ArrayList<>(metric.pages());
        scores.sort(Comparator.comparingDouble(ExtractionMetric.PageScore::f1));
        List<String> lines = new ArrayList<>();
        for (ExtractionMetric.PageScore s : scores.subList(0, Math.min(worst, scores.size()))) {
            lines.add(String.format("%s  F1 %.3f  P %s R %s (tp %d fp %d fn %d)  %s", s.id(), s.f1(), fmt(s.precision()),
                    fmt(s.recall()), s.tp(), s.fp(), s.fn(), diagnosis(predicted.get(s.id()), pages.truths().get(s.id()))));
        }
        worstPages.put(name, lines);
    }

    /** Where a body went wrong: its first words when it starts before the truth, or the truth's first words it lost. */
    private static String diagnosis(String predicted, String truth) {
        String p = predicted == null ? "" : predicted.strip();
        String t = truth == null ? "" : truth.strip();
        if (p.isEmpty()) {
            return "body empty";
        }
        String pStart = SnippetBenchmark.cut(p);
        String tStart = SnippetBenchmark.cut(t);
        String head = p.length() >= 30 && !t.contains(p.substring(0, 30)) ? "starts with \"" + pStart + "\" (not the article)"
                : t.length() >= 30 && !p.contains(t.substring(0, 30)) ? "lost the opening \"" + tStart + "\"" : "";
        String tail = p.length() >= 30 && !t.contains(p.substring(p.length() - 30)) ? " ends with \""
                + SnippetBenchmark.cut(p.substring(Math.max(0, p.length() - 60))) + "\" (not the article)" : "";
        return (head + tail).isBlank() ? "middle differs" : (head + tail).strip();
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format("%.3f", d);
    }

    static void print(Card card) {
        System.out.printf("%-34s %-22s %8s %6s%n", "corpus", "figure", "value", "n");
        String last = "";
        for (Map.Entry<String, Double> e : card.figures().entrySet()) {
            int colon = e.getKey().lastIndexOf(':');
            String corpus = e.getKey().substring(0, colon);
            Integer n = card.counts().get(e.getKey());
            System.out.printf("%-34s %-22s %8.3f %6s%n", corpus.equals(last) ? "" : corpus, e.getKey().substring(colon + 1),
                    e.getValue(), n == null ? "" : n.toString());
            last = corpus;
        }
        for (Map.Entry<String, List<String>> e : card.worst().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            System.out.printf("%nworst of %s:%n", e.getKey());
            e.getValue().forEach(l -> System.out.println("  " + l));
        }
    }

    static void write(Card card, Path out, double seconds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("seconds", Math.round(seconds));
        ObjectNode figures = root.putObject("figures");
        card.figures().forEach((k, v) -> figures.put(k, Math.round(v * 10000) / 10000.0));
        ObjectNode counts = root.putObject("counts");
        card.counts().forEach(counts::put);
        ObjectNode worst = root.putObject("worst");
        card.worst().forEach((k, v) -> {
            ArrayNode a = worst.putArray(k);
            v.forEach(a::add);
        });
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    }
}
