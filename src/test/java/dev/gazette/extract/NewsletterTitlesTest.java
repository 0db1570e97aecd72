package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsletterTitlesTest {

    private static final List<String> COMPASS = List.of("The Weekly Compass");

    @Test
    void nameBeforeAColonIsTakenOff() {
        assertThat(NewsletterTitles.strip("The Weekly Compass: Ghana cocoa cooperative tags every sack", COMPASS))
                .isEqualTo("Ghana cocoa cooperative tags every sack");
    }

    @Test
    void nameIsMatchedWhateverItsCase() {
        assertThat(NewsletterTitles.strip("THE WEEKLY COMPASS | Ghana cocoa cooperative tags every sack", COMPASS))
                .isEqualTo("Ghana cocoa cooperative tags every sack");
    }

    @Test
    void nameAfterABarOrDashIsTakenOff() {
        assertThat(NewsletterTitles.strip("Ghana cocoa cooperative tags every sack | The Weekly Compass", COMPASS))
                .isEqualTo("Ghana cocoa cooperative tags every sack");
        assertThat(NewsletterTitles.strip("Ghana cocoa cooperative tags every sack — The Weekly Compass", COMPASS))
                .isEqualTo("Ghana cocoa cooperative tags every sack");
    }

    @Test
    void issueNumberGoesWithTheName() {
        assertThat(NewsletterTitles.strip("The Weekly Compass #42: Tema port container volumes recover", COMPASS))
                .isEqualTo("Tema port container volumes recover");
        assertThat(NewsletterTitles.strip("The Weekly Compass (Issue 42) | Tema port container volumes recover", COMPASS))
                .isEqualTo("Tema port container volumes recover");
    }

    @Test
    void listTagAndForwardMarksAreTakenOffWhateverTheName() {
        assertThat(NewsletterTitles.strip("Fwd: [Harbour Lines] Port Ellery keeps its lighthouse lamp", List.of()))
                .isEqualTo("Port Ellery keeps its lighthouse lamp");
    }

    @Test
    void nothingIsTakenOffWhenTooLittleWouldRemain() {
        assertThat(NewsletterTitles.strip("The Weekly Compass: Issue 12", COMPASS)).isEqualTo("The Weekly Compass: Issue 12");
        assertThat(NewsletterTitles.strip("[Compass] July edition", List.of())).isEqualTo("[Compass] July edition");
    }

    @Test
    void aHeadlineThatMerelyStartsWithTheNameStays() {
        assertThat(NewsletterTitles.strip("The Weekly Compassion drive raises funds for Kumasi clinic", List.of("The Weekly Compass")))
                .isEqualTo("The Weekly Compassion drive raises funds for Kumasi clinic");
        assertThat(NewsletterTitles.strip("Compass-maker opens a workshop in Kumasi market", List.of("Compass")))
                .isEqualTo("Compass-maker opens a workshop in Kumasi market");
    }

    @Test
    void aSubjectWithoutTheNameIsOnlyTrimmed() {
        assertThat(NewsletterTitles.strip("  Ghana cocoa cooperative   tags every sack ", COMPASS))
                .isEqualTo("Ghana cocoa cooperative tags every sack");
    }

    @Test
    void nameCandidatesAreTheShortPartsAroundSeparators() {
        assertThat(NewsletterTitles.nameCandidates("The Weekly Compass: Ghana cocoa cooperative tags every sack"))
                .containsExactly("The Weekly Compass");
        assertThat(NewsletterTitles.nameCandidates("Ghana cocoa cooperative tags every sack | Weekly Compass"))
                .contains("Weekly Compass");
        assertThat(NewsletterTitles.nameCandidates("Ghana cocoa cooperative tags every sack")).isEmpty();
    }
}
