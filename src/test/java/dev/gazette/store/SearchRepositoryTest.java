package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.search.SearchSyntax;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.gazette.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query seam: a list in any order, its count and the facets' total describe one set of
 * articles. The window sorts by relevance as soon as words are typed; that path used to run
 * its own query, which dropped the has: filters and the matches in notes and highlights.
 */
class SearchRepositoryTest {

    @TempDir
    Path dir;
    private Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir, Articles::names);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private static ArticleQuery typed(String input) {
        return SearchSyntax.parse(input).query().withSort(ArticleQuery.Sort.RELEVANCE);
    }

    private List<Long> listed(ArticleQuery q) {
        return lib.list(q, 0, 1000).stream().map(ArticleSummary::id).toList();
    }

    @Test
    void aWordFoundOnlyInANoteIsListedByRelevanceAsItIsCounted() {
        long noted = lib.add(article("Harbour").body("Boats came in.").build());
        lib.add(article("Market").body("Prices rose.").build());
        lib.setNotes(noted, "ask the zanzibar office");

        ArticleQuery q = typed("zanzibar");
        assertThat(lib.count(q)).isEqualTo(1);
        assertThat(lib.facets(q).total()).isEqualTo(1);
        assertThat(listed(q)).containsExactly(noted); // was empty: the relevance path read only the text index
    }

    @Test
    void aWordFoundOnlyInAHighlightsNoteIsListedByRelevance() {
        long a = lib.add(article("Harbour").body("Boats came in at dawn.").build());
        lib.highlights().add(new Highlight(0, a, "Boats came in", null, " at dawn", 0, null, "check with the mayor",
                Instant.EPOCH, false));
        ArticleQuery q = typed("mayor");
        assertThat(lib.count(q)).isEqualTo(1);
        assertThat(listed(q)).containsExactly(a);
    }

    @Test
    void hasNoteStillFiltersWhenWordsAreSortedByRelevance() {
        long caracas = lib.add(article("Caracas queues").body("Queues in Caracas grew.").build());
        ArticleQuery q = typed("has:note Caracas");
        assertThat(lib.count(q)).isZero();
        assertThat(listed(q)).isEmpty(); // was one row: the relevance path dropped has:note

        lib.setNotes(caracas, "follow up");
        assertThat(lib.count(q)).isEqualTo(1);
        assertThat(listed(q)).containsExactly(caracas);
        assertThat(listed(typed("-has:note Caracas"))).isEmpty();
    }

    @Test
    void relevanceOnlyOrdersTheSetTextMatchesFirstThenAnnotationOnlyMatches() {
        long weak = lib.add(article("Weather").body("A long report that says storm once among many other words here.")
                .build());
        long strong = lib.add(article("Storm storm").body("Storm storm storm.").build());
        long noteOnly = lib.add(article("Rates").body("Interest rates.").build());
        lib.setNotes(noteOnly, "compare with the storm coverage");

        ArticleQuery q = typed("storm");
        assertThat(listed(q)).containsExactly(strong, weak, noteOnly);
        for (ArticleQuery.Sort sort : ArticleQuery.Sort.values()) {
            assertThat(listed(q.withSort(sort))).as(sort.name()).containsExactlyInAnyOrder(strong, weak, noteOnly);
        }
        // pages of the relevance order join up without a gap or a repeat
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            paged.addAll(lib.list(q, offset, 1).stream().map(ArticleSummary::id).toList());
        }
        assertThat(paged).containsExactly(strong, weak, noteOnly);
    }

    @Test
    void anArticleMatchingInTextAndInItsNoteIsListedOnce() {
        long a = lib.add(article("Storm").body("Storm over the bay.").build());
        lib.setNotes(a, "storm again");
        assertThat(listed(typed("storm"))).containsExactly(a);
        assertThat(lib.count(typed("storm"))).isEqualTo(1);
    }
}
