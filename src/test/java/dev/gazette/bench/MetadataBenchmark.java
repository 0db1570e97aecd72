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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Metadata benchmark on {@code corpus/metadata-dev}: share of exact title, byline and siteName
 * (whitespace-normalised) and of publishedTime date part, each over the pages whose expected
 * value is not null. {@code --verbose} lists every miss with where the value came from.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.gazette.bench.MetadataBenchmark -Dgazette.shared=/work/shared
 * </pre>
 */
public final class MetadataBenchmark {

    private MetadataBenchmark() {
    }

    /** One scored field of one page ("title", "byline", "siteName", "publishedTime" and the two "aside" figures). */
    record Row(String page, String field, boolean right) {
    }

    /** The pages scored, every scored field and every miss. */
    record Result(int pages, List<Row> rows, List<Miss> misses) {
        /** Right and total per field, in the order first scored. */
        Map<String, int[]> tallies() {
            Map<String, int[]> out = new LinkedHashMap<>();
            FIELDS.forEach(f -> out.put(f.name(), new int[2]));
            for (Row r : rows) {
                int[] t = out.computeIfAbsent(r.field(), k -> new int[2]);
                t[1]++;
                t[0] += r.right() ? 1 : 0;
            }
            return out;
        }

        double share(String field) {
            int[] t = tallies().get(field);
            return t == null || t[1] == 0 ? 0 : (double) t[0] / t[1];
        }

        /** The same figures over the pages {@code keep} accepts (a part of the corpus). */
        Result only(Predicate<String> keep) {
            List<Row> r = rows.stream().filter(x -> keep.test(x.page())).toList();
            return new Result((int) r.stream().map(Row::page).distinct().count(), r,
                    misses.stream().filter(m -> keep.test(m.page())).toList());
        }
    }

    /** One wrong field: the page, what the reference says, what we gave and where it came from. */
    record Miss(String page, String field, String want, String got, String from) {
    }

    private record Field(String name, String explainKey, Function<ExtractedArticle, String> getter, boolean dateOnly) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", "title", ExtractedArticle::title, false),
            new Field("byline", "author", ExtractedArticle::author, false),
            new Field("siteName", "site", ExtractedArticle::site, false),
            new Field("publishedTime", "published", ExtractedArticle::published, true));

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
            for (Miss m : r.only(ValidationSplit.DEV).misses()) {
                System.out.printf("  %-14s %-40s want %s | got %s  (from %s)%n", m.field(), m.page(), m.want(), m.got(), m.from());
            }
        }
        for (String part : List.of("all", "dev", "validation")) {
            Result p = part.equals("all") ? r : r.only(part.equals("dev") ? ValidationSplit.DEV : ValidationSplit.VALIDATION);
            System.out.printf("metadata-dev %s, %d pages%n", part, p.pages());
            p.tallies().forEach((name, t) ->
                    System.out.printf("  %-14s %.3f (%d/%d)%n", name, p.share(name), t[0], t[1]));
        }
    }

    /** Scores every page of {@code shared/corpus/metadata-dev}, or returns null when it is absent. */
    static Result score(Path shared) throws IOException {
        Path dir = shared.resolve("corpus").resolve("metadata-dev");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(Files::isDirectory).sorted().forEach(pages::add);
        }
        List<Row> rows = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (Path page : pages) {
            Path html = page.resolve("source.html");
            Path expectedFile = page.resolve("expected-metadata.json");
            if (!Files.exists(html) || !Files.exists(expectedFile)) {
                continue;
            }
            String id = page.getFileName().toString();
            JsonNode expected = json.readTree(expectedFile.toFile());
            String content = ExtractionBenchmark.decode(Files.readAllBytes(html));
            SourceDocument doc = SourceDocument.of("source.html", SourceFormat.HTML, content);
            ExtractedArticle a = extractor.extract(doc);
            Map<String, String> from = null;
            for (Field f : FIELDS) {
                JsonNode e = expected.get(f.name());
                if (e == null || e.isNull()) {
                    continue;
                }
                String want = norm(e.asText(), f.dateOnly());
                String got = norm(f.getter().apply(a), f.dateOnly());
                if (f.name().equals("title")) {
                    rows.add(new Row(id, TITLE_SITE_ASIDE, want.equals(got) || siteNameAside(want, got)));
                }
                if (f.name().equals("byline")) {
                    rows.add(new Row(id, BYLINE_WORD_ASIDE, want.equals(got) || !got.isEmpty()
                            && want.matches("(?i)(?:by|written by)\\s+" + java.util.regex.Pattern.quote(got))));
                }
                rows.add(new Row(id, f.name(), want.equals(got)));
                if (!want.equals(got)) {
                    if (from == null) {
                        from = extractor.explain(doc);
                    }
                    misses.add(new Miss(id, f.name(), want, got, from.getOrDefault(f.explainKey(), "nothing found")));
                }
            }
        }
        return new Result(pages.size(), rows, misses);
    }

    /**
     * The reference title convention of metadata-dev (a reader-view project's) keeps the site's
     * name ("Headline | Site", "Headline - Wikipedia"); Gazette's headline drops it, as
     * snippets-dev's references do. This second title figure counts ours right when the reference
     * is ours plus one more part before or after a separator.
     */
    static final String TITLE_SITE_ASIDE = "titleSiteAside";

    /**
     * The same reference keeps the byline word ("By Jane Doe"); Gazette's author is the person
     * ("Jane Doe"). This second byline figure counts ours right when the reference is "By " + ours.
     */
    static final String BYLINE_WORD_ASIDE = "bylineWordAside";

    static boolean siteNameAside(String want, String got) {
        if (got.isEmpty() || !want.contains(got)) {
            return false;
        }
        String rest = want.startsWith(got) ? want.substring(got.length())
                : want.endsWith(got) ? want.substring(0, want.length() - got.length()) : null;
        return rest != null && rest.matches("(?s)\\s*[|\\-–—_:·»]\\s*.+|.+\\s*[|\\-–—_:·«]\\s*|[（(].+[)）].*");
    }

    private static String norm(String s, boolean dateOnly) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return dateOnly && t.length() >= 10 ? t.substring(0, 10) : t;
    }
}
