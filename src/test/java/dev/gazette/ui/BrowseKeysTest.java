package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrowseKeysTest {

    @Test
    void everySidebarChoiceSurvivesARoundTrip() {
        for (String key : List.of("all", "unread", "starred", "undated", "date:2019", "date:2019-04", "date:2019-04-06",
                "region:VE", "region:South America", "source:Reuters", "tag:energy policy")) {
            assertThat(BrowseKeys.keyOf(BrowseKeys.filterOf(key))).isEqualTo(key);
        }
    }

    @Test
    void nonsenseFallsBackToEverything() {
        assertThat(BrowseKeys.filterOf("date:soon")).isEqualTo(ArticleQuery.ALL);
        assertThat(BrowseKeys.filterOf(null)).isEqualTo(ArticleQuery.ALL);
    }
}
