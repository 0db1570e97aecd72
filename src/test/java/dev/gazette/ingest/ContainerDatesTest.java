package dev.gazette.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerDatesTest {

    @Test
    void parsesTheShapesContainersWrite() {
        assertThat(ContainerDates.parse("Sat Apr 06 2019 10:12:00 GMT+0000 (Coordinated Universal Time)"))
                .isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(ContainerDates.parse("Mon Dec 02 2024 18:05:09 GMT-0500 (Eastern Standard Time)"))
                .isEqualTo(Instant.parse("2024-12-02T23:05:09Z"));
        assertThat(ContainerDates.parse("Sat, 6 Apr 2019 10:12:00 -0000")).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(ContainerDates.parse("6 Apr 2019 10:12 +0200")).isEqualTo(Instant.parse("2019-04-06T08:12:00Z"));
        assertThat(ContainerDates.parse("Sat, 06 Apr 2019 10:12:00 GMT")).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(ContainerDates.parse("2019-04-06T10:12:00+0200")).isEqualTo(Instant.parse("2019-04-06T08:12:00Z"));
        assertThat(ContainerDates.parse("2019-04-06T10:12:00Z")).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(ContainerDates.parse("2019-04-06 10:12:00")).isEqualTo(Instant.parse("2019-04-06T10:12:00Z"));
        assertThat(ContainerDates.parse("2019-04-06")).isEqualTo(Instant.parse("2019-04-06T00:00:00Z"));
        assertThat(ContainerDates.parse("'2019-04-06'")).isEqualTo(Instant.parse("2019-04-06T00:00:00Z"));
    }

    @Test
    void unknownShapesGiveNull() {
        assertThat(ContainerDates.parse(null)).isNull();
        assertThat(ContainerDates.parse("")).isNull();
        assertThat(ContainerDates.parse("yesterday at noon")).isNull();
        assertThat(ContainerDates.parse("Foo Bar 99 2019 10:12:00")).isNull();
        assertThat(ContainerDates.parse("2019-13-45")).isNull();
    }

    @Test
    void isoTextKeepsTheOffsetAndWritesSeconds() {
        assertThat(ContainerDates.isoText("Fri, 12 Apr 2019 09:15:00 +0200")).isEqualTo("2019-04-12T09:15:00+02:00");
        assertThat(ContainerDates.isoText("2024-02-09T18:30:00+0100")).isEqualTo("2024-02-09T18:30:00+01:00");
        assertThat(ContainerDates.isoText("2024-05-03")).isEqualTo("2024-05-03");
        assertThat(ContainerDates.isoText("not a date")).isNull();
    }
}
