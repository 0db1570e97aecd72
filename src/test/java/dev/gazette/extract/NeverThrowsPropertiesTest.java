package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The extractors and the date parser never throw, whatever they are given. */
class NeverThrowsPropertiesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final DateParser dates = new DateParser();

    @Property(tries = 300)
    void htmlExtractorNeverThrows(@ForAll("markup") String html) {
        ExtractedArticle a = extractor.extract(SourceDocument.of("x.html", SourceFormat.HTML, html));
        assertThat(a).isNotNull();
        if (a.bodyText() != null) {
            assertThat(a.bodyHtml()).isNotNull().doesNotContain("<script");
        }
    }

    @Property(tries = 300)
    void textExtractorNeverThrows(@ForAll("lines") String text) {
        assertThat(extractor.extract(SourceDocument.of("x.txt", SourceFormat.TEXT, text))).isNotNull();
    }

    @Property(tries = 200)
    void markdownExtractorNeverThrows(@ForAll("lines") String text) {
        assertThat(extractor.extract(SourceDocument.of("x.md", SourceFormat.MARKDOWN, text))).isNotNull();
    }

    @Property(tries = 1000)
    void dateParserNeverThrowsAndNeverReturnsImplausibleDates(@ForAll("dateish") String text) {
        DateParser.ParsedDate d = dates.parse(text, false, null);
        if (d != null) {
            assertThat(d.date().getYear()).isBetween(1800, java.time.LocalDate.now().getYear());
        }
        dates.parseUrl(text, null);
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class=\"content\">", "<div class=\"share\">", "</div>", "<article>",
                        "</article>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",", "</script>",
                        "<meta property=\"article:published_time\" content=\"", "\">", "<h1>", "</h1>", "<br>",
                        "<table><tr><td>", "<a href=\"javascript:x\">", "</a>", "<img src=\"data:", "<!--", "-->",
                        "<time datetime=\"2019-02-30\">", "<![CDATA[", "&amp;", "&#xFFFF;", "<", ">", "\"", "\u0000"),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("Apr 6, 2019", "6 апреля 2019", "2019-13-45", "99/99/9999", "Subscribe to our newsletter"));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("", "Credit: ", "By ", "Home", "Apr 6, 2019", "(AP) —", "---", "# ", "> ", "|a|b|"),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',').ofMinLength(60).ofMaxLength(300));
        return line.list().ofMaxSize(80).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> dateish() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789/-.: TZ+年月日апрельde ").ofMaxLength(40),
                Arbitraries.strings().withCharRange('0', '9').ofMaxLength(12).map(s -> "/" + s + "/"),
                Arbitraries.of("31/02/2019", "2019-02-30", "Feb 30, 2019", "0 de abril de 0000", "2019-04-06T25:61:00+99:99",
                        "9999999999 days ago", "hace 99999999999999 días"));
    }
}
