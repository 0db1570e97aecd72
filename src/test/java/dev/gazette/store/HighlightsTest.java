package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

    @TempDir
    Path dir;

    private static Highlight quote(long article, String exact, String note) {
        return new Highlight(0, article, exact, "before ", " after", 10, "pink", note, null, false);
    }

    /** The ids the search box's input lists, in id order (has: words become the query's typed fields). */
    private static List<Long> ids(Library lib, String input) {
        return lib.list(query(input), 0, 100).stream().map(s -> s.id()).sorted().toList();
    }

    private static ArticleQuery query(String input) {
        return dev.gazette.search.SearchSyntax.parse(input).query();
    }

    @Test
    void storesListsUpdatesAndDeletesHighlights() {
        try (Library lib = Library.open(dir)) {
            long a = lib.add(Articles.article("Oil").countries("VE").tags("energy").build());
            Highlights hs = lib.highlights();
            Highlight h = hs.add(quote(a, "exports fell", "check figures"));
            assertThat(h.id()).isPositive();
            assertThat(hs.get(h.id())).contains(h);
            assertThat(hs.forArticle(a)).containsExactly(h);
            hs.update(h.withColour("blue").withNote(null));
            assertThat(hs.get(h.id()).orElseThrow().colour()).isEqualTo("blue");
            assertThat(hs.get(h.id()).orElseThrow().note()).isNull();
            assertThat(hs.count()).isEqualTo(1);
            assertThat(hs.delete(h.id())).isTrue();
            assertThat(hs.delete(h.id())).isFalse();
            assertThat(hs.forArticle(a)).isEmpty();
        }
    }

    @Test
    void highlightsGoWithTheirArticle() {
        try (Library lib = Library.open(dir)) {
            long a = lib.add(Articles.article("Oil").build());
            Highlights hs = lib.highlights();
            hs.add(quote(a, "exports fell", null));
            lib.delete(List.of(a));
            assertThat(hs.count()).isZero();
            assertThat(ids(lib, "exports")).isEmpty();
        }
    }

    @Test
    void highlightAndNoteTextAreInTheFullTextIndex() {
        try (Library lib = Library.open(dir)) {
            long a = lib.add(Articles.article("Oil").build());
            long b = lib.add(Articles.article("Rates").build());
            Highlights hs = lib.highlights();
            Highlight h = hs.add(quote(a, "the quarterly zebrafigures", "compare with bulletin"));
            lib.setNotes(b, "Remember the **platypus** angle");
            assertThat(ids(lib, "zebrafigures")).containsExactly(a);
            assertThat(ids(lib, "bulletin")).containsExactly(a);
            assertThat(ids(lib, "platypus")).containsExactly(b);
            assertThat(lib.count(ArticleQuery.ALL.withWords("platypus"))).isEqualTo(1);
            hs.update(h.withNote("nothing"));
            assertThat(ids(lib, "bulletin")).isEmpty();
            lib.setNotes(b, null);
            assertThat(ids(lib, "platypus")).isEmpty();
            // ordinary article words still work
            assertThat(ids(lib, "Rates")).containsExactly(b);
        }
    }

    @Test
    void hasHighlightAndHasNoteFilterArticles() {
        try (Library lib = Library.open(dir)) {
            long a = lib.add(Articles.article("Oil").build());
            long b = lib.add(Articles.article("Rates").build());
            long c = lib.add(Articles.article("Storm").build());
            lib.highlights().add(quote(a, "exports", null));
            lib.setNotes(b, "a note");
            assertThat(ids(lib, "has:highlight")).containsExactly(a);
            assertThat(ids(lib, "has:highlights")).containsExactly(a);
            assertThat(ids(lib, "has:note")).containsExactly(b);
            assertThat(ids(lib, "-has:note")).containsExactly(a, c);
            assertThat(ids(lib, "has:highlight has:note")).isEmpty();
            assertThat(ids(lib, "Oil has:highlight")).containsExactly(a);
            assertThat(ids(lib, "Rates has:highlight")).isEmpty();
            assertThat(ids(lib, "\"has:note\"")).isEmpty();
            assertThat(lib.count(query("HAS:NOTE"))).isEqualTo(1);
            assertThat(lib.facets(query("has:highlight")).total()).isEqualTo(1);
        }
    }

    @Test
    void listsHighlightsUnderAnArticleFilterAndSearchesThem() {
        try (Library lib = Library.open(dir)) {
            long ve = lib.add(Articles.article("Caracas").published("2019-02-01").countries("VE").tags("sanctions").build());
            long fr = lib.add(Articles.article("Paris").published("2020-05-01").countries("FR").build());
            Highlights hs = lib.highlights();
            hs.add(quote(ve, "oil output collapsed", "key"));
            hs.add(quote(ve, "queues at pharmacies", null));
            hs.add(quote(fr, "strikes closed the metro", null));
            List<HighlightEntry> all = hs.list(ArticleQuery.ALL, null, 100);
            assertThat(all).hasSize(3);
            assertThat(all.get(0).article().id()).isEqualTo(fr); // newest article first
            List<HighlightEntry> venezuela = hs.list(ArticleQuery.ALL.withRegions(List.of("VE")), "", 100);
            assertThat(venezuela).extracting(e -> e.highlight().exact())
                    .containsExactly("oil output collapsed", "queues at pharmacies");
            assertThat(venezuela.get(0).tags()).containsExactly("sanctions");
            assertThat(hs.list(ArticleQuery.ALL, "pharmacies", 100)).extracting(e -> e.highlight().exact())
                    .containsExactly("queues at pharmacies");
            assertThat(hs.list(ArticleQuery.ALL, "key", 100)).hasSize(1);
            assertThat(hs.list(ArticleQuery.ALL.withDate(2020, null, null), null, 100)).hasSize(1);
            assertThat(hs.forArticles(List.of(ve, fr)).get(ve)).hasSize(2);
        }
    }
}
