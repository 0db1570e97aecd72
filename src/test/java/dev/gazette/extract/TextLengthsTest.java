package dev.gazette.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextLengths} gives, for every element of a page, exactly what jsoup's own walks give:
 * {@code text().length()}, the link density, the commas of the text, the list items' text and
 * the p/img/li/input counts. Checked on generated markup (whitespace of every kind, pre, blocks
 * and inline elements mixed, links nested in links) and on the project's fixtures and, where
 * {@code ../shared} is present, the extraction-dev pages.
 */
class TextLengthsTest {

    @Property(tries = 400)
    void agreesWithJsoupOnGeneratedMarkup(@ForAll("markup") String html) {
        assertAgrees(parse(html));
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of(
                "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<a href=\"#x\">", "<a href=\"/y\">", "</a>",
                "<br>", "<li>", "<ul>", "</ul>", "<pre>", "</pre>", "<b>", "</b>", "<td>", "<table>", "<img>",
                "<input>", "<h2>", "</h2>", "<!-- c -->", "<![CDATA[ x ]]>", "<textarea> a  b </textarea>",
                " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "\u000b", "\u0001", "word", "Two words,",
                "x", "，", "、", "😀", "<script>var a = 1, b;</script>", "<em> e </em>", "&nbsp;", "a,b");
        return piece.list().ofMaxSize(40).map(l -> "<body>" + String.join("", l) + "</body>");
    }

    @Test
    void agreesWithJsoupOnTheFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extraction"))) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertThat(pages).isNotEmpty();
            for (Path page : pages) {
                assertAgrees(parse(Files.readString(page, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void agreesWithJsoupOnRealPages() throws IOException {
        Path html = Path.of("../shared/corpus/extraction-dev/html");
        Assumptions.assumeTrue(Files.isDirectory(html), "../shared is absent: real pages not checked");
        try (Stream<Path> files = Files.list(html)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().limit(25).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    assertAgrees(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static Document parse(String html) {
        return Parser.htmlParser().setMaxDepth(ExtractionRules.MAX_ELEMENT_DEPTH).parseInput(html, "");
    }

    private static void assertAgrees(Document doc) {
        TextLengths lengths = new TextLengths();
        for (Element e : doc.getAllElements()) {
            String text = e.text();
            assertThat(lengths.textLength(e)).as("text length of <%s> in %s", e.normalName(), doc.body()).isEqualTo(text.length());
            assertThat(lengths.linkDensity(e)).as("link density of <%s>", e.normalName())
                    .isEqualTo(HtmlBodyExtractor.linkDensity(e));
            assertThat(lengths.commas(e)).isEqualTo(TextLengths.commas(text));
            assertThat(lengths.listText(e)).isEqualTo(e.select("li").stream().mapToInt(li -> li.text().length()).sum());
            assertThat(lengths.tagCounts(e)).containsExactly(e.select("p").size(), e.select("img").size(),
                    e.select("li").size(), e.select("input").size());
        }
    }
}
