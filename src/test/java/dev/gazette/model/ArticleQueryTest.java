package dev.gazette.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleQueryTest {

    @Test
    void andKeepsBothSidesFilters() {
        ArticleQuery sidebar = ArticleQuery.ALL.withDate(2019, null, null).withRegions(List.of("VE"));
        ArticleQuery search = ArticleQuery.ALL.withWords("oil").withTags(List.of("energy"), List.of(), List.of());
        ArticleQuery both = sidebar.and(search);
        assertThat(both.year()).isEqualTo(2019);
        assertThat(both.regions()).containsExactly("VE");
        assertThat(both.words()).isEqualTo("oil");
        assertThat(both.tagsAll()).containsExactly("energy");
    }

    @Test
    void andJoinsWordsAndDeduplicatesLists() {
        ArticleQuery a = ArticleQuery.ALL.withWords("oil").withRegions(List.of("VE"));
        ArticleQuery b = ArticleQuery.ALL.withWords("price").withRegions(List.of("VE", "RU"));
        ArticleQuery both = a.and(b);
        assertThat(both.words()).isEqualTo("oil price");
        assertThat(both.regions()).containsExactly("VE", "RU");
    }

    @Test
    void recordsAreImmutable() {
        java.util.ArrayList<String> tags = new java.util.ArrayList<>(List.of("x"));
        ArticleQuery q = ArticleQuery.ALL.withTags(tags, null, null);
        tags.add("y");
        assertThat(q.tagsAll()).containsExactly("x");
        assertThat(q.tagsAny()).isEmpty();
    }
}
