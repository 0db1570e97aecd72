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
}
