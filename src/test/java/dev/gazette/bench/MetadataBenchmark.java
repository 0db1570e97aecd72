package dev.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Metadata benchmark on {@code corpus/metadata-dev}: share of exact title, byline and siteName
 * (whitespace-normalised) and of publishedTime date part, each over the pages whose expected
 * value is not null. {@code --verbose} lists every miss.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.MetadataBenchmark -Dgazette.shared=/work/shared
 * </pre>
 */
public final class MetadataBenchmark {

    private MetadataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = args.length > 0 && args[0].equals("--verbose");
        Path dir = Path.of(System.getProperty("gazette.shared", "../shared"), "corpus", "metadata-dev");
        if (!Files.isDirectory(dir)) {
            System.out.println("corpus not found under " + dir.toAbsolutePath() + " (set -Dgazette.shared)");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(Files::isDirectory).sorted().forEach(pages::add);
        }
        Field[] fields = {
            new Field("title", ExtractedArticle::title, false),
            new Field("byline", ExtractedArticle::author, false),
            new Field("siteName", ExtractedArticle::site, false),
            new Field("publishedTime", ExtractedArticle::published, true),
        };
        for (Path page : pages) {
            Path html = page.resolve("source.html");
            Path expectedFile = page.resolve("expected-metadata.json");
            if (!Files.exists(html) || !Files.exists(expectedFile)) {
                continue;
            }
            JsonNode expected = json.readTree(expectedFile.toFile());
            String content = ExtractionBenchmark.decode(Files.readAllBytes(html));
            ExtractedArticle a = extractor.extract(SourceDocument.of("source.html", SourceFormat.HTML, content));
            for (Field f : fields) {
                JsonNode e = expected.get(f.name);
                if (e == null || e.isNull()) {
                    continue;
                }
                f.total++;
                String want = norm(e.asText(), f.dateOnly);
                String got = norm(f.getter.apply(a), f.dateOnly);
                if (want.equals(got)) {
                    f.right++;
                } else if (verbose) {
                    System.out.printf("  %-14s %-40s want %s | got %s%n", f.name, page.getFileName(), want, got);
                }
            }
        }
        System.out.printf("metadata-dev, %d pages%n", pages.size());
        for (Field f : fields) {
            System.out.printf("%-14s %.3f (%d/%d)%n", f.name, f.total == 0 ? 0 : (double) f.right / f.total, f.right, f.total);
        }
    }

    private static final class Field {
        final String name;
        final Function<ExtractedArticle, String> getter;
        final boolean dateOnly;
        int right;
        int total;

        Field(String name, Function<ExtractedArticle, String> getter, boolean dateOnly) {
            this.name = name;
            this.getter = getter;
            this.dateOnly = dateOnly;
        }
    }

    private static String norm(String s, boolean dateOnly) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return dateOnly && t.length() >= 10 ? t.substring(0, 10) : t;
    }
}
