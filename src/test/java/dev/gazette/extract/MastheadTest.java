package dev.gazette.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MastheadTest {

    private final HtmlBodyExtractor extractor = new HtmlBodyExtractor();
    private final DateParser dates = new DateParser();

    @Test
    void aLineOfOutletBylineAndDateIsAMasthead() {
        assertThat(extractor.isMastheadLine("Arctic Circle Times · By Ingrid Solheim Berg · 21 January 2025")).isTrue();
        assertThat(extractor.isMastheadLine("By Owen Trask | 14 March 2022")).isTrue();
        assertThat(extractor.isMastheadLine("Deccan Lantern • 3 March 2021")).isTrue();
    }

    @Test
    void sentencesListsAndDatelinesAreNot() {
        assertThat(extractor.isMastheadLine("Stops on the way: North Quay · Gull Rock · Saltmarsh Pier.")).isFalse();
        assertThat(extractor.isMastheadLine("Opening hours · Tuesday to Sunday · 10:00 to 16:00")).isFalse();
        assertThat(extractor.isMastheadLine("Oslo · Bergen · Tromsø")).as("names alone, no byline or date").isFalse();
        assertThat(extractor.isMastheadLine("TROMSØ, Norway — Tromsø will require a licence for every bus")).isFalse();
        assertThat(extractor.isMastheadLine("21 January 2025")).as("one part is a date line, handled elsewhere").isFalse();
        assertThat(extractor.isMastheadLine("By 2030 · the port will have doubled its capacity, the board said")).isFalse();
    }

    @Test
    void itsPartsAreRead() {
        Masthead m = Masthead.read("Arctic Circle Times · By Ingrid Solheim Berg · 21 January 2025", dates, null);
        assertThat(m.outlet()).isEqualTo("Arctic Circle Times");
        assertThat(m.byline()).isEqualTo("Ingrid Solheim Berg");
        assertThat(m.date()).startsWith("2025-01-21");
        Masthead bare = Masthead.read("By Owen Trask | 14 March 2022", dates, null);
        assertThat(bare.outlet()).isNull();
        assertThat(bare.byline()).isEqualTo("Owen Trask");
    }

    @Property(tries = 300)
    void neverThrowsAndNeverTakesALongLine(@ForAll @StringLength(max = 300) String s) {
        boolean masthead = extractor.isMastheadLine(s);
        if (TextLines.words(s) > ExtractionRules.MASTHEAD_MAX_WORDS) {
            assertThat(masthead).isFalse();
        }
        Masthead.read(s, dates, null);
    }

    @Property(tries = 200)
    void aRealSentenceWithMiddleDotsStays(@ForAll("words") String a, @ForAll("words") String b) {
        String line = "The council said " + a + " · and the harbour board added " + b + " on Monday";
        assertThat(extractor.isMastheadLine(line)).isFalse();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }
}
