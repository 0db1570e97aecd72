package dev.gazette.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * Sections: {@code html, text, bodies, metadata, dates, snippets, wire}. Figures are keyed
 * {@code corpus:figure} ({@code snippets-dev:headline}), the keys of
 * {@code src/test/resources/scorecard-floors.json}; each is given on the corpus's dev part, its
 * fixed validation part ({@link ValidationSplit}, a third of the pages chosen by a hash of the ID)
 * and the whole corpus. The worst pages listed are dev pages only: validation pages are never read
 * one by one, and a rule is kept only when the validation figures hold. Not thread-safe.
 */
public final class Scorecard {

    /** Every section, in the order the table prints them. */
    static final List<String> SECTIONS = List.of("html", "text", "bodies", "metadata", "dates", "snippets", "wire");

    /** The text-dev pasting styles: ExtractionBenchmark mode and the name the table shows. */
    static final Map<String, String> TEXT_STYLES = new LinkedHashMap<>();

    static {
        TEXT_STYLES.put("text", "one-block-a-line");
        TEXT_STYLES.put("text-blank", "blank-lines");
        TEXT_STYLES.put("text-wrap", "wrapped-70");
        TEXT_STYLES.put("text-wrap-tight", "wrapped-70-tight");
    }

    /** The part of a corpus a figure is measured on: the whole corpus, or its dev or validation part. */
    enum Part {
        ALL(id -> true), DEV(ValidationSplit.DEV), VALIDATION(ValidationSplit.VALIDATION);

        final Predicate<String> keep;

        Part(Predicate<String> keep) {
            this.keep = keep;
        }
    }

    /** One figure on the whole corpus and on each part, with the pages (or items) it counts. */
    record Figure(double all, double dev, double validation, Integer n, Integer nDev, Integer nValidation) {
        double of(Part part) {
            return switch (part) {
                case ALL -> all;
                case DEV -> dev;
                case VALIDATION -> validation;
            };
        }
    }

    /** The figures ({@code corpus:figure} to value, in table order) and each corpus's worst dev pages. */
    record Card(Map<String, Figure> figures, Map<String, List<String>> worst) {
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

    /**
     * Runs the chosen sections; a section whose corpus is absent is left out. Every figure is
     * computed on the whole corpus and on its dev and validation parts ({@link ValidationSplit});
     * the worst pages listed are dev pages only.
     */
    static Card run(Path shared, Set<String> sections, int worst) throws IOException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, List<String>> worstPages = new LinkedHashMap<>();
        if (sections.contains("html")) {
            body(shared, "html", "extraction-dev", worst, figures, worstPages);
        }
        if (sections.contains("text")) {
            for (Map.Entry<String, String> style : TEXT_STYLES.entrySet()) {
                body(shared, style.getKey(), "text-dev/" + style.getValue(), worst, figures, worstPages);
            }
        }
        if (sections.contains("bodies")) {
            body(shared, "bodies-html", "bodies-dev/html", worst, figures, worstPages);
            body(shared, "bodies-text", "bodies-dev/text", worst, figures, worstPages);
        }
        if (sections.contains("metadata")) {
            MetadataBenchmark.Result r = MetadataBenchmark.score(shared);
            if (r != null) {
                String c = "metadata-dev";
                String[][] names = {{"title", "headline"}, {MetadataBenchmark.TITLE_SITE_ASIDE, "headline-site-name-aside"},
                    {"byline", "author"}, {MetadataBenchmark.BYLINE_WORD_ASIDE, "author-by-word-aside"}, {"siteName", "site"}, {"publishedTime", "date"}};
                add(figures, r::only, (x, f, n) -> {
                    for (String[] name : names) {
                        f.put(c + ":" + name[1], x.share(name[0]));
                        n.put(c + ":" + name[1], x.tallies().get(name[0])[1]);
                    }
                });
                worstPages.put(c, r.only(ValidationSplit.DEV).misses().stream().limit(worst * 2L)
                        .map(m -> m.page() + "  " + m.field() + " \"" + m.got() + "\" (from " + m.from() + ") want \"" + m.want() + "\"")
                        .toList());
            }
        }
        if (sections.contains("dates")) {
            DateBenchmark.Result r = DateBenchmark.score(shared);
            if (r != null) {
                add(figures, r::only, (x, f, n) -> {
                    f.put("dates-dev:accuracy", x.accuracy());
                    f.put("dates-dev:precision", x.precision());
                    n.put("dates-dev:accuracy", x.total());
                    n.put("dates-dev:precision", x.given());
                });
                // a wrong date is worse than none: wrong ones first
                List<DateBenchmark.Outcome> misses = new ArrayList<>(r.only(ValidationSplit.DEV).misses());
                misses.sort(Comparator.comparing((DateBenchmark.Outcome m) -> m.got() == null));
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
                add(figures, r::only, (x, f, n) -> {
                    f.put(c + ":snippet-precision", x.counts().precision());
                    f.put(c + ":snippet-recall", x.counts().recall());
                    f.put(c + ":snippet-f1", x.counts().f1());
                    f.put(c + ":headline", SnippetBenchmark.Result.share(x.title()));
                    f.put(c + ":author", SnippetBenchmark.Result.share(x.author()));
                    f.put(c + ":date", SnippetBenchmark.Result.share(x.date()));
                    n.put(c + ":snippet-f1", x.pages());
                    n.put(c + ":headline", x.title()[1]);
                    n.put(c + ":author", x.author()[1]);
                    n.put(c + ":date", x.date()[1]);
                });
                worstPages.put(c, r.only(ValidationSplit.DEV).bad().stream().limit(worst * 2L)
                        .map(p -> p.id() + "  " + String.join("; ", p.problems())).toList());
            }
        }
        if (sections.contains("wire")) {
            WireBenchmark.Result r = WireBenchmark.score(shared);
            if (r != null) {
                String c = "wire-dev";
                add(figures, r::only, (x, f, n) -> {
                    f.put(c + ":headline", x.share(x.title()));
                    f.put(c + ":body-share", x.share(x.body()));
                    f.put(c + ":countries-precision", x.counts().precision());
                    f.put(c + ":countries-recall", x.counts().recall());
                    f.put(c + ":countries-f1", x.counts().f1());
                    f.put(c + ":primary", x.share(x.primary()));
                    n.put(c + ":headline", x.stories());
                });
                worstPages.put(c, r.only(ValidationSplit.DEV).bad().stream().limit(worst * 2L)
                        .map(s -> s.id() + "  " + String.join("; ", s.problems())).toList());
            }
        }
        return new Card(figures, worstPages);
    }

    /** Puts one result's figures ({@code corpus:figure} to value) and counts into the two maps. */
    private interface Figures<R> {
        void of(R result, Map<String, Double> figures, Map<String, Integer> counts);
    }

    /** Computes a section's figures on the whole corpus and on each part, and adds them to {@code out}. */
    private static <R> void add(Map<String, Figure> out, Function<Predicate<String>, R> part, Figures<R> figures) {
        Map<Part, Map<String, Double>> values = new EnumMap<>(Part.class);
        Map<Part, Map<String, Integer>> counts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            Map<String, Double> f = new LinkedHashMap<>();
            Map<String, Integer> n = new LinkedHashMap<>();
            figures.of(part.apply(p.keep), f, n);
            values.put(p, f);
            counts.put(p, n);
        }
        for (String key : values.get(Part.ALL).keySet()) {
            out.put(key, new Figure(values.get(Part.ALL).get(key), values.get(Part.DEV).get(key),
                    values.get(Part.VALIDATION).get(key), counts.get(Part.ALL).get(key), counts.get(Part.DEV).get(key),
                    counts.get(Part.VALIDATION).get(key)));
        }
    }

    private static void body(Path shared, String mode, String name, int worst, Map<String, Figure> figures,
                             Map<String, List<String>> worstPages) throws IOException {
        ExtractionBenchmark.Pages pages = ExtractionBenchmark.load(shared, mode);
        if (pages == null || pages.inputs().isEmpty()) {
            return;
        }
        ExtractionBenchmark.Run run = ExtractionBenchmark.measure(ExtractionBenchmark.ours(mode), pages.inputs(), pages.truths());
        Map<String, String> predicted = run.predicted();
        add(figures, run.metric()::only, (metric, f, n) -> {
            f.put(name + ":body-precision", metric.precision());
            f.put(name + ":body-recall", metric.recall());
            f.put(name + ":body-f1", metric.f1());
            n.put(name + ":body-f1", metric.pages().size());
        });
        List<ExtractionMetric.PageScore> scores = new ArrayList<>(run.metric().only(ValidationSplit.DEV).pages());
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
        System.out.printf("%-28s %-26s %7s %10s %7s %13s%n", "corpus", "figure", "dev", "validation", "all", "n dev/val");
        String last = "";
        for (Map.Entry<String, Figure> e : card.figures().entrySet()) {
            int colon = e.getKey().lastIndexOf(':');
            String corpus = e.getKey().substring(0, colon);
            Figure f = e.getValue();
            System.out.printf("%-28s %-26s %7.3f %10.3f %7.3f %13s%n", corpus.equals(last) ? "" : corpus,
                    e.getKey().substring(colon + 1), f.dev(), f.validation(), f.all(),
                    f.n() == null ? "" : f.nDev() + "/" + f.nValidation());
            last = corpus;
        }
        for (Map.Entry<String, List<String>> e : card.worst().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            System.out.printf("%nworst dev pages of %s:%n", e.getKey());
            e.getValue().forEach(l -> System.out.println("  " + l));
        }
    }

    static void write(Card card, Path out, double seconds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("seconds", Math.round(seconds));
        root.put("split", "validation = pages whose ID's SHA-256 (first 4 bytes, unsigned) % 3 == 0; dev = the rest");
        for (Part part : Part.values()) {
            ObjectNode figures = root.putObject(part == Part.ALL ? "figures" : part.name().toLowerCase(Locale.ROOT));
            card.figures().forEach((k, v) -> figures.put(k, Math.round(v.of(part) * 10000) / 10000.0));
        }
        ObjectNode counts = root.putObject("counts");
        card.figures().forEach((k, v) -> {
            if (v.n() != null) {
                counts.put(k, v.n() + " (dev " + v.nDev() + ", validation " + v.nValidation() + ")");
            }
        });
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
