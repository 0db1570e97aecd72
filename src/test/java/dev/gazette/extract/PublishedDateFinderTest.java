package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedDateFinderTest {

    private static PublishedDateFinder.Candidate stamp(String iso) {
        OffsetDateTime t = OffsetDateTime.parse(iso);
        return new PublishedDateFinder.Candidate(PublishedDateFinder.Kind.STAMP, "json-ld datePublished",
                new DateParser.ParsedDate(t.toLocalDate(), t));
    }

    private static PublishedDateFinder.Candidate printed(String day) {
        return new PublishedDateFinder.Candidate(PublishedDateFinder.Kind.PRINTED, "printed text of the stamp (time)",
                new DateParser.ParsedDate(LocalDate.parse(day), null));
    }

    private static PublishedDateFinder.Decision decide(PublishedDateFinder.Candidate stamp, PublishedDateFinder.Candidate printedStamp,
                                                       String language) {
        List<PublishedDateFinder.Candidate> all = new ArrayList<>();
        all.add(stamp);
        if (printedStamp != null) {
            all.add(printedStamp);
        }
        return PublishedDateFinder.decide(stamp, printedStamp, null, null, null, language, all);
    }

    @Test
    void thePrintedDayOfAUtcStampWinsWhenSomeTimeZoneHasIt() {
        PublishedDateFinder.Decision d = decide(stamp("2020-12-05T23:15:00Z"), printed("2020-12-06"), "it");
        assertThat(d.iso()).isEqualTo("2020-12-06");
        assertThat(d.why()).contains("publisher's day");
        assertThat(d.candidates()).hasSize(2);
    }

    @Test
    void aPrintedDayNoTimeZoneHasIsNotTheStampsDay() {
        // 10:00 UTC is the 5th everywhere from UTC-10 to UTC+13: a printed 7th is another date
        assertThat(decide(stamp("2020-12-05T10:00:00Z"), printed("2020-12-07"), "it").iso()).startsWith("2020-12-05");
        assertThat(decide(stamp("2020-12-05T01:00:00Z"), printed("2020-12-03"), "it").iso()).startsWith("2020-12-05");
    }

    @Test
    void aStampWithItsOwnOffsetKeepsItsDay() {
        assertThat(decide(stamp("2020-12-05T23:15:00+01:00"), printed("2020-12-06"), "it").iso()).startsWith("2020-12-05");
    }

    @Test
    void aLateRoundUtcHourIsMidnightEastOfUtcExceptForLanguagesOfTheAmericas() {
        assertThat(decide(stamp("2022-11-06T23:00:00Z"), null, "de").iso()).isEqualTo("2022-11-07");
        assertThat(decide(stamp("2022-11-06T22:00:00Z"), null, "fr").iso()).isEqualTo("2022-11-07");
        assertThat(decide(stamp("2022-11-06T23:00:00Z"), null, "en").iso()).startsWith("2022-11-06");
        assertThat(decide(stamp("2022-11-06T23:00:00Z"), null, null).iso()).startsWith("2022-11-06");
        assertThat(decide(stamp("2022-11-06T23:00:07Z"), null, "de").iso()).startsWith("2022-11-06");
        assertThat(decide(stamp("2022-11-06T14:00:00Z"), null, "de").iso()).startsWith("2022-11-06");
    }

    @Test
    void withoutAnyCandidateThereIsNoDate() {
        PublishedDateFinder.Decision d = PublishedDateFinder.decide(null, null, null, null, null, "en", List.of());
        assertThat(d.iso()).isNull();
        assertThat(d.why()).isEqualTo("nothing found");
    }
}
