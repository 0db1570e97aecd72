package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Joining wrapped lines never loses, adds or reorders a word; a text with no hard wraps keeps its
 * blocks; a text wrapped by a greedy wrapper (or in the wire's indented layout) gets its
 * paragraphs back.
 */
class HardWrapPropertiesTest {

    @Property(tries = 1500)
    void joiningNeverLosesOrReordersWords(@ForAll("texts") String text) {
        List<String> joined = new ArrayList<>();
        for (HardWrap.Block b : HardWrap.join(text)) {
            joined.addAll(words(b.text()));
        }
        assertThat(joined).isEqualTo(words(text));
    }

    @Property(tries = 1000)
    void paragraphsBetweenBlankLinesAreUnchanged(@ForAll("paragraphs") List<String> paragraphs) {
        List<String> out = HardWrap.join(String.join("\n\n", paragraphs)).stream().map(HardWrap.Block::text).toList();
        assertThat(out).isEqualTo(paragraphs);
    }

    @Property(tries = 1000)
    void linesThatEachEndASentenceAreNeverJoined(@ForAll("paragraphs") List<String> paragraphs) {
        // one block a line, no blank lines, each line a whole paragraph: nothing to rejoin
        List<String> out = HardWrap.join(String.join("\n", paragraphs)).stream().map(HardWrap.Block::text).toList();
        assertThat(out).isEqualTo(paragraphs);
    }

    /** Enough wrapped lines for the width to show (a text of two lines cannot tell a wrap from a headline). */
    @Property(tries = 500)
    void greedyWrappingIsUndone(@ForAll("longParagraphs") List<String> paragraphs) {
        List<String> wrapped = new ArrayList<>();
        for (String p : paragraphs) {
            wrapped.add(wrap(p, 70, ""));
        }
        List<String> out = HardWrap.join(String.join("\n\n", wrapped)).stream().map(HardWrap.Block::text).toList();
        assertThat(out).isEqualTo(paragraphs);
    }

    /** Indented paragraph starts show the layout however short the story (two paragraphs at least). */
    @Property(tries = 500)
    void theWiresIndentedLayoutIsUndone(@ForAll("paragraphs") List<String> paragraphs) {
        net.jqwik.api.Assume.that(paragraphs.size() >= 2);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(wrap(paragraphs.get(i), 65, i == 0 ? "" : "    ")).append('\n');
        }
        List<String> out = HardWrap.join(text.toString()).stream().map(HardWrap.Block::text).toList();
        assertThat(out).isEqualTo(paragraphs);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.of("word", "Lighthouse", "the", "council.", "By Jane Doe", "Oct 12, 2017",
                "\n", "\n", "\n\n", "    ", "\t", " ", "a", "restored,", "harbour", "—", "\u00a0", "\r\n");
        Arbitrary<String> built = token.list().ofMaxSize(200).map(ts -> String.join(" ", ts));
        Arbitrary<String> raw = Arbitraries.strings().withChars("ab. \n\t").ofMaxLength(300);
        return Arbitraries.oneOf(built, raw);
    }

    /** Paragraphs of 8 to 60 words, each ending a sentence, so no two could be one wrapped block. */
    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> word = Arbitraries.of("the", "council", "voted", "to", "restore", "old", "harbour",
                "lighthouse", "after", "three", "years", "of", "debate", "Port", "Ellery", "engineers", "said",
                "storms", "damaged", "breakwater", "winter", "1887");
        Arbitrary<String> paragraph = word.list().ofMinSize(8).ofMaxSize(60)
                .map(ws -> "The " + String.join(" ", ws) + ".");
        return paragraph.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> longParagraphs() {
        Arbitrary<String> word = Arbitraries.of("the", "council", "voted", "to", "restore", "old", "harbour",
                "lighthouse", "after", "three", "years", "of", "debate", "engineers", "said", "storms", "1887");
        Arbitrary<String> paragraph = word.list().ofMinSize(40).ofMaxSize(90)
                .map(ws -> "The " + String.join(" ", ws) + ".");
        return paragraph.list().ofMinSize(3).ofMaxSize(6);
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.split("[\\s\u00a0]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Greedy wrap at {@code width} columns; the first line carries {@code indent}. */
    private static String wrap(String paragraph, int width, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int col = indent.length();
        boolean first = true;
        for (String w : paragraph.split(" ")) {
            if (!first && col + 1 + w.length() > width) {
                out.append('\n');
                col = 0;
            } else if (!first) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
            first = false;
        }
        return out.toString();
    }
}
