package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * ElementWalk answers as jsoup's own lists would: the same elements in the same order, the same
 * child counts, and an own-text count that never exceeds the own text's length (so a length test
 * refused on it is refused by the text too). Checked on generated markup with odd characters.
 */
class ElementWalkTest {

    @Property(tries = 300)
    void walksEveryElementInJsoupsOrder(@ForAll("markup") String html) {
        Element body = Jsoup.parse(html).body();
        List<Element> walked = new ArrayList<>();
        ElementWalk.first(body, null, e -> {
            walked.add(e);
            return null;
        });
        assertThat(walked).containsExactlyElementsOf(body.getAllElements());
        Element skip = body.children().isEmpty() ? null : body.child(0);
        List<Element> skipped = new ArrayList<>();
        ElementWalk.first(body, skip, e -> {
            skipped.add(e);
            return null;
        });
        List<Element> expected = new ArrayList<>(body.getAllElements());
        if (skip != null) {
            expected.removeAll(skip.getAllElements());
        }
        assertThat(skipped).containsExactlyElementsOf(expected);
    }

    @Property(tries = 300)
    void countsAgreeWithJsoup(@ForAll("markup") String html) {
        for (Element e : Jsoup.parse(html).getAllElements()) {
            assertThat(ElementWalk.childElements(e, 4)).isEqualTo(Math.min(4, e.childrenSize()));
            int own = e.ownText().length();
            for (int limit : new int[] {0, 3, 10, 80}) {
                int counted = ElementWalk.ownVisibleChars(e, limit);
                assertThat(counted).as("own text %s", e.ownText()).isLessThanOrEqualTo(own);
                if (counted > limit) {
                    assertThat(own).isGreaterThan(limit);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<div class=x>", "</div>", "<a href=/a>", "</a>", "<br>",
                "<pre>", "</pre>", "<span>", "</span>", " ", "\n", "\u00a0", "\u200b", "\u00ad", "\u0001", "\u2003",
                "\u000b", "By Jana Kraus", "6 April 2019", "word", "<!-- c -->", "<script>x=1</script>", "😀", "é");
        return piece.list().ofMaxSize(30).map(l -> "<html><body>" + String.join("", l) + "</body></html>");
    }
}
