package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Facets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.gazette.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

/** The running totals agree with counting the articles, whatever happens to the library. */
class FacetTotalsTest {

    @TempDir
    Path dir;

    private static void assertTotalsMatchCounts(Library lib, ArticleQuery q) {
        lib.useTotals(true);
        Facets fromTotals = lib.facets(q);
        lib.useTotals(false);
        Facets counted = lib.facets(q);
        lib.useTotals(true);
        // the spelling shown for "Reuters" / "reuters" may differ; the counts may not
        assertThat(fromTotals.toString().toLowerCase()).as("facets for " + q).isEqualTo(counted.toString().toLowerCase());
    }

    /** Every filter shape the two-dimensional totals answer, and some they leave to counting. */
    private static void assertCrossTotalsMatchCounts(Library lib) {
        java.time.LocalDate jan2011 = java.time.LocalDate.of(2011, 1, 1);
        java.time.LocalDate endFeb2012 = java.time.LocalDate.of(2012, 2, 29);
        for (String region : List.of("VE", "fr", "Europe", "europe", "South America", "Western Europe", "Nowhere", "XX")) {
            ArticleQuery r = ArticleQuery.ALL.withRegions(List.of(region));
            assertTotalsMatchCounts(lib, r);
            assertTotalsMatchCounts(lib, r.withDate(2011, null, null));
            assertTotalsMatchCounts(lib, r.withDate(2011, 2, null));
            assertTotalsMatchCounts(lib, r.withDate(2011, 2, 11));
            assertTotalsMatchCounts(lib, r.withUndated(true));
            assertTotalsMatchCounts(lib, r.withRange(jan2011, endFeb2012));
            assertTotalsMatchCounts(lib, r.withRange(java.time.LocalDate.of(2011, 1, 12), null));
            assertTotalsMatchCounts(lib, r.withRead(false));
            assertTotalsMatchCounts(lib, r.withSources(List.of("reuters")));
            assertTotalsMatchCounts(lib, r.withTags(List.of("t2"), null, null));
        }
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRegions(List.of("VE", "Europe")));
        for (String words : List.of("A1", "body", "nothing-matches", "has:note", "\"A1\" -has:highlight")) {
            ArticleQuery w = dev.gazette.search.SearchSyntax.parse(words).query();
            assertTotalsMatchCounts(lib, w);
            assertTotalsMatchCounts(lib, w.withRead(false).withStarred(true));
            assertTotalsMatchCounts(lib, w.withRegions(List.of("Europe")));
            assertTotalsMatchCounts(lib, w.withDate(2011, 2, null));
        }
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRead(true).withStarred(false));
        for (int year = 2010; year <= 2013; year++) {
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(year, null, null));
            for (int month = 1; month <= 4; month++) {
                assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(year, month, null));
            }
        }
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRange(jan2011, endFeb2012));
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRange(null, endFeb2012));
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(2011, null, null).withSources(List.of("AFP")));
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(2011, null, null).withTags(List.of("t1"), null, null));
        assertTotalsMatchCounts(lib, ArticleQuery.ALL.withUndated(true).withTags(null, List.of("t1", "t3"), null));
        for (ArticleQuery one : List.of(ArticleQuery.ALL.withRead(false), ArticleQuery.ALL.withRead(true),
                ArticleQuery.ALL.withStarred(true), ArticleQuery.ALL.withStarred(false),
                ArticleQuery.ALL.withTags(List.of("T2"), null, null), ArticleQuery.ALL.withTags(null, List.of("t0"), null),
                ArticleQuery.ALL.withTags(null, null, List.of("t0")), ArticleQuery.ALL.withTags(List.of("none"), null, null),
                ArticleQuery.ALL.withSources(List.of("REUTERS")), ArticleQuery.ALL.withSources(List.of("AFP", "Reuters")))) {
            assertTotalsMatchCounts(lib, one);
            assertTotalsMatchCounts(lib, one.withDate(2011, null, null));
            assertTotalsMatchCounts(lib, one.withDate(2012, 3, null));
            assertTotalsMatchCounts(lib, one.withUndated(true));
            assertTotalsMatchCounts(lib, one.withRegions(List.of("Europe")));
        }
    }

    @Test
    void crossTotalsAreBuiltForAnExistingLibraryWhenItIsUpgraded() throws Exception {
        Random r = new Random(11);
        String[] codes = {"VE", "CO", "FR", "DE", "JP"};
        try (Library lib = Library.open(dir, Articles::names)) {
            for (int i = 0; i < 30; i++) {
                lib.add(article("U" + i).published(i % 4 == 0 ? null : "2012-0" + (1 + r.nextInt(9)) + "-15")
                        .source(i % 2 == 0 ? "AFP" : "Reuters")
                        .countries(codes[r.nextInt(codes.length)], codes[r.nextInt(codes.length)])
                        .tags("t" + r.nextInt(3)).build());
            }
        }
        // take the library back to version 5, as a Gazette of last season left it
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gazette.db"));
             java.sql.Statement s = c.createStatement()) {
            Migrations.undoCrossTotals(s);
            Migrations.undoStories(s); // V7
            Migrations.undoSuggestionRefusals(s); // V8
            s.execute("PRAGMA user_version = 5");
        }
        try (Library lib = Library.open(dir, Articles::names)) {
            assertThat(lib.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertCrossTotalsMatchCounts(lib);
        }
    }

    @Test
    void totalsFollowEveryKindOfChange() {
        String[] codes = {"VE", "CO", "BR", "FR", "DE", "UA", "JP", "XX"};
        String[] sources = {"Reuters", "reuters", "AFP", null};
        Random r = new Random(3);
        try (Library lib = Library.open(dir, Articles::names)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String[] cs = new String[r.nextInt(3)];
                for (int k = 0; k < cs.length; k++) {
                    cs[k] = codes[r.nextInt(codes.length)];
                }
                ids.add(lib.add(article("A" + i).published(r.nextInt(5) == 0 ? null : "20" + (10 + r.nextInt(3)) + "-0"
                        + (1 + r.nextInt(3)) + "-1" + r.nextInt(3)).source(sources[r.nextInt(sources.length)])
                        .countries(java.util.Arrays.stream(cs).distinct().toArray(String[]::new))
                        .tags("t" + r.nextInt(4), "t" + r.nextInt(4)).build()));
            }
            for (int step = 0; step < 40; step++) {
                long id = ids.get(r.nextInt(ids.size()));
                switch (r.nextInt(9)) {
                    case 0 -> lib.correctRegions(id, List.of(codes[r.nextInt(codes.length)], codes[r.nextInt(codes.length)]));
                    case 1 -> lib.correctRegions(id, null);
                    case 2 -> lib.correctPublished(id, r.nextBoolean() ? null : "2011-02-0" + (1 + r.nextInt(9)));
                    case 3 -> lib.tag(List.of(id, ids.get(0)), List.of("t" + r.nextInt(6)), List.of("t" + r.nextInt(6)));
                    case 4 -> lib.delete(List.of(id));
                    case 5 -> lib.renameTag("t" + r.nextInt(6), "t" + r.nextInt(6));
                    case 6 -> lib.setRead(List.of(id, ids.get(1)), r.nextBoolean());
                    case 7 -> lib.setStarred(List.of(id), r.nextBoolean());
                    default -> lib.deleteTag("t" + r.nextInt(6));
                }
            }
            assertTotalsMatchCounts(lib, ArticleQuery.ALL);
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(2011, null, null));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withDate(2011, 2, null));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withUndated(true));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRange(java.time.LocalDate.of(2011, 1, 1), null));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withRegions(List.of("Europe")));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withSources(List.of("AFP")));
            assertTotalsMatchCounts(lib, ArticleQuery.ALL.withTags(List.of("t1"), null, null));
            assertCrossTotalsMatchCounts(lib);
            assertThat(lib.tags()).allSatisfy(t -> assertThat(t.count()).isEqualTo(
                    lib.count(ArticleQuery.ALL.withTags(List.of(t.name()), null, null))));
        }
    }
}
