package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.PreparedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Snippet benchmark on {@code corpus/snippets-dev}, scored exactly as
 * {@code shared/tools/score_snippets.py} scores {@code gazette extract --json}: each file goes
 * through the same {@link ExtractionPipeline} the command uses; every {@code with} snippet found
 * in the body is a true positive, missed a false negative, every {@code without} snippet found a
 * false positive (precision, recall, F1 over all snippets of all pages); title exact after
 * folding whitespace, quotes and case; author when the annotated name is contained in ours; date
 * when the first ten characters agree. Not thread-safe.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.gazette.bench.SnippetBenchmark -Dexec.args="--worst 20"
 * </pre>
 */
public final class SnippetBenchmark {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?U)\\s*[;|]\\s*");

    private SnippetBenchmark() {
    }

    /** One page that lost points, with what went wrong and where the wrong fields came from. */
    record Page(String id, int errors, List<String> problems) {
    }

    /** One page's snippet counts and whether its annotated headline, author and date were right (null: not annotated). */
    record Outcome(String id, long tp, long fp, long fn, Boolean title, Boolean author, Boolean date) {
    }

    /** Every page's outcome and the pages that lost points, worst first. */
    record Result(List<Outcome> outcomes, List<Page> bad) {
        static double share(int[] t) {
            return (double) t[0] / Math.max(t[1], 1);
        }

        int pages() {
            return outcomes.size();
        }

        /** Snippet counts over all pages. */
        Tally counts() {
            return new Tally(outcomes.stream().mapToLong(Outcome::tp).sum(), outcomes.stream().mapToLong(Outcome::fp).sum(),
                    outcomes.stream().mapToLong(Outcome::fn).sum());
        }

        int[] title() {
            return tally(Outcome::title);
        }

        int[] author() {
            return tally(Outcome::author);
        }

        int[] date() {
            return tally(Outcome::date);
        }

        private int[] tally(Function<Outcome, Boolean> field) {
            int[] t = new int[2];
            for (Outcome o : outcomes) {
                Boolean b = field.apply(o);
                if (b != null) {
                    t[1]++;
                    t[0] += b ? 1 : 0;
                }
            }
            return t;
        }

        /** The same figures over the pages {@code keep} accepts (a part of the corpus). */
        Result only(Predicate<String> keep) {
            return new Result(outcomes.stream().filter(o -> keep.test(o.id())).toList(),
                    bad.stream().filter(p -> keep.test(p.id())).toList());
        }
    }

    public static void main(String[] args) throws Exception {
        int worst = args.length > 1 && args[0].equals("--worst") ? Integer.parseInt(args[1]) : 10;
        Result all = score(Path.of(System.getProperty("gazette.shared", "../shared")));
        if (all == null) {
            System.out.println("snippets-dev not found (set -Dgazette.shared)");
            return;
        }
        for (String part : List.of("all", "validation", "dev")) {
            Result r = part.equals("all") ? all : all.only(part.equals("dev") ? ValidationSplit.DEV : ValidationSplit.VALIDATION);
            System.out.printf("%-10s ", part);
            System.out.printf("snippets: F1=%.3f P=%.3f R=%.3f n=%d | title=%.3f/%d author=%.3f/%d date=%.3f/%d%n",
                r.counts().f1(), r.counts().precision(), r.counts().recall(), r.pages(), Result.share(r.title()), r.title()[1],
                Result.share(r.author()), r.author()[1], Result.share(r.date()), r.date()[1]);
        }
        // the dev part only: validation pages are never read one by one
        all.only(ValidationSplit.DEV).bad().stream().limit(worst)
                .forEach(p -> System.out.println("  " + p.id() + "  " + String.join("; ", p.problems())));
    }

    /** Scores every page of {@code shared/corpus/snippets-dev}, or returns null when it is absent. */
    static Result score(Path shared) throws IOException {
        Path dir = shared.resolve("corpus").resolve("snippets-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        ExtractionPipeline pipeline = new ExtractionPipeline();
        ArticleExtractor explainer = new ArticleExtractor();
        List<Outcome> outcomes = new ArrayList<>();
        List<Page> bad = new ArrayList<>();
        List<String> ids = CommandOutput.ids(truth);
        for (String id : ids) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            Boolean title = null;
            Boolean author = null;
            Boolean date = null;
            JsonNode t = truth.get(id);
            PreparedArticle p = CommandOutput.first(pipeline, dir.resolve("html").resolve(id + ".html.gz"));
            ExtractedArticle a = p == null ? null : p.article();
            String body = norm(a == null ? null : a.bodyText());
            List<String> problems = new ArrayList<>();
            int errors = 0;
            for (JsonNode s : t.path("with")) {
                if (body.contains(norm(s.asText()))) {
                    tp++;
                } else {
                    fn++;
                    errors++;
                    problems.add("missed \"" + cut(s.asText()) + "\"");
                }
            }
            for (JsonNode s : t.path("without")) {
                if (body.contains(norm(s.asText()))) {
                    fp++;
                    errors++;
                    problems.add("kept \"" + cut(s.asText()) + "\"");
                }
            }
            Map<String, String> from = null;
            if (t.has("title")) {
                String got = a == null ? null : a.title();
                title = lower(norm(got)).equals(lower(norm(t.get("title").asText())));
                if (!title) {
                    from = from != null ? from : explain(explainer, p);
                    errors++;
                    problems.add("title \"" + got + "\" (from " + from.getOrDefault("title", "nothing") + ") want \""
                            + t.get("title").asText() + "\"");
                }
            }
            if (t.has("author")) {
                List<String> names = new ArrayList<>();
                JsonNode n = t.get("author");
                if (n.isArray()) {
                    n.forEach(x -> names.add(x.asText()));
                } else {
                    names.addAll(List.of(NAME_SEPARATOR.split(n.asText(), -1)));
                }
                String got = lower(norm(a == null ? null : a.author()));
                boolean ok = !got.isEmpty() && names.stream().filter(x -> !x.isEmpty())
                        .anyMatch(x -> got.contains(lower(norm(x))));
                author = ok;
                if (!ok) {
                    from = from != null ? from : explain(explainer, p);
                    errors++;
                    problems.add("author \"" + (a == null ? null : a.author()) + "\" (from "
                            + from.getOrDefault("author", "nothing") + ") want \"" + n.toString() + "\"");
                }
            }
            if (t.has("date")) {
                String got = a == null || a.published() == null ? "" : a.published();
                String want = t.get("date").asText();
                date = first10(got).equals(first10(want));
                if (!date) {
                    from = from != null ? from : explain(explainer, p);
                    errors++;
                    problems.add("date " + (got.isEmpty() ? "none" : got) + " (from "
                            + from.getOrDefault("published", "nothing") + ") want " + want);
                }
            }
            outcomes.add(new Outcome(id, tp, fp, fn, title, author, date));
            if (errors > 0) {
                bad.add(new Page(id, errors, problems));
            }
        }
        bad.sort(Comparator.comparingInt(Page::errors).reversed());
        return new Result(outcomes, bad);
    }

    private static Map<String, String> explain(ArticleExtractor explainer, PreparedArticle p) {
        return p == null ? Map.of() : explainer.explain(p.document());
    }

    /** score_snippets.py's norm(): NFC, curly quotes and no-break space folded, whitespace collapsed. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC);
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00a0', ' ');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String first10(String s) {
        return s.length() > 10 ? s.substring(0, 10) : s;
    }

    static String cut(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
