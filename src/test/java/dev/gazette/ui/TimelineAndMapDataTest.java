package dev.gazette.ui;

import dev.gazette.model.FacetCount;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineAndMapDataTest {

    @Test
    void timelineHasABarForEveryMonthBetweenTheFirstAndTheLast() {
        List<TimelineView.Bar> bars = TimelineView.bars(List.of(
                new FacetCount("2019-11", "November 2019", 3), new FacetCount("2020-02", "February 2020", 1)));
        assertThat(bars).extracting(TimelineView.Bar::month).containsExactly(
                YearMonth.of(2019, 11), YearMonth.of(2019, 12), YearMonth.of(2020, 1), YearMonth.of(2020, 2));
        assertThat(bars).extracting(TimelineView.Bar::count).containsExactly(3L, 0L, 0L, 1L);
    }

    @Test
    void theWorldMapHasShapesForTheCountriesOfTheSamples() {
        WorldMap map = WorldMap.load();
        assertThat(map.countries()).hasSizeGreaterThan(160);
        assertThat(map.countries()).extracting(WorldMap.Country::code)
                .contains("DE", "BR", "CA", "KE", "CL", "GH", "IN", "JP", "EG", "AU", "NO", "XK")
                .doesNotHaveDuplicates();
        assertThat(map.width()).isEqualTo(1080);
        assertThat(map.countries()).allSatisfy(c -> assertThat(c.path()).startsWith("M").endsWith("Z"));
    }
}
