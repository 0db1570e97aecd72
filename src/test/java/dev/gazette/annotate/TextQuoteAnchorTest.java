package dev.gazette.annotate;

import dev.gazette.model.Highlight;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextQuoteAnchorTest {

    static final String ARTICLE = """
            Caracas, Venezuela. The opposition leader called for new protests on Saturday.

            Sanctions imposed by the United States in January have cut oil exports sharply, officials said.

            The government blamed the sanctions for shortages of food and medicine across the country.

            Officials said the sanctions would stay in place until free elections are held.""";

    private static Highlight highlight(String text, String quote) {
        int s = text.indexOf(quote);
        assertThat(s).as("quote in text").isGreaterThanOrEqualTo(0);
        return TextQuoteAnchor.create(7, text, s, s + quote.length(), "green", "remember this");
    }

    @Test
    void createsQuoteWithContextAndPosition() {
        Highlight h = highlight(ARTICLE, "cut oil exports sharply");
        assertThat(h.exact()).isEqualTo("cut oil exports sharply");
        assertThat(h.prefix()).hasSize(Highlight.CONTEXT).endsWith("in January have ");
        assertThat(h.suffix()).startsWith(", officials said.");
        assertThat(h.start()).isEqualTo(ARTICLE.indexOf("cut oil"));
        assertThat(h.colour()).isEqualTo("green");
        assertThat(TextQuoteAnchor.holds(h, ARTICLE)).isTrue();
    }

    @Test
    void contextNearTheEdgesIsShorter() {
        Highlight h = highlight(ARTICLE, "Caracas");
        assertThat(h.prefix()).isEmpty();
        Highlight last = highlight(ARTICLE, "are held.");
        assertThat(last.suffix()).isEmpty();
    }

    @Test
    void findsTheQuoteAfterParagraphsAreAddedBefore() {
        Highlight h = highlight(ARTICLE, "shortages of food and medicine");
        String changed = "Updated 14:00 GMT with comment from the ministry.\n\nAn earlier paragraph of background.\n\n"
                + ARTICLE;
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isFalse();
        assertThat(again.exact()).isEqualTo("shortages of food and medicine");
        assertThat(again.start()).isEqualTo(changed.indexOf("shortages of food"));
    }

    @Test
    void findsTheQuoteAfterParagraphsAreRemoved() {
        Highlight h = highlight(ARTICLE, "until free elections are held");
        String changed = ARTICLE.substring(ARTICLE.indexOf("The government"));
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isFalse();
        assertThat(again.start()).isEqualTo(changed.indexOf("until free"));
    }

    @Test
    void repeatedQuoteIsTellByItsContext() {
        // "the sanctions" occurs twice; the second one is highlighted
        int second = ARTICLE.indexOf("the sanctions", ARTICLE.indexOf("the sanctions") + 1);
        Highlight h = TextQuoteAnchor.create(1, ARTICLE, second, second + "the sanctions".length(), null, null);
        String changed = "A new first paragraph that shifts every offset by quite a lot of characters indeed.\n\n"
                + ARTICLE;
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        int expected = changed.indexOf("the sanctions", changed.indexOf("the sanctions") + 1);
        assertThat(again.start()).isEqualTo(expected);
    }

    @Test
    void positionHintDecidesWhenContextIsTheSame() {
        String text = "one two three. one two three. one two three.";
        Highlight h = TextQuoteAnchor.create(1, text, 15, 28, null, null);
        assertThat(h.exact()).isEqualTo("one two three");
        TextQuoteAnchor.Result r = TextQuoteAnchor.find(text, h.exact(), "", "", 15);
        assertThat(r.start()).isEqualTo(15);
    }

    @Test
    void survivesWhiteSpaceCaseAndTypographyChanges() {
        String text = "He said \u201cwe will not   give up\u201d on Tuesday.\n\nMore text.";
        Highlight h = highlight(text, "\u201cwe will not   give up\u201d");
        String changed = "He said \"We will not\ngive up\" on Tuesday.\n\nMore text.";
        TextQuoteAnchor.Result r = TextQuoteAnchor.find(changed, h.exact(), h.prefix(), h.suffix(), h.start());
        assertThat(r.match()).isEqualTo(TextQuoteAnchor.Match.NORMALISED);
        assertThat(changed.substring(r.start(), r.end())).isEqualTo("\"We will not\ngive up\"");
    }

    @Test
    void survivesASmallEditInsideTheQuote() {
        Highlight h = highlight(ARTICLE, "Sanctions imposed by the United States in January");
        String changed = ARTICLE.replace("imposed by the United States", "imposed by the Unites States");
        TextQuoteAnchor.Result r = TextQuoteAnchor.find(changed, h.exact(), h.prefix(), h.suffix(), h.start());
        assertThat(r.match()).isEqualTo(TextQuoteAnchor.Match.FUZZY);
        assertThat(changed.substring(r.start(), r.end())).isEqualTo("Sanctions imposed by the Unites States in January");
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isFalse();
        assertThat(again.exact()).contains("Unites States");
    }

    @Test
    void quoteThatIsGoneIsKeptAsOrphaned() {
        Highlight h = highlight(ARTICLE, "cut oil exports sharply").withId(42, 7);
        String changed = ARTICLE.replace("Sanctions imposed by the United States in January have cut oil exports sharply, officials said.",
                "A completely different paragraph now stands here.");
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isTrue();
        assertThat(again.id()).isEqualTo(42);
        assertThat(again.exact()).isEqualTo("cut oil exports sharply");
        assertThat(again.note()).isEqualTo("remember this");
        assertThat(TextQuoteAnchor.reanchor(h, "").orphaned()).isTrue();
        assertThat(TextQuoteAnchor.reanchor(h, null).orphaned()).isTrue();
    }

    @Test
    void orphanComesBackWhenItsTextReturns() {
        Highlight h = highlight(ARTICLE, "cut oil exports sharply");
        Highlight orphan = TextQuoteAnchor.reanchor(h, "nothing like it");
        assertThat(orphan.orphaned()).isTrue();
        assertThat(TextQuoteAnchor.reanchor(orphan, ARTICLE).orphaned()).isFalse();
    }

    @Test
    void shortQuotesAreNeverMatchedFuzzily() {
        TextQuoteAnchor.Result r = TextQuoteAnchor.find("the cat sat", "thy dog", "", "", 0);
        assertThat(r.found()).isFalse();
    }

    @Test
    void locatesASelectionCopiedFromTheRenderedPage() {
        // the rendered page has no blank line between paragraphs and may differ in spaces
        String selected = "cut oil exports sharply, officials said.\nThe government blamed";
        var span = TextQuoteAnchor.locateSelection(ARTICLE, selected, 0);
        assertThat(span).isPresent();
        assertThat(ARTICLE.substring(span.get()[0], span.get()[1]))
                .startsWith("cut oil exports").endsWith("The government blamed");
        assertThat(TextQuoteAnchor.locateSelection(ARTICLE, "not in the article", 0)).isEmpty();
        assertThat(TextQuoteAnchor.locateSelection(ARTICLE, "  ", 0)).isEmpty();
    }
}
