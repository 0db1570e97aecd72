package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Publication-date benchmark on {@code corpus/dates-dev} (HTML only, no URL given): accuracy =
 * right dates / all pages, precision = right dates / pages given a date. {@code --verbose}
 * lists every miss of the dev part ({@link ValidationSplit}) with where the date came from.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.DateBenchmark -Dgazette.shared=/work/shared
 * </pre>
 */
public final class DateBenchmark {

    private DateBenchmark() {
    }

    /** Every page's outcome and the seconds it took. */
    record Result(List<Outcome> pages, double seconds) {
        int total() {
            return pages.size();
        }

        int given() {
            return (int) pages.stream().filter(p -> p.got() != null).count();
        }

        int right() {
            return (int) pages.stream().filter(Outcome::right).count();
        }

        double accuracy() {
            return total() == 0 ? 0 : (double) right() / total();
        }

        double precision() {
            return given() == 0 ? 0 : (double) right() / given();
        }

        /** The pages whose date is wrong or missing. */
        List<Outcome> misses() {
            return pages.stream().filter(p -> !p.right()).toList();
        }

        /** The same figures over the pages {@code keep} accepts (a part of the corpus). */
        Result only(Predicate<String> keep) {
            return new Result(pages.stream().filter(p -> keep.test(p.id())).toList(), seconds);
        }
    }

    /** One page: the true date, ours (null when none) and, when it is wrong or missing, where ours came from. */
    record Outcome(String id, String want, String got, String from, String url) {
        boolean right() {
            return want.equals(got);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("--verbose");
        Path shared = Path.of(System.getProperty("gazette.shared", "../shared"));
        Result r = score(shared);
        if (r == null) {
            System.out.println("corpus not found under " + shared.toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        if (verbose) {
            // the dev part only: validation pages are never read one by one
            for (Outcome m : r.only(ValidationSplit.DEV).misses()) {
                System.out.printf("  %s want %s got %s (from %s)  %s%n", m.id(), m.want(), m.got(), m.from(), m.url());
            }
        }
        for (String part : List.of("all", "dev", "validation")) {
            Result p = part.equals("all") ? r : r.only(part.equals("dev") ? ValidationSplit.DEV : ValidationSplit.VALIDATION);
            System.out.printf("dates-dev %-10s %d pages: accuracy %.3f (%d/%d), precision %.3f (%d/%d)%n", part,
                    p.total(), p.accuracy(), p.right(), p.total(), p.precision(), p.right(), p.given());
        }
        System.out.printf("%.1f pages/s%n", r.total() / r.seconds());
    }

    /** Scores every page of {@code shared/corpus/dates-dev}, or returns null when it is absent. */
    static Result score(Path shared) throws IOException {
        Path dir = shared.resolve("corpus").resolve("dates-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<Outcome> pages = new ArrayList<>();
        long t0 = System.nanoTime();
        Iterator<String> ids = truth.fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            String html = ExtractionBenchmark.readGz(dir.resolve("html/" + id + ".html.gz"));
            if (html == null) {
                continue;
            }
            String want = truth.get(id).path("date").asText();
            SourceDocument doc = SourceDocument.of(id + ".html", SourceFormat.HTML, html);
            ExtractedArticle a = extractor.extract(doc);
            String got = a.publishedDate() == null ? null : a.publishedDate().toString();
            String from = want.equals(got) ? null
                    : got == null ? "nothing found" : extractor.explain(doc).getOrDefault("published", "?");
            pages.add(new Outcome(id, want, got, from, truth.get(id).path("url").asText()));
        }
        return new Result(pages, (System.nanoTime() - t0) / 1e9);
    }
}
