package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Publication-date benchmark on {@code corpus/dates-dev} (HTML only, no URL given): accuracy =
 * right dates / all pages, precision = right dates / pages given a date. {@code --verbose}
 * lists every miss.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.DateBenchmark -Dgazette.shared=/work/shared
 * </pre>
 */
public final class DateBenchmark {

    private DateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("--verbose");
        Path dir = Path.of(System.getProperty("gazette.shared", "../shared"), "corpus", "dates-dev");
        if (!Files.exists(dir.resolve("truth.json"))) {
            System.out.println("corpus not found under " + dir.toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        int total = 0;
        int given = 0;
        int right = 0;
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
            ExtractedArticle a = extractor.extract(SourceDocument.of(id + ".html", SourceFormat.HTML, html));
            String got = a.publishedDate() == null ? null : a.publishedDate().toString();
            if (got != null) {
                given++;
                if (got.equals(want)) {
                    right++;
                }
            }
            if (verbose && !want.equals(got)) {
                System.out.printf("  %s want %s got %s  %s%n", id, want, got, truth.get(id).path("url").asText());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dates-dev, %d pages: accuracy %.3f (%d/%d), precision %.3f (%d/%d), %.1f pages/s%n",
                total, (double) right / total, right, total, given == 0 ? 0 : (double) right / given, right, given,
                total / seconds);
    }
}
