package dev.gazette.ingest;

import dev.gazette.model.SourceDocument;
import dev.gazette.model.SourceFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFitTest {

    private static SourceDocument html(String content) {
        return SourceDocument.of("page.html", SourceFormat.HTML, content);
    }

    @Test
    void aDocumentWithinTheLimitIsTheSameObjectAndHasNoNote() {
        SourceDocument doc = html("<p>short</p>");
        ContentFit.Fitted f = ContentFit.fit(doc, 1000);
        assertThat(f.document()).isSameAs(doc);
        assertThat(f.note()).isNull();
    }

    @Test
    void inlineImagesGoFirstAndTheWholeArticleStays() {
        String image = "data:image/png;base64," + "A".repeat(50_000);
        String page = "<html><body><h1>Bridge</h1><img src=\"" + image + "\"><p>The bridge opened.</p>"
                + "<img src='data:image/gif;base64,R0lGOD'></body></html>";
        ContentFit.Fitted f = ContentFit.fit(html(page), 10_000);
        assertThat(f.document().content()).contains("<p>The bridge opened.</p>")
                .contains("<img src=\"data:,\">")
                .contains("data:image/gif;base64,R0lGOD"); // a small one costs nothing and stays
        assertThat(f.note()).contains("inline images left out");
    }

    @Test
    void anOversizedPageIsCutAtATagAndSaysHowMuchWasRead() {
        StringBuilder page = new StringBuilder("<html><body><h1>Live blog</h1>");
        for (int i = 0; page.length() < 200_000; i++) {
            page.append("<p>Update ").append(i).append(": the count goes on.</p>");
        }
        ContentFit.Fitted f = ContentFit.fit(html(page.toString()), 50_000);
        String cut = f.document().content();
        assertThat(cut.length()).isLessThanOrEqualTo(50_000).isGreaterThan(25_000);
        assertThat(cut).startsWith("<html><body><h1>Live blog</h1>");
        assertThat(page.charAt(cut.length())).isEqualTo('<');
        assertThat(f.note()).startsWith("read the first ").contains(" of ");
        assertThat(f.document().fileName()).isEqualTo("page.html");
    }

    @Test
    void textIsCutAtALineEndAndItsDataWordsAreNotTouched() {
        String line = "A line of the story that mentions data:image/png;base64," + "B".repeat(3000) + "\n";
        String text = line.repeat(100);
        ContentFit.Fitted f = ContentFit.fit(SourceDocument.of("t.txt", SourceFormat.TEXT, text), 40_000);
        assertThat(f.document().content()).endsWith("B").doesNotContain("data:,");
        assertThat(text.charAt(f.document().content().length())).isEqualTo('\n');
    }

    @Property(tries = 300)
    void theResultFitsAndIsAPrefixOfThePageWithoutItsImages(@ForAll @StringLength(max = 3000) String body,
                                                            @ForAll @IntRange(min = 2, max = 2000) int max) {
        SourceDocument doc = html(body);
        ContentFit.Fitted f = ContentFit.fit(doc, max);
        String out = f.document().content();
        assertThat(out.length()).isLessThanOrEqualTo(Math.max(max, body.length() <= max ? body.length() : max));
        assertThat(ContentFit.withoutInlineImages(body)).startsWith(out);
        assertThat(f.note() == null).isEqualTo(body.length() <= max);
        if (!out.isEmpty()) {
            assertThat(Character.isHighSurrogate(out.charAt(out.length() - 1))).isFalse();
        }
    }
}
