package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderPageTest {

    @Test
    void searchWordsAreMarkedInTextButNeverInsideTags() {
        String html = "<p><a href=\"https://water.example/\">Water</a> rationing and more water.</p>";
        String out = ReaderPage.highlight(html, List.of("water"));
        assertThat(out).contains("href=\"https://water.example/\"")
                .contains("<mark>Water</mark></a>")
                .contains("more <mark>water</mark>.");
    }

    @Test
    void phrasesPrefixesAndFiltersAreUnderstood() {
        assertThat(ReaderPage.searchTerms("\"harbour bridge\" lorr* tag:energy AND cracks"))
                .containsExactly("harbour bridge", "lorr*", "cracks");
        assertThat(ReaderPage.highlight("<p>Lorries crossed the Harbour  Bridge</p>", List.of("harbour bridge", "lorr*")))
                .isEqualTo("<p><mark>Lorries</mark> crossed the <mark>Harbour  Bridge</mark></p>");
    }

    @Test
    void wordsAreMatchedWhole() {
        assertThat(ReaderPage.highlight("<p>waterfall water</p>", List.of("water")))
                .isEqualTo("<p>waterfall <mark>water</mark></p>");
    }

    @Test
    void linksPointAtThePrivateSchemeAndNameTheirAddress() {
        String out = ReaderPage.privateLinks("<p>See <a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">the report</a>.</p>");
        assertThat(out).isEqualTo("<p>See <a href=\"gazette-link:https://example.org/a?b=1&amp;c=&quot;2&quot;\""
                + " title=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">the report</a>.</p>");
    }

    @Test
    void linksKeepTheirTitleAndFragmentsStay() {
        assertThat(ReaderPage.privateLinks("<a title=\"Report\" href='http://x.example/'>r</a>"))
                .isEqualTo("<a title=\"Report\" href=\"gazette-link:http://x.example/\">r</a>");
        assertThat(ReaderPage.privateLinks("<a href=\"#note-1\">1</a><abbr title=\"x\">y</abbr><a name=\"n\">z</a>"))
                .isEqualTo("<a href=\"#note-1\">1</a><abbr title=\"x\">y</abbr><a name=\"n\">z</a>");
    }

    @Test
    void onlyWebAndMailAddressesGoToTheBrowser() {
        assertThat(ReaderPage.linkTarget("gazette-link:https://example.org/x")).isEqualTo("https://example.org/x");
        assertThat(ReaderPage.linkTarget("gazette-link:mailto:desk@example.org")).isEqualTo("mailto:desk@example.org");
        assertThat(ReaderPage.linkTarget("gazette-link:file:///etc/passwd")).isNull();
        assertThat(ReaderPage.linkTarget("gazette-link:javascript:alert(1)")).isNull();
        assertThat(ReaderPage.linkTarget("https://example.org/x")).as("a real navigation is never followed").isNull();
        assertThat(ReaderPage.linkTarget(null)).isNull();
    }

    @Test
    void theRenderedPageHasNoLinkAWebViewCouldFollow() {
        assertThat(ReaderPage.privateLinks("<p><a href=\"https://a.example/\">a</a> and <A HREF=https://b.example/>b</A></p>"))
                .doesNotContainPattern("(?i)href=\"?https?:");
    }
}
