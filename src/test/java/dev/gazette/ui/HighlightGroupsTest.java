package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightGroupsTest {

    private static HighlightEntry entry(long id, String title, String published, String country, List<String> tags) {
        return new HighlightEntry(new Highlight(id, id, "quote " + id, "", "", 0, null, null, null, false),
                new ArticleSummary(id, title, null, null, published, country, null, tags, false, false));
    }

    private final List<HighlightEntry> entries = List.of(
            entry(1, "Oil", "2019-04-06", "VE", List.of("sanctions", "oil")),
            entry(2, "Oil", "2019-04-06", "VE", List.of("sanctions", "oil")),
            entry(3, "Rates", "2019-02-01T10:00:00Z", null, List.of()),
            entry(4, null, null, "FR", List.of("oil")));

    @Test
    void groupsByArticleKeepingTheOrderGiven() {
        var groups = HighlightGroups.group(entries, HighlightGroups.By.ARTICLE, c -> c);
        assertThat(groups).extracting(HighlightGroups.Group::heading)
                .containsExactly("Oil  · 2019-04-06", "Rates  · 2019-02-01", "(untitled)");
        assertThat(groups.get(0).entries()).hasSize(2);
    }

    @Test
    void groupsByMonthRegionAndTag() {
        assertThat(HighlightGroups.group(entries, HighlightGroups.By.DATE, c -> c)).extracting(HighlightGroups.Group::heading)
                .containsExactly("2019-04", "2019-02", "(undated)");
        assertThat(HighlightGroups.group(entries, HighlightGroups.By.REGION, c -> c.equals("VE") ? "Venezuela" : "France"))
                .extracting(HighlightGroups.Group::heading).containsExactly("France", "Venezuela", "(no region)");
        var tags = HighlightGroups.group(entries, HighlightGroups.By.TAG, c -> c);
        assertThat(tags).extracting(HighlightGroups.Group::heading).containsExactly("oil", "sanctions", "(untagged)");
        assertThat(tags.get(0).entries()).hasSize(3); // an entry stands under each of its tags
    }
}
