package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The dateline recogniser on built datelines and on noise: a dateline it reads is always a prefix
 * of the paragraph, its place starts the paragraph (after flash marks), and what is left is the
 * story's own words, unchanged.
 */
class DatelinePropertiesTest {

    @Property(tries = 2000)
    void aBuiltDatelineIsReadAndTheStoryKeptWhole(@ForAll("datelines") String dateline, @ForAll("stories") String story) {
        String paragraph = dateline + " - " + story;
        Dateline d = Dateline.find(paragraph);
        assertThat(d).as(paragraph).isNotNull();
        assertThat(d.text()).isEqualTo(dateline);
        assertThat(d.rest(paragraph)).isEqualTo(story);
    }

    @Property(tries = 3000)
    void whateverItReadsIsTheParagraphsOpening(@ForAll("noise") String paragraph) {
        Dateline d = Dateline.find(paragraph);
        if (d != null) {
            assertThat(paragraph).contains(d.text());
            assertThat(paragraph.indexOf(d.text())).isLessThan(paragraph.length() - d.text().length() + 1);
            assertThat(paragraph.substring(0, paragraph.indexOf(d.text())).strip()).matches("[*•]*");
            assertThat(d.end()).isBetween(d.text().length(), paragraph.length());
            assertThat(paragraph.stripTrailing().endsWith(d.rest(paragraph))).isTrue();
            assertThat(d.place()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void aSentenceInSmallLettersHasNoDateline(@ForAll("stories") String story) {
        assertThat(Dateline.find(story.toLowerCase(java.util.Locale.ROOT))).isNull();
    }

    @Provide
    Arbitrary<String> datelines() {
        Arbitrary<String> town = Arbitraries.of("TIDEWICK", "PORT ELLERY", "ST. ANSELM", "NEW HARBOUR", "OSLO", "KYIV");
        Arbitrary<String> region = Arbitraries.of("", ", Md.", ", N.Y.", ", Calif.", ", Norway", ", United Arab Emirates");
        Arbitrary<String> date = Arbitraries.of("", ", Feb 26", ", March 3", ", Sept. 9", ", 5 June", ", Jan 2, 2019");
        Arbitrary<String> agency = Arbitraries.of("", " (Reuters)", " (Ellery Coast Wire)");
        return Combinators.combine(town, region, date, agency).as((t, r, d, a) -> t + r + d + a);
    }

    @Provide
    Arbitrary<String> stories() {
        Arbitrary<String> word = Arbitraries.of("the", "council", "voted", "to", "restore", "lighthouse", "on",
                "Tuesday", "shares", "rose", "12", "pct", "said", "it", "would");
        return word.list().ofMinSize(6).ofMaxSize(20).map(ws -> "The " + String.join(" ", ws) + ".");
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> token = Arbitraries.of("LONDON", "New", "York", ",", " ", "-", "—", "(", ")", "Reuters",
                "March", "3", "2019", "said", "the", "*", "N.Y.", "UPDATE", "a", "–", ":", "é", "\n");
        Arbitrary<String> built = token.list().ofMaxSize(30).map(ts -> String.join("", ts));
        Arbitrary<String> raw = Arbitraries.strings().withChars("AB ab,.-—()*0123456789").ofMaxLength(60);
        return Arbitraries.oneOf(built, raw);
    }
}
