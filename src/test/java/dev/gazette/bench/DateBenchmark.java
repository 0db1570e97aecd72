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

/**
 * Publication-date benchmark on {@code corpus/dates-dev} (HTML only, no URL given): accuracy =
 * right dates / all pages, precision = right dates / pages given a date. {@code --verbose}
 * lists every miss with where the date came from.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.DateBenchmark -Dgazette.shared=/work/shared
 * </pre>
 */
public final class DateBenchmark {

    private DateBenchmark() {
    }

    /** Pages, pages given a date, right dates, the misses and the seconds it took. */
    record Result(int total, int given, int right, List<Miss> misses, double seconds) {
        double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }

        double precision() {
            return given == 0 ? 0 : (double) right / given;
        }
    }

    /** A page whose date is wrong or missing, with where our date came from. */
    record Miss(String id, String want, String got, String from, String url) {
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
            for (Miss m : r.misses()) {
                System.out.printf("  %s want %s got %s (from %s)  %s%n", m.id(), m.want(), m.got(), m.from(), m.url());
            }
        }
        System.out.printf("dates-dev, %d pages: accuracy %.3f (%d/%d), precision %.3f (%d/%d), %.1f pages/s%n",
                r.total(), r.accuracy(), r.right(), r.total(), r.precision(), r.right(), r.given(),
                r.total() / r.seconds());
    }

    /** Scores every page of {@code shared/corpus/dates-dev}, or returns null when it is absent. */
    static Result score(Path shared) throws IOException {
        Path dir = shared.resolve("corpus").resolve("dates-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            return null;
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        int total = 0;
        int given = 0;
        int right = 0;
        List<Miss> misses = new ArrayList<>();
        long t0 = System.nanoTime();
        Iterator<String> ids = truth.fieldNames();
        while (ids.hasNext()) {
            String id = ids.next();
            String html = ExtractionBenchmark.readGz(dir.resolve("html/" + id + ".html.gz"));
            if (html == null) {
                continue;
            }
            total++;
            String want = truth.get(id).path("date").asText();
            SourceDocument doc = SourceDocument.of(id + ".html", SourceFormat.HTML, html);
            ExtractedArticle a = extractor.extract(doc);
            String got = a.publishedDate() == null ? null : a.publishedDate().toString();
            if (got != null) {
                given++;
                if (got.equals(want)) {
                    right++;
                }
            }
            if (!want.equals(got)) {
                String from = got == null ? "nothing found" : extractor.explain(doc).getOrDefault("published", "?");
                misses.add(new Miss(id, want, got, from, truth.get(id).path("url").asText()));
            }
        }
        return new Result(total, given, right, misses, (System.nanoTime() - t0) / 1e9);
    }
}
