package dev.gazette.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.extract.ArticleExtractor;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.service.PreparedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A page that states no date anywhere gets no publication date: not the day its file was
 * saved or changed, not the day it was imported, not a "today" read from a section heading.
 * Generated pages use every place a date could be looked for (date-named classes, a heading,
 * a byline, time elements without a datetime, "Today's …" headings, JSON-LD and meta tags
 * without dates) but no digits and no month names. Checked on the extractor with a saved
 * instant, on the pipeline reading a file whose modification time is random, and through a
 * real import into a library.
 */
class NoStatedDatePropertiesTest {

    private static final List<String> WORDS = List.of("harbour", "lantern", "council", "keeper", "granite",
            "fishing", "town", "storm", "beacon", "stair", "quarry", "vote", "debate", "coast", "guard", "light",
            "restore", "plan", "museum", "grandparents", "headland", "rusted", "leaks", "room", "iron", "dark",
            "Hafen", "Leuchtturm", "Rat", "Stadt", "faro", "puerto", "phare", "port", "la", "le", "der", "el");
    private static final List<String> CLASSES = List.of("date", "time", "published", "byline", "meta",
            "entry-meta", "article-info", "post-date", "timestamp", "dateline", "fecha", "datum", "content", "story");
    private static final List<String> HEADINGS = List.of("Today's top stories", "Heute im Programm",
            "Hoy en portada", "Yesterday's news, today", "Aujourd'hui à la une", "Just now trending",
            "Latest", "Most read");

    private static Path dir;
    private static LibraryService service;
    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("gazette-no-date");
        service = LibraryService.open(dir.resolve("library"));
    }

    @AfterContainer
    static void close() {
        service.close();
    }

    @Property(tries = 200)
    void theExtractorGivesNoDateWhenThePageStatesNone(@ForAll("undatedPages") String html,
                                                       @ForAll("instants") Instant savedAt) {
        SourceDocument doc = new SourceDocument("page.html", SourceFormat.HTML, html, "UTF-8", null, savedAt,
                Map.of(), List.of(), List.of());
        ExtractedArticle a = EXTRACTOR.extract(doc);
        assertThat(a.published()).as("published of a page without a date").isNull();
    }

    @Property(tries = 60)
    void aFileTimeIsNeverAPublicationDate(@ForAll("undatedPages") String html, @ForAll("instants") Instant modified)
            throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "undated", ".html"), html, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        try {
            for (PreparedArticle p : PIPELINE.prepare(file)) {
                assertThat(p.article().published()).as("published from the file's time").isNull();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 25)
    void anImportedUndatedPageHasNoPublishedDateInTheLibrary(@ForAll("undatedPages") String html,
                                                              @ForAll("instants") Instant modified) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "imported", ".html"), html, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        ImportReport report = service.importPaths(List.of(file));
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.IMPORTED || o.status() == ImportOutcome.Status.UPDATED) {
                ArticleView view = service.article(o.articleId()).orElseThrow();
                assertThat(view.published()).as("the import day is 'added', never 'published'").isNull();
                assertThat(view.article().content().published()).isNull();
            }
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2001-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> undatedPages() {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(6).ofMaxSize(30)
                .map(ws -> String.join(" ", ws) + ".");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(4).map(ss -> String.join(" ", ss));
        Arbitrary<String> block = Combinators.combine(Arbitraries.of(CLASSES), paragraph, Arbitraries.of(
                "p", "div", "span", "time", "small", "li")).as((cls, text, tag) ->
                "<" + tag + " class=\"" + cls + "\">" + text + "</" + tag + ">");
        Arbitrary<String> head = Combinators.combine(Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(8),
                Arbitraries.of(true, false)).as((title, withLd) -> "<title>" + String.join(" ", title) + "</title>"
                + "<meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"Mira Hollis\">"
                + (withLd ? "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                + String.join(" ", title) + "\",\"author\":{\"@type\":\"Person\",\"name\":\"Mira Hollis\"}}</script>" : ""));
        return Combinators.combine(head, Arbitraries.of(HEADINGS), block.list().ofMinSize(1).ofMaxSize(12),
                paragraph.list().ofMinSize(2).ofMaxSize(8)).as((h, heading, blocks, paras) -> {
                    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                            .append(h).append("</head><body><h2>").append(heading).append("</h2><article><h1>")
                            .append(heading).append("</h1>");
                    for (int i = 0; i < Math.max(blocks.size(), paras.size()); i++) {
                        if (i < blocks.size()) {
                            b.append(blocks.get(i));
                        }
                        if (i < paras.size()) {
                            b.append("<p>").append(paras.get(i)).append("</p>");
                        }
                    }
                    return b.append("<p class=\"byline\">By Mira Hollis</p><time>").append(heading)
                            .append("</time></article></body></html>").toString();
                });
    }
}
