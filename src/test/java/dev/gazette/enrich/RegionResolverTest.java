package dev.gazette.enrich;

import dev.gazette.model.CountryMention;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverTest {

    private final RegionResolver resolver = RegionResolver.standard();

    private RegionAssessment resolve(String title, String body) {
        return resolver.resolve(new ExtractedArticle(title, null, null, null, null, null, null, null, null,
                null, body, null));
    }

    private static CountryMention mention(RegionAssessment r, String code) {
        return r.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void nothingToReadIsNoRegion() {
        assertThat(resolver.resolve(null)).isEqualTo(RegionAssessment.NONE);
        assertThat(resolve(null, null)).isEqualTo(RegionAssessment.NONE);
        assertThat(resolve("Ten ways to sleep better", "Keep the room cool and dark.")).isEqualTo(RegionAssessment.NONE);
    }

    @Test
    void longestNameWins() {
        assertThat(resolve("Drought grips New Mexico", "Farmers in New Mexico say wells are dry.").codes())
                .containsExactly("US");
        assertThat(resolve("Floods in Papua New Guinea", "Rivers rose across Papua New Guinea overnight.").codes())
                .containsExactly("PG");
        assertThat(resolve("Niger votes", "Voters in Niger went to the polls on Sunday.").primaryCountry())
                .isEqualTo("NE");
        assertThat(resolve("Nigeria votes", "Voters in Nigeria went to the polls on Sunday.").primaryCountry())
                .isEqualTo("NG");
    }

    @Test
    void caseMattersForWordsThatAreAlsoNames() {
        assertThat(resolve("Tell us more", "Let us know how you roast a turkey for the holidays, and chad ballots.").codes())
                .isEmpty();
        assertThat(resolve("US and Turkey talk trade", "The US and Turkey met in Ankara.").codes())
                .contains("US", "TR");
    }

    @Test
    void georgiaIsTheStateWhenTheArticleIsAboutTheUnitedStates() {
        RegionAssessment r = resolve("Georgia counts ballots",
                "ATLANTA — Election workers across Georgia counted ballots through the night, "
                        + "from Savannah to the suburbs of Atlanta.");
        assertThat(r.primaryCountry()).isEqualTo("US");
        assertThat(r.codes()).doesNotContain("GE");
    }

    @Test
    void georgiaIsTheCountryNextToTbilisiAndRussia() {
        RegionAssessment r = resolve("Georgia protests grow",
                "TBILISI — Protesters filled the streets of Tbilisi as Georgia's parliament debated a law "
                        + "that critics compare to one used in Russia.");
        assertThat(r.primaryCountry()).isEqualTo("GE");
        assertThat(r.subRegion()).isEqualTo("Western Asia");
    }

    @Test
    void aPersonCalledJordanIsNotTheCountry() {
        RegionAssessment r = resolve("Jordan leads comeback",
                "Michael Jordan scored 30 points. Jordan said afterwards that the team never gave up.");
        assertThat(r.codes()).doesNotContain("JO");
        RegionAssessment country = resolve("Jordan reopens border",
                "AMMAN — Jordan reopened its border crossing on Wednesday, Jordanian officials said.");
        assertThat(country.primaryCountry()).isEqualTo("JO");
    }

    @Test
    void aQualifiedTownBelongsToItsQualifier() {
        RegionAssessment r = resolve("Storm hits Paris, Texas",
                "PARIS, Texas — A storm damaged homes in this town, officials in Texas said.");
        assertThat(r.primaryCountry()).isEqualTo("US");
        assertThat(r.codes()).doesNotContain("FR");
        RegionAssessment abbreviated = resolve("Fire near Boulder",
                "BOULDER, Colo. — A grass fire forced evacuations on Sunday.");
        assertThat(abbreviated.primaryCountry()).isEqualTo("US");
    }

    @Test
    void aQualifierPicksTheMeaningOfAnAmbiguousTown() {
        RegionAssessment r = resolve("Ferry strike",
                "VICTORIA, B.C. — Ferry workers walked out on Monday, stranding travellers in Victoria.");
        assertThat(r.primaryCountry()).isEqualTo("CA");
        assertThat(r.codes()).doesNotContain("AU");
    }

    @Test
    void congoIsDecidedByItsCapital() {
        assertThat(resolve("Congo talks", "KINSHASA — Congo's government met rebels near Goma.").primaryCountry())
                .isEqualTo("CD");
        assertThat(resolve("Congo votes", "BRAZZAVILLE — Voters in Congo chose a president on Sunday.")
                .primaryCountry()).isEqualTo("CG");
    }

    @Test
    void datelineAndTitleOutweighManyPassingMentions() {
        RegionAssessment r = resolve("Caracas braces for blackout",
                "CARACAS, April 6 (Reuters) - Venezuelan officials warned of new power cuts. "
                        + "Russian engineers, Russian parts and a Russian loan were discussed, officials said. "
                        + "Russia said it would help.");
        assertThat(r.primaryCountry()).isEqualTo("VE");
        assertThat(r.continent()).isEqualTo("Americas");
        assertThat(mention(r, "VE").evidence()).contains("CARACAS", "Venezuelan");
        assertThat(r.countries().get(0).score()).isGreaterThan(r.countries().get(1).score());
    }

    @Test
    void aPassingMentionIsNotARegion() {
        StringBuilder body = new StringBuilder("BERLIN — The Bundestag approved the budget on Friday. ");
        for (int i = 0; i < 12; i++) {
            body.append("German lawmakers in Berlin debated the plan for hours, and the German finance minister defended it. ");
        }
        body.append("A similar law was passed in Spain last year.");
        RegionAssessment r = resolve("Germany passes budget", body.toString());
        assertThat(r.codes()).containsExactly("DE");
    }

    @Test
    void metonymsAndDemonymsCount() {
        RegionAssessment r = resolve("Kremlin rejects talks",
                "The Kremlin said on Monday that Russian negotiators would not travel. Moscow gave no reason.");
        assertThat(r.primaryCountry()).isEqualTo("RU");
        assertThat(mention(r, "RU").evidence()).contains("Kremlin", "Russian", "Moscow");
        RegionAssessment us = resolve("White House weighs sanctions",
                "The White House and the Pentagon disagreed, officials on Capitol Hill said.");
        assertThat(us.primaryCountry()).isEqualTo("US");
    }

    @Test
    void namesInOtherLanguagesCount() {
        assertThat(resolve("Alemania y Francia", "Alemania y Francia firmaron un acuerdo en Berlín.").codes())
                .contains("DE", "FR");
    }

    @Test
    void aTextInAOneCountryScriptFallsBackToThatCountry() {
        RegionAssessment r = resolve("연예인 열애설", "두 사람의 관계에 대해 소속사는 아무런 입장을 내지 않았다.");
        assertThat(r.primaryCountry()).isEqualTo("KR");
        assertThat(RegionResolver.scriptCountry("Привет, как дела? Это был отличный вечер.")).isEqualTo("RU");
        assertThat(RegionResolver.scriptCountry("Привіт, як справи? Це був чудовий вечір.")).isEqualTo("UA");
        assertThat(RegionResolver.scriptCountry("Plain English text.")).isNull();
    }

    @Test
    void placesInsideNamesOfCompaniesTeamsAndStreetsAreNoMentions() {
        // a town and a region of other countries, named as companies of the dateline's country
        RegionAssessment r = resolve("USAIR CLEARED TO BUY PIEDMONT <PIE> SHARES",
                "WASHINGTON - The Transportation Department cleared USAir Group to buy Piedmont Aviation Inc. "
                        + "Piedmont shareholders will vote next month, and Santa Fe Southern Pacific Corp said it "
                        + "would sell its stake.");
        assertThat(r.codes()).containsExactly("US");
        RegionAssessment team = resolve("Cup final set",
                "The final pits Manchester United against a team from Texas, the organisers said in Dallas.");
        assertThat(team.codes()).doesNotContain("GB");
        RegionAssessment street = resolve("Shop closes",
                "The bakery on Lisbon Street in Ohio closed after forty years, its owner said in Columbus.");
        assertThat(street.codes()).doesNotContain("PT");
    }

    @Test
    void aCountryAfterOfOrADemonymStaysAMention() {
        assertThat(resolve("Rates held", "The Industrial Bank of Japan Ltd said rates would stay low in Tokyo.")
                .primaryCountry()).isEqualTo("JP");
        RegionAssessment bp = resolve("British Petroleum Co lifts output in Britain", "Output rose by a tenth.");
        assertThat(bp.primaryCountry()).isEqualTo("GB");
        assertThat(mention(bp, "GB").evidence()).contains("British", "Britain");
    }

    @Test
    void aTickerIsNeverAPlace() {
        assertThat(resolve("BANKS OF MIDLAND <BOMA> 1ST QTR NET", "CHICAGO - Shr 30 cts vs 25 cts").codes())
                .containsExactly("US");
    }

    @Test
    void theDatelineExtractionKeptIsStrongEvidence() {
        String body = "The central bank held its rate on Thursday. Traders in London and Frankfurt had expected a cut.";
        RegionAssessment r = resolver.resolve(new ExtractedArticle("Rate held", null, null, null, null, null, null,
                null, null, null, body, null, "OSLO, March 5 (Nordic Wire)"));
        assertThat(r.primaryCountry()).isEqualTo("NO");
        assertThat(mention(r, "NO").evidence()).contains("OSLO");
        RegionAssessment without = resolve("Rate held", body);
        assertThat(without.codes()).doesNotContain("NO");
        // a place named like a common word needs no other support when it is the dateline
        RegionAssessment common = resolver.resolve(new ExtractedArticle("Bond tender details", null, null, null,
                null, null, null, null, null, null, "The reserve bank said it would offer 200 mln dlrs of bonds.",
                null, "WELLINGTON, April 8"));
        assertThat(common.primaryCountry()).isEqualTo("NZ");
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        String body = "CARACAS — Venezuela and Colombia reopened a border bridge; Colombian and Venezuelan "
                + "ministers met in Cúcuta.";
        RegionAssessment expected = resolve("Bridge reopens", body);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RegionAssessment>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> RegionResolver.standard().resolve(new ExtractedArticle(
                        "Bridge reopens", null, null, null, null, null, null, null, null, null, body, null))));
            }
            for (Future<RegionAssessment> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
