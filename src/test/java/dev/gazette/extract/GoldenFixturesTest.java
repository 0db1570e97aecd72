package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.ingest.DocumentLoader;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden fixture folder under {@code src/test/resources/extraction/} (see its README):
 * extracts the input and checks the fields listed in {@code expected.json}. An {@code input.eml}
 * is read through the ingest {@link DocumentLoader} first, since its metadata is in its headers.
 */
class GoldenFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @TestFactory
    Stream<DynamicTest> everyFixtureExtractsAsExpected() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenFixturesTest.class.getResource("/extraction").toURI());
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).isNotEmpty();
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path folder) throws IOException {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        if (Files.exists(folder.resolve("input.eml"))) {
            // an e-mail's hints come from its headers: it is read as the importer reads it
            List<SourceDocument> docs = new DocumentLoader().load(folder.resolve("input.eml"));
            assertThat(docs).hasSize(1);
            compare(expected, extractor.extract(docs.get(0)));
            return;
        }
        Path input;
        SourceFormat format;
        if (Files.exists(folder.resolve("input.html"))) {
            input = folder.resolve("input.html");
            format = SourceFormat.HTML;
        } else if (Files.exists(folder.resolve("input.txt"))) {
            input = folder.resolve("input.txt");
            format = SourceFormat.TEXT;
        } else {
            input = folder.resolve("input.md");
            format = SourceFormat.MARKDOWN;
        }
        String content = Files.readString(input, StandardCharsets.UTF_8);
        JsonNode in = expected.path("input");
        Map<String, String> hints = new HashMap<>();
        in.path("hints").fields().forEachRemaining(e -> hints.put(e.getKey(), e.getValue().asText()));
        Instant savedAt = in.hasNonNull("savedAt") ? Instant.parse(in.get("savedAt").asText()) : null;
        SourceDocument doc = new SourceDocument(input.getFileName().toString(), format, content, "UTF-8",
                in.hasNonNull("url") ? in.get("url").asText() : null, savedAt, hints, List.of(), List.of());
        compare(expected, extractor.extract(doc));
    }

    private static void compare(JsonNode expected, ExtractedArticle a) {
        SoftAssertions soft = new SoftAssertions();
        field(soft, expected, "title", a.title());
        field(soft, expected, "author", a.author());
        field(soft, expected, "source", a.source());
        field(soft, expected, "site", a.site());
        field(soft, expected, "url", a.url());
        field(soft, expected, "language", a.language());
        field(soft, expected, "leadImage", a.leadImage());
        field(soft, expected, "dateline", a.dateline());
        if (expected.has("published")) {
            soft.assertThat(a.publishedDate() == null ? null : a.publishedDate().toString()).as("published")
                    .isEqualTo(expected.get("published").isNull() ? null : expected.get("published").asText());
        }
        if (expected.has("updated")) {
            soft.assertThat(a.updated() == null ? null : a.updated().substring(0, 10)).as("updated")
                    .isEqualTo(expected.get("updated").asText());
        }
        String body = a.bodyText() == null ? "" : a.bodyText();
        String html = a.bodyHtml() == null ? "" : a.bodyHtml();
        if (expected.has("bodyStartsWith")) {
            soft.assertThat(body).as("body start").startsWith(expected.get("bodyStartsWith").asText());
        }
        if (expected.has("bodyEndsWith")) {
            soft.assertThat(body).as("body end").endsWith(expected.get("bodyEndsWith").asText());
        }
        if (expected.has("paragraphs")) {
            soft.assertThat(body.split("\n\n")).as("paragraphs of\n" + body).hasSize(expected.get("paragraphs").asInt());
        }
        expected.path("bodyContains").forEach(s -> soft.assertThat(body).as("body").contains(s.asText()));
        expected.path("bodyNotContains").forEach(s -> soft.assertThat(body).as("body").doesNotContain(s.asText()));
        expected.path("htmlContains").forEach(s -> soft.assertThat(html).as("html").contains(s.asText()));
        expected.path("htmlNotContains").forEach(s -> soft.assertThat(html).as("html").doesNotContain(s.asText()));
        soft.assertAll();
    }

    private static void field(SoftAssertions soft, JsonNode expected, String name, String actual) {
        if (expected.has(name)) {
            JsonNode e = expected.get(name);
            soft.assertThat(actual).as(name).isEqualTo(e.isNull() ? null : e.asText());
        }
    }
}
