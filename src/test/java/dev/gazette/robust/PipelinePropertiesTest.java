package dev.gazette.robust;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import dev.gazette.service.ExtractionPipeline;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import dev.gazette.service.PreparedArticle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the whole pipeline (load, extract, place; and the import around it): any input
 * gives an article or the documented error (an IOException with a message from the loader, a
 * FAILED or SKIPPED outcome with its reason from the import), the reading HTML is always inert,
 * and a published date is always a real ISO date. Generated pages mix real markup, hostile
 * markup, random dates and random text; generated files mix random bytes with every extension.
 */
class PipelinePropertiesTest {

    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();
    private static final String NO_SERVER = "127.0.0.1:9";
    private static Path dir;
    private static LibraryService service;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("gazette-properties");
        service = LibraryService.open(dir.resolve("library"));
    }

    @AfterContainer
    static void close() throws Exception {
        service.close();
        try (LibraryAudit audit = LibraryAudit.of(dir.resolve("library"))) {
            assertThat(audit.integrity()).isEqualTo("ok");
            assertThat(audit.ftsProblem()).isNull();
            assertThat(audit.incompleteArticles()).isEmpty();
        }
    }

    @Property(tries = 200)
    void anyFileGivesArticlesOrAnIoExceptionWithAMessage(@ForAll("fileBytes") byte[] bytes, @ForAll("extension") String ext)
            throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "any", ext), bytes);
        try {
            List<PreparedArticle> articles = PIPELINE.prepare(file);
            for (PreparedArticle p : articles) {
                checkArticle(p.article());
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).as("the documented error has a reason").isNotBlank();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 300)
    void anyHtmlPageGivesAnInertArticleWithARealDate(@ForAll("pages") String html) {
        ExtractedArticle a = PIPELINE.prepare(SourceDocument.of("page.html", SourceFormat.HTML, html)).article();
        checkArticle(a);
    }

    @Property(tries = 200)
    void anyPastedTextGivesAnInertArticle(@ForAll("texts") String text) {
        ExtractedArticle a = PIPELINE.prepare(SourceDocument.of("pasted.txt", SourceFormat.TEXT, text)).article();
        checkArticle(a);
    }

    @Property(tries = 150)
    void anyMarkdownClippingGivesAnInertArticle(@ForAll("markdown") String md) {
        ExtractedArticle a = PIPELINE.prepare(SourceDocument.of("clip.md", SourceFormat.MARKDOWN, md)).article();
        checkArticle(a);
    }

    @Property(tries = 60)
    void anyFileThroughTheImportGivesAClearOutcome(@ForAll("fileBytes") byte[] bytes, @ForAll("extension") String ext)
            throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "import", ext), bytes);
        ImportReport report = service.importPaths(List.of(file));
        assertThat(report.outcomes()).isNotEmpty();
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.FAILED || o.status() == ImportOutcome.Status.SKIPPED) {
                assertThat(o.message()).as(o.toString()).isNotBlank();
            } else {
                assertThat(o.articleId()).as(o.toString()).isPositive();
            }
        }
    }

    static void checkArticle(ExtractedArticle a) {
        assertThat(a).isNotNull();
        if (a.bodyText() != null) {
            assertThat(a.bodyHtml()).as("reading HTML whenever there is text").isNotNull();
        }
        if (a.bodyHtml() != null) {
            // random text may name the address as words; no element or attribute may act on it
            assertThat(HostileExtractionTest.activeMarkup("body", a.bodyHtml())).isEmpty();
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(a.bodyHtml());
            for (org.jsoup.nodes.Element e : doc.getAllElements()) {
                for (org.jsoup.nodes.Attribute at : e.attributes()) {
                    if (!(e.normalName().equals("a") && at.getKey().equals("href"))) {
                        assertThat(at.getValue()).as("<" + e.normalName() + " " + at.getKey() + ">").doesNotContain(NO_SERVER);
                    }
                }
            }
        }
        for (String date : new String[]{a.published(), a.updated()}) {
            if (date != null) {
                assertThat(isIsoDate(date)).as("ISO date: " + date).isTrue();
            }
        }
    }

    static boolean isIsoDate(String s) {
        try {
            if (s.length() == 10) {
                LocalDate.parse(s);
            } else {
                OffsetDateTime.parse(s);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> extension() {
        return Arbitraries.of(".html", ".htm", ".txt", ".md", ".mhtml", ".eml", ".json", ".html.gz");
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(2000).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> page = pages().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> prefixed = Combinators.combine(Arbitraries.of("\u001f\u008b", "%PDF-", "PK\u0003\u0004", "\u00ff\u00fe",
                "\u00fe\u00ff", "\u00ef\u00bb\u00bf", "---\n", "MIME-Version: 1.0\r\n", "{\"entries\":[", "["), random)
                .as((p, r) -> {
                    byte[] head = p.getBytes(StandardCharsets.ISO_8859_1);
                    byte[] out = new byte[head.length + r.length];
                    System.arraycopy(head, 0, out, 0, head.length);
                    System.arraycopy(r, 0, out, head.length, r.length);
                    return out;
                });
        return Arbitraries.oneOf(random, text, page, prefixed);
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> date = Arbitraries.oneOf(
                Arbitraries.of("2021-02-29", "2021-13-01", "0000-00-00", "9999-12-31T23:59:59+14:00", "2019-04-06T10:00:00Z",
                        "6 April 2019", "April 6th, 2019", "06/04/2019", "1 hour ago", "yesterday", "Dienstag, 9. April 2019",
                        "2019年4月6日", "+999999999-12-31", "-0001-01-01", "2019-04-06T25:61:61Z", "1554540000", "NaN", ""),
                Arbitraries.strings().withChars("0123456789-:TZ+ /.").ofMaxLength(30));
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(300).map(HostilePages::escape);
        Arbitrary<String> element = Combinators.combine(
                Arbitraries.of("p", "div", "article", "main", "section", "span", "a", "script", "style", "iframe", "svg", "img",
                        "table", "td", "li", "h1", "time", "noscript", "template", "math", "form", "base", "meta", "link"),
                Arbitraries.of("", " class=\"article-body\"", " id=\"content\"", " href=\"javascript:alert(1)\"",
                        " src=\"http://" + NO_SERVER + "/x.png\"", " style=\"background:url(http://" + NO_SERVER + "/b)\"",
                        " onload=\"alert(1)\"", " srcset=\"http://" + NO_SERVER + "/s 2x\"", " hidden", " datetime=\"2020-01-02\""),
                text).as((tag, attr, t) -> "<" + tag + attr + ">" + t + (t.length() % 3 == 0 ? "" : "</" + tag + ">"));
        return Combinators.combine(date, element.list().ofMaxSize(40), Arbitraries.strings().all().ofMaxLength(80))
                .as((d, elements, title) -> "<html><head><title>" + HostilePages.escape(title) + "</title>"
                        + "<meta property=\"article:published_time\" content=\"" + HostilePages.escape(d) + "\"></head><body>"
                        + "<p class=\"byline\">Published " + HostilePages.escape(d) + "</p>" + String.join("", elements)
                        + HostilePages.prose("the harbour") + "</body></html>");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("", "By Jane Doe", "Published: 6 April 2019", "<script>alert(1)</script>", "Reuters",
                        "https://example.invalid/story", "Share this article", "© 2019", "\u0000", "\t\t", "NAIROBI, April 6 (Reuters) -"));
        return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> front = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().all().ofMaxLength(200)
                .map(s -> "---\n" + s + "\n---\n"), Arbitraries.of("---\ntitle: [unclosed\n", "---\ndate: 2019-02-30\n---\n",
                "---\n---\n", "---\ntitle: x\n", "+++\ntitle = \"toml\"\n+++\n"));
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(500),
                Arbitraries.of("# Title\n\nText [link](javascript:alert(1)) ![img](http://" + NO_SERVER + "/i.png)\n",
                        "<script>alert(1)</script>\n\nText", "[x]: http://" + NO_SERVER + "/ref\n\n![ref][x]", "> > > > > quote",
                        "```\ncode\n```", "<img src=x onerror=alert(1)>"));
        return Combinators.combine(front, body).as((f, b) -> f + b);
    }
}
