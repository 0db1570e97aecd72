package dev.gazette.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private final DateParser parser = new DateParser();
    private static final Instant SAVED = Instant.parse("2019-04-10T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Apr 6, 2019|2019-04-06",
        "April 6th, 2019 at 10:31 pm|2019-04-06",
        "Saturday, 6 April 2019|2019-04-06",
        "6. April 2019|2019-04-06",
        "6 de abril de 2019|2019-04-06",
        "sábado, 6 de abril de 2019 - 10:00|2019-04-06",
        "6 avril 2019|2019-04-06",
        "le 1er avril 2019|2019-04-01",
        "6 aprile 2019|2019-04-06",
        "6 апреля 2019 г.|2019-04-06",
        "Опубликовано: 16 марта 2019|2019-03-16",
        "6 März 2019|2019-03-06",
        "2019年4月6日|2019-04-06",
        "2019-04-06T09:30:00+01:00|2019-04-06",
        "2019/04/06|2019-04-06",
        "06.04.2019|2019-04-06",
        "الأربعاء، 07 أكتوبر 2018|2018-10-07",
        "4. 2. 2019|2019-02-04",
        "Veröffentlicht am 4. 2. 2019, 10:15 Uhr|2019-02-04",
        "Dec 3, '11|2011-12-03",
        "Posted Dec. 3 ’11|2011-12-03",
        "March 5, 19|2019-03-05",
    })
    void readsTheFormsNewsSitesPrint(String text, String expected) {
        assertThat(parser.parse(text, false, SAVED).date()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "March 5, 19 people came",
        "vor 16 Jahren, 10 Monaten, 2 Tagen",
        "2 years ago",
        "hace 3 meses",
        "room 4. 2. floor",
    })
    void refusesWhatNamesNoDay(String text) {
        assertThat(parser.parse(text, false, SAVED)).isNull();
    }

    @Test
    void numericDatesFollowTheLocaleUnlessTheNumbersDecide() {
        assertThat(parser.parse("04/06/2019", true, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 6));
        assertThat(parser.parse("06/04/2019", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 6));
        assertThat(parser.parse("25/03/2019", true, SAVED).date()).isEqualTo(LocalDate.of(2019, 3, 25));
    }

    @Test
    void relativeDatesCountFromTheSavedDate() {
        assertThat(parser.parse("3 days ago", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 7));
        assertThat(parser.parse("hace 2 días", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 8));
        assertThat(parser.parse("Yesterday at 10:00", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 9));
    }

    @Test
    void refusesFutureAndAncientDates() {
        assertThat(parser.parse("May 1, 2020", false, SAVED)).isNull();
        assertThat(parser.parse("1650-05-01", false, SAVED)).isNull();
        assertThat(parser.parse("no date here", false, SAVED)).isNull();
    }

    @Test
    void readsDatesInUrlPaths() {
        assertThat(parser.parseUrl("https://x.example/2019/04/06/story", SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 6));
        assertThat(parser.parseUrl("https://x.example/news/story-20190406", SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 6));
        assertThat(parser.parseUrl("https://x.example/news/12345", SAVED)).isNull();
    }

    @Test
    void todayAndYesterdayAreDatesOnlyAsADateLine() {
        assertThat(parser.parse("Today, 10:32", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 10));
        assertThat(parser.parse("heute um 9:15 Uhr", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 10));
        assertThat(parser.parse("Today's top stories", false, SAVED)).isNull();
        assertThat(parser.parse("Heute im Programm", false, SAVED)).isNull();
        assertThat(parser.parse("Yesterday's news, today", false, SAVED)).isNull();
        assertThat(parser.parse("Today, at the harbour", false, SAVED)).isNull();
    }

    @Test
    void aRelativeDateInsideASentenceIsAnotherStorysAge() {
        assertThat(parser.parse("3 hours ago", false, SAVED)).isNotNull();
        assertThat(parser.parse("The council met 3 hours ago to decide on the harbour lighthouse", false, SAVED)).isNull();
    }

    @Test
    void parseStatedNeverCountsFromTheSavedDay() {
        assertThat(parser.parseStated("3 hours ago", false, SAVED)).isNull();
        assertThat(parser.parseStated("Today, 10:32", false, SAVED)).isNull();
        assertThat(parser.parseStated("6 April 2019", false, SAVED).date()).isEqualTo(LocalDate.of(2019, 4, 6));
    }
}
