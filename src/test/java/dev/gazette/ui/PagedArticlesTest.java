package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PagedArticlesTest {

    private static List<ArticleSummary> page(int from, int n) {
        return IntStream.range(from, from + n).mapToObj(i -> new ArticleSummary(i, "t" + i, null, null, null, null, null,
                List.of(), false, false)).toList();
    }

    @Test
    void rowsNotLoadedAskForTheirPageOnceAndReadAsLoading() {
        List<Integer> asked = new ArrayList<>();
        PagedArticles rows = new PagedArticles((gen, p) -> asked.add(p));
        rows.reset(100_000, page(0, PagedArticles.PAGE));
        assertThat(rows).hasSize(100_000);
        assertThat(rows.get(5).title()).isEqualTo("t5");
        assertThat(rows.get(50_000)).isSameAs(PagedArticles.LOADING);
        assertThat(rows.get(50_001)).isSameAs(PagedArticles.LOADING);
        assertThat(asked).containsExactly(50_000 / PagedArticles.PAGE);
    }

    @Test
    void aLoadedPageIsAnnouncedAsAnUpdateNotAReplacement() {
        PagedArticles rows = new PagedArticles((gen, p) -> { });
        rows.reset(1000, page(0, PagedArticles.PAGE));
        rows.get(PagedArticles.PAGE);
        List<String> kinds = new ArrayList<>();
        rows.addListener((ListChangeListener<ArticleSummary>) c -> {
            while (c.next()) {
                kinds.add(c.wasUpdated() ? "update" : "other");
            }
        });
        rows.pageLoaded(rows.generation(), 1, page(PagedArticles.PAGE, PagedArticles.PAGE));
        assertThat(kinds).containsOnly("update");
        assertThat(rows.get(PagedArticles.PAGE).title()).isEqualTo("t" + PagedArticles.PAGE);
    }

    @Test
    void anOpenedArticlesRowIsMarkedReadInPlaceWithoutAskingForItsPage() {
        List<Integer> asked = new ArrayList<>();
        PagedArticles rows = new PagedArticles((gen, p) -> asked.add(p));
        rows.reset(1000, page(0, PagedArticles.PAGE));
        List<String> kinds = new ArrayList<>();
        rows.addListener((ListChangeListener<ArticleSummary>) c -> {
            while (c.next()) {
                kinds.add(c.wasUpdated() ? "update " + c.getFrom() : "other");
            }
        });
        assertThat(rows.markRead(7)).isTrue();
        assertThat(rows.get(7).read()).isTrue();
        assertThat(rows.get(7).title()).isEqualTo("t7");
        assertThat(rows.get(8).read()).isFalse();
        assertThat(kinds).containsExactly("update 7");
        assertThat(asked).isEmpty(); // nothing asked of the store
        assertThat(rows.markRead(900)).isFalse(); // not in memory: it comes read with its page
        assertThat(rows).hasSize(1000);
    }

    @Test
    void findingARowLooksOnlyAmongTheLoadedRowsAndAsksForNoPage() {
        List<Integer> asked = new ArrayList<>();
        PagedArticles rows = new PagedArticles((gen, p) -> asked.add(p));
        rows.reset(100_000, page(0, PagedArticles.PAGE));
        ArticleSummary tenth = rows.get(10);
        // the table's selection asks where its row went after a new result: by the article, not the object
        ArticleSummary sameArticleRead = new ArticleSummary(10, "t10", null, null, null, null, null, List.of(), true, false);
        assertThat(rows.indexOf(tenth)).isEqualTo(10);
        assertThat(rows.indexOf(sameArticleRead)).isEqualTo(10);
        assertThat(rows.contains(sameArticleRead)).isTrue();
        assertThat(rows.lastIndexOf(tenth)).isEqualTo(10);
        ArticleSummary notLoaded = new ArticleSummary(99_999, "far", null, null, null, null, null, List.of(), false, false);
        assertThat(rows.indexOf(notLoaded)).isEqualTo(-1);
        assertThat(rows.indexOf(PagedArticles.LOADING)).isEqualTo(-1);
        assertThat(rows.indexOf("not a row")).isEqualTo(-1);
        assertThat(asked).isEmpty(); // the list's own walk would have asked for all 500 pages
    }

    @Test
    void aPageFromAnEarlierQueryIsIgnored() {
        PagedArticles rows = new PagedArticles((gen, p) -> { });
        rows.reset(1000, List.of());
        long old = rows.generation();
        rows.reset(1000, List.of());
        rows.pageLoaded(old, 0, page(0, 10));
        assertThat(rows.peek(0)).isNull();
    }

    @Test
    void onlyABoundedNumberOfPagesStaysInMemory() {
        PagedArticles rows = new PagedArticles((gen, p) -> { });
        rows.reset(1_000_000, List.of());
        for (int p = 0; p < PagedArticles.CACHED_PAGES * 3; p++) {
            rows.pageLoaded(rows.generation(), p, page(p * PagedArticles.PAGE, PagedArticles.PAGE));
        }
        assertThat(rows.loadedPages()).isEqualTo(PagedArticles.CACHED_PAGES);
    }
}
