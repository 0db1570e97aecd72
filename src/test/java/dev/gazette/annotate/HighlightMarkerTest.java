package dev.gazette.annotate;

import dev.gazette.model.Highlight;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightMarkerTest {

    static final String TEXT = "Oil exports fell sharply in March.\n\nThe central bank raised rates again.";
    static final String HTML = "<p>Oil exports fell <a href=\"#x\">sharply</a> in March.</p>\n  <p>The central   bank raised rates again.</p>";

    private static Highlight hl(long id, String quote, String colour, String note) {
        int s = TEXT.indexOf(quote);
        return TextQuoteAnchor.create(1, TEXT, s, s + quote.length(), colour, note).withId(id, 1);
    }

    @Test
    void wrapsTheQuotedPassageInAMark() {
        var marked = HighlightMarker.mark(HTML, List.of(hl(5, "central bank raised", "blue", "why?")));
        assertThat(marked.html()).contains("<mark class=\"hl hl-blue\" id=\"hl-5\" data-highlight=\"5\" title=\"why?\">central   bank raised</mark>");
        assertThat(marked.placed()).containsExactly(5L);
    }

    @Test
    void aQuoteAcrossElementsBecomesSeveralMarks() {
        var marked = HighlightMarker.mark(HTML, List.of(hl(6, "fell sharply in March.\n\nThe central", "yellow", null)));
        String html = marked.html();
        assertThat(html).contains(">fell </mark>").contains("<a href=\"#x\"><mark class=\"hl hl-yellow\" data-highlight=\"6\">sharply</mark></a>")
                .contains(">The central</mark>");
        assertThat(html.split("id=\"hl-6\"", -1)).hasSize(2);
    }

    @Test
    void orphanedAndMissingHighlightsAreNotMarked() {
        Highlight orphan = TextQuoteAnchor.reanchor(hl(7, "Oil exports", null, null), "something else entirely");
        Highlight absent = new Highlight(8, 1, "not in this page at all", "", "", 0, null, null, null, false);
        var marked = HighlightMarker.mark(HTML, List.of(orphan, absent));
        assertThat(marked.html()).doesNotContain("<mark");
        assertThat(marked.placed()).isEmpty();
    }

    @Test
    void overlappingHighlightsShowTheNewerColour() {
        var marked = HighlightMarker.mark(HTML, List.of(hl(1, "Oil exports fell", "green", null), hl(2, "exports", "pink", null)));
        assertThat(marked.html()).contains("<mark class=\"hl hl-green\" id=\"hl-1\" data-highlight=\"1\">Oil </mark>"
                + "<mark class=\"hl hl-pink\" id=\"hl-2\" data-highlight=\"2\">exports</mark>"
                + "<mark class=\"hl hl-green\" data-highlight=\"1\"> fell</mark>");
    }

    @Test
    void xhtmlOutputIsWellFormed() {
        var marked = HighlightMarker.mark("<p>a<br>b &nbsp; <img src=x.png>Oil exports</p>", List.of(
                new Highlight(3, 1, "Oil exports", "", "", 0, null, "n & m", null, false)), true);
        assertThat(marked.html()).contains("<br />").contains("<img src=\"x.png\" />").contains("title=\"n &amp; m\"");
    }
}
