package dev.gazette.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalsTest {

    private static String page(long seed, int n) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("<div id=root>");
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? "<p>p" + i + "</p>" : "<div><span>s" + i + "</span><b>b</b></div>");
            if (r.nextInt(10) == 0) {
                sb.append(" loose text ").append(i);
            }
        }
        return sb.append("</div>").toString();
    }

    @Property(tries = 60)
    void removingTogetherLeavesTheSameTreeAsRemovingOneByOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int n) {
        Document one = Jsoup.parse(page(seed, n));
        Document together = Jsoup.parse(page(seed, n));
        Random r = new Random(seed * 31);
        List<Element> a = one.select("#root *");
        List<Element> b = together.select("#root *");
        Removals removals = new Removals();
        for (int i = 0; i < a.size(); i++) {
            if (r.nextInt(3) == 0) {
                a.get(i).remove();
                removals.add(b.get(i));
            }
        }
        removals.flush();
        assertThat(together.outerHtml()).isEqualTo(one.outerHtml());
        assertThat(removals.isEmpty()).isTrue();
        // the tree stays consistent: every child knows its place
        for (Element e : together.getAllElements()) {
            for (int i = 0; i < e.childNodeSize(); i++) {
                assertThat(e.childNode(i).siblingIndex()).isEqualTo(i);
                assertThat(e.childNode(i).parent()).isSameAs(e);
            }
        }
    }

    @Test
    void knowsWhichElementsHaveRemovalsWaitingInside() {
        Document d = Jsoup.parse("<div id=a><div id=b><p id=c>x</p></div></div><div id=d></div>");
        Removals removals = new Removals();
        removals.add(d.getElementById("c"));
        assertThat(removals.isAbove(d.getElementById("b"))).isTrue();
        assertThat(removals.isAbove(d.getElementById("a"))).isTrue();
        assertThat(removals.isAbove(d.getElementById("c"))).isFalse();
        assertThat(removals.isAbove(d.getElementById("d"))).isFalse();
        removals.flush();
        assertThat(d.getElementById("c")).isNull();
        assertThat(removals.isAbove(d.getElementById("a"))).isFalse();
    }

    @Test
    void visibleCharsIsALowerBoundOfTheTextAndZeroExactlyWhenBlank() {
        Element e = Jsoup.parse("<div> <p>&nbsp;\u200b</p><span>ab</span> c <!-- no --> <script>var x</script></div>")
                .selectFirst("div");
        assertThat(HtmlBodyExtractor.visibleChars(e, 100)).isEqualTo(3).isLessThanOrEqualTo(e.text().length());
        assertThat(HtmlBodyExtractor.visibleChars(e, 1)).isEqualTo(2); // stops once above the bound
        Element blank = Jsoup.parse("<div> <p>&nbsp;</p>\u00ad </div>").selectFirst("div");
        assertThat(HtmlBodyExtractor.visibleChars(blank, 0)).isZero();
        assertThat(blank.text().isBlank()).isTrue();
    }

    @Test
    void deeplyNestedPagesAreFlattenedBelowTheDepthCapWithTheirTextKept() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 3_000; i++) {
            sb.append("<div>w").append(i).append(' ');
        }
        dev.gazette.model.ExtractedArticle a = new ArticleExtractor().extract(
                dev.gazette.model.SourceDocument.of("deep.html", dev.gazette.model.SourceFormat.HTML, sb.toString()));
        assertThat(a.bodyText()).contains("w0").contains("w2999");
    }
}
