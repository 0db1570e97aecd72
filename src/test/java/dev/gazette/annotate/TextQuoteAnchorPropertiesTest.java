package dev.gazette.annotate;

import dev.gazette.model.Highlight;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-extraction changes an article around its highlights: paragraphs come and go, white space
 * changes. Whatever happens outside a quote, the quote must be found again, with its text.
 */
class TextQuoteAnchorPropertiesTest {

    private static final List<String> WORDS = List.of("the", "oil", "minister", "said", "on", "Tuesday",
            "sanctions", "Caracas", "would", "protest", "election", "court", "army", "prices", "rose", "fell",
            "government", "opposition", "leader", "in", "of", "and", "a", "new", "rally", "bank", "talks");

    record Case(List<String> paragraphs, int paragraph, int from, int length, List<String> inserted,
                List<Integer> insertAt, List<Integer> removed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> paragraph = Arbitraries.of(WORDS).list().ofMinSize(6).ofMaxSize(40)
                .map(w -> String.join(" ", w) + ".");
        Arbitrary<List<String>> paragraphs = paragraph.list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(paragraphs, Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(3, 60),
                        paragraph.list().ofMaxSize(4), Arbitraries.integers().between(0, 1000).list().ofSize(4),
                        Arbitraries.integers().between(0, 1000).list().ofMaxSize(4))
                .as((ps, p, f, len, ins, at, rem) -> new Case(ps, p % ps.size(), f, len, ins, at, rem));
    }

    private static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static Highlight anchorIn(Case c, List<String> paragraphs) {
        String text = join(paragraphs);
        int paraStart = 0;
        for (int i = 0; i < c.paragraph(); i++) {
            paraStart += paragraphs.get(i).length() + 2;
        }
        String para = paragraphs.get(c.paragraph());
        int from = c.from() % para.length();
        int to = Math.min(para.length(), from + c.length());
        Assume.that(para.substring(from, to).strip().length() >= 3);
        return TextQuoteAnchor.create(1, text, paraStart + from, paraStart + to, "yellow", null);
    }

    /** The changed text: new paragraphs inserted, other paragraphs removed; the quoted one kept. */
    private static List<String> edited(Case c) {
        List<String> out = new ArrayList<>();
        String keep = c.paragraphs().get(c.paragraph());
        for (int i = 0; i < c.paragraphs().size(); i++) {
            int index = i;
            boolean remove = i != c.paragraph() && c.removed().stream().anyMatch(r -> r % c.paragraphs().size() == index);
            if (!remove) {
                out.add(c.paragraphs().get(i));
            }
        }
        for (int k = 0; k < c.inserted().size(); k++) {
            out.add(c.insertAt().get(k) % (out.size() + 1), c.inserted().get(k));
        }
        assertThat(out).contains(keep);
        return out;
    }

    @Property(tries = 300)
    void quoteIsFoundAgainAfterParagraphsAreAddedAndRemoved(@ForAll("cases") Case c) {
        Highlight h = anchorIn(c, c.paragraphs());
        String changed = join(edited(c));
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isFalse();
        assertThat(again.exact()).isEqualTo(h.exact());
        assertThat(changed.substring(again.start(), again.end())).isEqualTo(h.exact());
    }

    @Property(tries = 300)
    void quoteIsFoundAgainAfterWhiteSpaceChanges(@ForAll("cases") Case c, @ForAll boolean joinParagraphs) {
        Highlight h = anchorIn(c, c.paragraphs());
        String changed = join(c.paragraphs()).replace(" ", joinParagraphs ? "  " : " \n ")
                .replace("\n\n", joinParagraphs ? " " : "\n \n");
        Highlight again = TextQuoteAnchor.reanchor(h, changed);
        assertThat(again.orphaned()).isFalse();
        assertThat(again.exact().replaceAll("\\s+", " ").strip()).isEqualTo(h.exact().replaceAll("\\s+", " ").strip());
    }

    @Property(tries = 200)
    void anchorHoldsInTheTextItWasMadeIn(@ForAll("cases") Case c) {
        Highlight h = anchorIn(c, c.paragraphs());
        String text = join(c.paragraphs());
        assertThat(TextQuoteAnchor.holds(h, text)).isTrue();
        Highlight again = TextQuoteAnchor.reanchor(h, text);
        assertThat(again.start()).isEqualTo(h.start());
        assertThat(again.exact()).isEqualTo(h.exact());
    }
}
