package dev.gazette.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceNamesTest {

    @Test
    void aShoutedCreditTakesTheSpellingThePageUsesElsewhere() {
        String page = "Credit: NORTH ATLANTIC WIRE\nCopyright 2017 North Atlantic Wire. All rights reserved.";
        assertThat(SourceNames.respell("NORTH ATLANTIC WIRE", () -> page)).isEqualTo("North Atlantic Wire");
    }

    @Test
    void anAcronymThePageNeverSpellsOtherwiseStays() {
        assertThat(SourceNames.respell("AFP", () -> "PARIS (AFP) - Credit: AFP")).isEqualTo("AFP");
        assertThat(SourceNames.respell("REUTERS", () -> "no other spelling here")).isEqualTo("REUTERS");
    }

    @Test
    void aWordInsideAnotherWordIsNotASpelling() {
        assertThat(SourceNames.respell("WIRE", () -> "Wireless news. Rewired.")).isEqualTo("WIRE");
    }

    @Test
    void aWebAddressTakesTheNameWhoseLettersSpellIt() {
        String page = "Tromsø caps buses\n*Arctic Circle Times · By Ingrid Solheim Berg · 21 January 2025*";
        assertThat(SourceNames.respell("arcticcircletimes.example", () -> page)).isEqualTo("Arctic Circle Times");
        assertThat(SourceNames.respell("www.theexamplegazette.co.uk", () -> "From The Example Gazette."))
                .isEqualTo("The Example Gazette");
        assertThat(SourceNames.respell("examplegazette.com", () -> "From The Example Gazette, London"))
                .isEqualTo("The Example Gazette");
    }

    @Test
    void aWebAddressWithoutAMatchingNameStays() {
        assertThat(SourceNames.respell("nytimes.com", () -> "The New York Times reported")).isEqualTo("nytimes.com");
        assertThat(SourceNames.respell("ap.org", () -> "A P said")).isEqualTo("ap.org"); // label too short
    }

    @Test
    void anOrdinaryNameIsLeftAloneAndThePageIsNotRead() {
        assertThat(SourceNames.respell("CBS News", () -> {
            throw new AssertionError("the page should not be read");
        })).isEqualTo("CBS News");
        assertThat(SourceNames.respell(null, () -> "x")).isNull();
    }

    @Test
    void mainLabelDropsWwwTheTopLevelAndCommonSecondLevels() {
        assertThat(SourceNames.mainLabel("www.bbc.co.uk")).isEqualTo("bbc");
        assertThat(SourceNames.mainLabel("news.example-post.com")).isEqualTo("examplepost");
        assertThat(SourceNames.mainLabel("localhost")).isNull();
    }

    @Property(tries = 300)
    void neverThrowsAndAnswersWithTextOfThePageOrTheSource(@ForAll String source, @ForAll String page) {
        String out = SourceNames.respell(source, () -> page);
        if (out != null && !out.equals(source)) {
            assertThat(page.replaceAll("\\s+", " ").toLowerCase()).contains(out.toLowerCase().split(" ")[0]);
        }
    }
}
