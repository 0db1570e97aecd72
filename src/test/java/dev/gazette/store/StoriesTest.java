package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.model.StoryCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import static dev.gazette.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

class StoriesTest {

    private static final String BODY = "Russian aid is headed to Venezuela but the foreign minister says it will not be"
            + " another Syria, and the shipments will continue through the spring.";

    @TempDir
    Path dir;

    private static NewArticle copy(String site, String url, String extra) {
        return article("More Russian aid headed to Venezuela").source("CBS News").site(site).url(url)
                .body(BODY + extra).countries("VE", "RU").build();
    }

    @Test
    void aJoinedCopyLeavesTheListAndEveryCountWithOneRowPerStory() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", " Community posts."));
            long other = lib.add(article("Paris strike").countries("FR").build());
            long b = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Share this."));
            String facetsBefore = null;
            assertThat(lib.count(ArticleQuery.ALL)).isEqualTo(3);

            long lead = stories.join(b, a);

            assertThat(lead).isEqualTo(a); // neither is CBS's own site: the first saved stays
            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).extracting(ArticleSummary::id).containsExactlyInAnyOrder(a, other);
            assertThat(lib.count(ArticleQuery.ALL)).isEqualTo(2);
            var facets = lib.facets(ArticleQuery.ALL);
            assertThat(facets.total()).isEqualTo(2);
            assertThat(facets.countries()).anyMatch(f -> f.key().equals("VE") && f.count() == 1);
            assertThat(lib.count(ArticleQuery.ALL.withRegions(List.of("VE")))).isEqualTo(1);
            assertThat(stories.counts(List.of(a, other))).containsEntry(a, 2).containsEntry(other, 1);
            List<StoryCopy> copies = stories.copies(b);
            assertThat(copies).extracting(StoryCopy::articleId).containsExactly(a, b);
            assertThat(copies).extracting(StoryCopy::outlet).containsExactly("cuencahighlife.example", "latintimes.example");
            assertThat(copies.get(0).lead()).isTrue();
            assertThat(copies.get(1).latest()).isTrue(); // another site: a copy, not an earlier version
            assertThat(facetsBefore).isNull();
        }
    }

    @Test
    void theCreditedOriginalSourceLeadsAndTakesTheStorysState() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", ""));
            lib.tag(List.of(a), List.of("venezuela"), List.of());
            lib.setStarred(List.of(a), true);
            lib.setNotes(a, "compare with the wire");
            lib.highlights().add(new Highlight(0, a, BODY.substring(0, 20), "", " is headed", 0, "yellow", null,
                    java.time.Instant.now(), false));
            long cbs = lib.add(copy("CBS News", "https://www.cbsnews.example/news/aid", ""));

            long lead = stories.join(cbs, a);

            assertThat(lead).isEqualTo(cbs);
            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).singleElement().satisfies(row -> {
                assertThat(row.id()).isEqualTo(cbs);
                assertThat(row.tags()).containsExactly("venezuela");
                assertThat(row.starred()).isTrue();
            });
            assertThat(lib.state(cbs).orElseThrow().notes()).isEqualTo("compare with the wire");
            assertThat(lib.highlights().forArticle(cbs)).extracting(Highlight::exact).containsExactly(BODY.substring(0, 20));
            assertThat(lib.count(ArticleQuery.ALL.withTags(List.of("venezuela"), List.of(), List.of()))).isEqualTo(1);
            assertThat(lib.facets(ArticleQuery.ALL).tags()).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        }
    }

    @Test
    void readingOrTaggingAnyCopyChangesTheStory() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", ""));
            long b = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Latin Times."));
            stories.join(b, a);

            lib.setRead(List.of(b), true);
            lib.tag(List.of(b), List.of("aid"), List.of());
            lib.setNotes(b, "from the copy");

            ArticleSummary row = lib.list(ArticleQuery.ALL, 0, 10).get(0);
            assertThat(row.id()).isEqualTo(a);
            assertThat(row.read()).isTrue();
            assertThat(row.tags()).containsExactly("aid");
            assertThat(lib.state(a).orElseThrow().notes()).isEqualTo("from the copy");
            assertThat(lib.count(ArticleQuery.ALL.withRead(false))).isZero();
            assertThat(lib.facets(ArticleQuery.ALL).tags()).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        }
    }

    @Test
    void anUpdatedVersionFromTheSameSiteLeadsAndKeepsTheEarlierText() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long first = lib.add(copy("CBS News", "https://cbsnews.example/aid", ""));
            long wire = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Latin Times."));
            stories.join(wire, first);
            long update = lib.add(copy("CBS News", "https://cbsnews.example/aid", " Updated with a statement."));

            assertThat(stories.join(update, first)).isEqualTo(update);

            List<StoryCopy> copies = stories.copies(first);
            assertThat(copies).extracting(StoryCopy::articleId).containsExactly(update, wire, first);
            assertThat(copies.get(2).latest()).isFalse(); // the earlier version, still readable
            assertThat(lib.article(first)).isPresent();
            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).extracting(ArticleSummary::id).containsExactly(update);
        }
    }

    @Test
    void aSplitStandsAloneKeepsTheTagsAndIsNeverRegroupedByDetection() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", ""));
            long b = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Latin Times."));
            long c = lib.add(copy("Andes Daily", "https://andes.example/aid", " Andes."));
            stories.join(b, a);
            stories.join(c, a);
            lib.tag(List.of(a), List.of("aid"), List.of());

            stories.split(b);

            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).extracting(ArticleSummary::id).containsExactlyInAnyOrder(a, b);
            assertThat(lib.state(b).orElseThrow().tags()).containsExactly("aid");
            assertThat(stories.counts(List.of(a, b))).containsEntry(a, 2).containsEntry(b, 1);
            assertThat(stories.apart(a, b)).isTrue();
            assertThat(stories.join(b, a)).isEqualTo(-1);
            assertThat(stories.join(b, c)).isEqualTo(-1);
            assertThat(lib.facets(ArticleQuery.ALL).countries()).anyMatch(f -> f.key().equals("VE") && f.count() == 2);

            stories.merge(List.of(a, b)); // the person changes their mind: their merge wins
            assertThat(stories.apart(a, b)).isFalse();
            assertThat(lib.count(ArticleQuery.ALL)).isEqualTo(1);
        }
    }

    @Test
    void deletingTheLeadShowsAnotherCopy() {
        try (Library lib = Library.open(dir, Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", ""));
            long b = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Latin Times."));
            stories.join(b, a);

            lib.delete(List.of(a));

            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).extracting(ArticleSummary::id).containsExactly(b);
            assertThat(stories.counts(List.of(b))).containsEntry(b, 1);
            assertThat(lib.facets(ArticleQuery.ALL).countries()).anyMatch(f -> f.key().equals("VE") && f.count() == 1);
        }
    }

    @Test
    void groupingSplittingAndMergingSurviveExportAndRestore() {
        byte[] export;
        List<Long> shown;
        List<String> titles;
        try (Library lib = Library.open(dir.resolve("one"), Articles::names)) {
            Stories stories = lib.stories();
            long a = lib.add(copy("Cuenca High Life", "https://cuencahighlife.example/aid", ""));
            long b = lib.add(copy("Latin Times", "https://latintimes.example/aid", " Latin Times."));
            long c = lib.add(copy("Andes Daily", "https://andes.example/aid", " Andes."));
            long d = lib.add(article("Paris strike").countries("FR").build());
            long e = lib.add(article("Paris strike ends").countries("FR").build());
            stories.join(b, a);
            stories.join(c, a);
            stories.split(c);
            stories.merge(List.of(d, e));
            lib.setRead(List.of(b), true);
            shown = lib.list(ArticleQuery.ALL, 0, 10).stream().map(ArticleSummary::id).sorted().toList();
            titles = lib.list(ArticleQuery.ALL, 0, 10).stream().map(ArticleSummary::title).toList();
            assertThat(titles).contains("Paris strike ends"); // same site, saved later: the newer version leads
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lib.exportJson(ArticleQuery.ALL, out, false);
            export = out.toByteArray();
        }
        assertThat(shown).hasSize(3);
        assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8)).contains("\"stories\"", "\"apart\"");
        try (Library lib = Library.open(dir.resolve("two"), Articles::names)) {
            ImportSummary summary = lib.importJson(new ByteArrayInputStream(export));
            assertThat(summary.imported()).isEqualTo(5);
            Stories stories = lib.stories();
            List<ArticleSummary> rows = lib.list(ArticleQuery.ALL, 0, 10);
            assertThat(rows).hasSize(3);
            assertThat(rows).extracting(ArticleSummary::title).containsExactlyInAnyOrderElementsOf(titles);
            ArticleSummary story = rows.stream().filter(r -> stories.counts(List.of(r.id())).get(r.id()) == 2
                    && r.title().startsWith("More")).findFirst().orElseThrow();
            assertThat(story.read()).isTrue();
            List<StoryCopy> copies = stories.copies(story.id());
            assertThat(copies).extracting(StoryCopy::site).containsExactlyInAnyOrder("Cuenca High Life", "Latin Times");
            long andes = rows.stream().filter(r -> r.site().equals("Andes Daily")).findFirst().orElseThrow().id();
            assertThat(stories.join(andes, story.id())).isEqualTo(-1); // the split came along

            // restoring the same export again changes nothing
            lib.importJson(new ByteArrayInputStream(export));
            assertThat(lib.list(ArticleQuery.ALL, 0, 10)).hasSize(3);
        }
    }
}
