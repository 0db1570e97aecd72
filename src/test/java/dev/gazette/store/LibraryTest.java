package dev.gazette.store;

import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.gazette.store.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryTest {

    @TempDir
    Path dir;

    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir, Articles::names);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<Long> ids(List<ArticleSummary> list) {
        return list.stream().map(ArticleSummary::id).toList();
    }

    private static List<Long> reversed(List<Long> in) {
        List<Long> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Map<String, Long> counts(List<FacetCount> facets) {
        return facets.stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count));
    }

    @Test
    void addedArticleReadsBackWithContentRegionsStateAndOriginal() {
        byte[] original = "<html>original bytes</html>".getBytes(StandardCharsets.UTF_8);
        long id = lib.add(article("Oil in Caracas").countries("VE", "CO").tags("oil", "Energy")
                .url("https://www.example.com/a?utm_source=x").original(original).build());

        Article a = lib.article(id).orElseThrow();
        assertThat(a.content().title()).isEqualTo("Oil in Caracas");
        assertThat(a.content().bodyHtml()).startsWith("<p>");
        assertThat(a.regions().codes()).containsExactly("VE", "CO");
        assertThat(a.regions().primaryCountry()).isEqualTo("VE");
        assertThat(a.regions().subRegion()).isEqualTo("South America");
        assertThat(a.regions().countries().get(0).evidence()).containsExactly("evidence VE");
        assertThat(a.originalHash()).isEqualTo(BlobStore.sha256(original));
        assertThat(lib.original(id)).contains(original);
        assertThat(dir.resolve("originals").resolve(a.originalHash().substring(0, 2))
                .resolve(a.originalHash() + ".gz")).exists();

        UserState s = lib.state(id).orElseThrow();
        assertThat(s.read()).isFalse();
        assertThat(s.tags()).containsExactly("Energy", "oil");
        assertThat(s.correctedCountries()).isNull();
        assertThat(lib.sourceFiles(id)).containsExactly("/saved/Oil in Caracas.html");
        assertThat(lib.article(id + 100)).isEmpty();
        assertThat(lib.state(id + 100)).isEmpty();
    }

    @Test
    void duplicatesAreFoundByCanonicalUrlOrBodyHash() {
        NewArticle n = article("One").url("https://www.example.com/story/?utm_medium=feed#top").build();
        long id = lib.add(n);
        assertThat(lib.findDuplicate("http://example.com/story", null)).hasValue(id);
        assertThat(lib.findDuplicate(null, n.bodyHash())).hasValue(id);
        assertThat(lib.findDuplicate("https://example.com/other", "nope")).isEmpty();
    }

    @Test
    void sourceFilesAccumulate() {
        long id = lib.add(article("One").build());
        lib.addSourceFile(id, "/other/copy.html");
        lib.addSourceFile(id, "/other/copy.html");
        assertThat(lib.sourceFiles(id)).containsExactlyInAnyOrder("/saved/One.html", "/other/copy.html");
    }

    @Test
    void resourcesAreStoredContentAddressed() {
        byte[] png = {1, 2, 3, 4};
        NewArticle base = article("Pic").build();
        NewArticle n = new NewArticle(base.content(), base.regions(), base.format(), base.bodyHash(),
                base.originalName(), base.originalBytes(),
                List.of(new EmbeddedResource("../../etc/passwd", "image/png", png)), List.of(), null, null, null);
        long id = lib.add(n);
        List<EmbeddedResource> r = lib.resources(id);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).location()).isEqualTo("../../etc/passwd");
        assertThat(r.get(0).data()).containsExactly(png);
        assertThat(dir.resolve("originals").resolve(BlobStore.sha256(png).substring(0, 2))).isDirectory();
    }

    @Test
    void listsSortAndPageStably() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(lib.add(article("T" + (char) ('g' - i)).published(i < 3 ? "2020-01-01" : "2019-0" + (i) + "-01").build()));
        }
        ids.add(lib.add(article("Undated").published(null).build()));

        List<Long> all = ids(lib.list(ArticleQuery.ALL, 0, 100));
        assertThat(all).hasSize(8);
        assertThat(all.subList(0, 3)).containsExactly(ids.get(2), ids.get(1), ids.get(0)); // same day: id desc
        assertThat(all.get(7)).isEqualTo(ids.get(7)); // undated last
        List<Long> paged = new ArrayList<>();
        for (int off = 0; off < 8; off += 3) {
            paged.addAll(ids(lib.list(ArticleQuery.ALL, off, 3)));
        }
        assertThat(paged).isEqualTo(all);

        List<String> titles = lib.list(ArticleQuery.ALL.withSort(ArticleQuery.Sort.TITLE), 0, 100).stream()
                .map(ArticleSummary::title).toList();
        assertThat(titles).isSorted();
        assertThat(ids(lib.list(ArticleQuery.ALL.withSort(ArticleQuery.Sort.ADDED_DESC), 0, 1))).containsExactly(ids.get(7));
        assertThat(ids(lib.list(ArticleQuery.ALL.withSort(ArticleQuery.Sort.PUBLISHED_ASC), 0, 100)).subList(1, 8))
                .isEqualTo(reversed(all.subList(0, 7)));
        assertThat(lib.count(ArticleQuery.ALL)).isEqualTo(8);
    }

    @Test
    void summaryCarriesTagsStateAndPrimaryRegion() {
        long id = lib.add(article("S").countries("FR").tags("b", "a").build());
        lib.setStarred(List.of(id), true);
        ArticleSummary s = lib.list(ArticleQuery.ALL, 0, 10).get(0);
        assertThat(s.tags()).containsExactly("a", "b");
        assertThat(s.primaryCountry()).isEqualTo("FR");
        assertThat(s.subRegion()).isEqualTo("Western Europe");
        assertThat(s.starred()).isTrue();
        assertThat(s.read()).isFalse();
        assertThat(s.published()).isEqualTo("2019-04-06");
    }

    @Test
    void everyFilterNarrowsTheList() {
        long ve = lib.add(article("Venezuela vote").published("2019-04-06T10:00:00Z").countries("VE")
                .source("Reuters").site("Site A").tags("politics", "latam").build());
        long fr = lib.add(article("Paris strike").published("2019-05-01").countries("FR", "DE")
                .source("AFP").site("Site B").tags("politics", "labour").build());
        long jp = lib.add(article("Tokyo quake").published("2021-01-02").countries("JP")
                .source("Kyodo").site("Site A").tags("disaster").build());
        long none = lib.add(article("Undated note").published(null).source(null).site(null).build());
        lib.setRead(List.of(fr), true);
        lib.setStarred(List.of(jp), true);

        ArticleQuery q = ArticleQuery.ALL;
        assertThat(ids(lib.list(q.withDate(2019, null, null), 0, 10))).containsExactlyInAnyOrder(ve, fr);
        assertThat(ids(lib.list(q.withDate(2019, 4, null), 0, 10))).containsExactly(ve);
        assertThat(ids(lib.list(q.withDate(2019, 4, 6), 0, 10))).containsExactly(ve);
        assertThat(ids(lib.list(q.withDate(2019, 4, 7), 0, 10))).isEmpty();
        assertThat(ids(lib.list(q.withRange(LocalDate.of(2019, 4, 7), null), 0, 10))).containsExactlyInAnyOrder(fr, jp);
        assertThat(ids(lib.list(q.withRange(null, LocalDate.of(2019, 4, 6)), 0, 10))).containsExactly(ve);
        assertThat(ids(lib.list(q.withUndated(true), 0, 10))).containsExactly(none);
        assertThat(ids(lib.list(q.withRegions(List.of("ve")), 0, 10))).containsExactly(ve);
        assertThat(ids(lib.list(q.withRegions(List.of("DE")), 0, 10))).containsExactly(fr);
        assertThat(ids(lib.list(q.withRegions(List.of("south america", "Asia")), 0, 10))).containsExactlyInAnyOrder(ve, jp);
        assertThat(ids(lib.list(q.withRegions(List.of("Europe")), 0, 10))).containsExactly(fr);
        assertThat(ids(lib.list(q.withSources(List.of("reuters", "Kyodo")), 0, 10))).containsExactlyInAnyOrder(ve, jp);
        assertThat(ids(lib.list(q.withSites(List.of("Site A")), 0, 10))).containsExactlyInAnyOrder(ve, jp);
        assertThat(ids(lib.list(q.withTags(List.of("politics", "latam"), null, null), 0, 10))).containsExactly(ve);
        assertThat(ids(lib.list(q.withTags(null, List.of("latam", "disaster"), null), 0, 10))).containsExactlyInAnyOrder(ve, jp);
        assertThat(ids(lib.list(q.withTags(null, null, List.of("politics")), 0, 10))).containsExactlyInAnyOrder(jp, none);
        assertThat(ids(lib.list(q.withRead(true), 0, 10))).containsExactly(fr);
        assertThat(ids(lib.list(q.withRead(false), 0, 10))).containsExactlyInAnyOrder(ve, jp, none);
        assertThat(ids(lib.list(q.withStarred(true), 0, 10))).containsExactly(jp);
        assertThat(ids(lib.list(q.withWords("quake"), 0, 10))).containsExactly(jp);
        assertThat(ids(lib.list(q.withWords("\"Paris strike\""), 0, 10))).containsExactly(fr);
        assertThat(ids(lib.list(q.withWords("latam"), 0, 10))).containsExactly(ve); // tags are searchable
        assertThat(ids(lib.list(q.withWords("kyodo"), 0, 10))).containsExactly(jp); // sources too
        // combined
        assertThat(ids(lib.list(q.withDate(2019, null, null).withTags(List.of("politics"), null, null)
                .withRead(false).withRegions(List.of("Americas")), 0, 10))).containsExactly(ve);
        assertThat(lib.count(q.withSites(List.of("Site A")).withStarred(false))).isEqualTo(1);
    }

    @Test
    void relevanceSortPutsTitleMatchesFirst() {
        long body = lib.add(article("Unrelated").body("The harbour was quiet. Later, a storm came.").build());
        long title = lib.add(article("Storm hits the coast").body("Wind and rain all night.").build());
        ArticleQuery q = ArticleQuery.ALL.withWords("storm").withSort(ArticleQuery.Sort.RELEVANCE);
        assertThat(ids(lib.list(q, 0, 10))).containsExactly(title, body);
        assertThat(lib.snippet(body, "storm")).hasValueSatisfying(s -> assertThat(s).contains("[storm]"));
        assertThat(lib.snippet(body, "nothing-here")).isEmpty();
    }

    @Test
    void facetsCountEachDimensionUnderTheOtherFilters() {
        lib.add(article("a").published("2019-04-06").countries("VE", "CO").source("Reuters").tags("x").build());
        lib.add(article("b").published("2019-04-07").countries("FR").source("AFP").tags("x", "y").build());
        lib.add(article("c").published("2020-01-01").countries("VE").source("Reuters").tags("y").build());
        lib.add(article("d").published(null).countries("JP").source("AFP").build());

        Facets all = lib.facets(ArticleQuery.ALL);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.undated()).isEqualTo(1);
        assertThat(counts(all.years())).isEqualTo(Map.of("2019", 2L, "2020", 1L));
        assertThat(counts(all.months())).isEqualTo(Map.of("2019-04", 2L, "2020-01", 1L));
        assertThat(all.days()).isEmpty();
        assertThat(counts(all.countries())).isEqualTo(Map.of("VE", 2L, "CO", 1L, "FR", 1L, "JP", 1L));
        assertThat(counts(all.subRegions())).isEqualTo(Map.of("South America", 2L, "Western Europe", 1L, "Eastern Asia", 1L));
        assertThat(counts(all.continents())).isEqualTo(Map.of("Americas", 2L, "Europe", 1L, "Asia", 1L));
        assertThat(counts(all.sources())).isEqualTo(Map.of("Reuters", 2L, "AFP", 2L));
        assertThat(counts(all.tags())).isEqualTo(Map.of("x", 2L, "y", 2L));
        // the store returns keys; the service names them for a screen (LibraryServiceTest)
        assertThat(all.countries()).allSatisfy(f -> assertThat(f.label()).isEqualTo(f.key()));

        // Region filter: regions still count everything (other filters only), the rest narrows.
        Facets ve = lib.facets(ArticleQuery.ALL.withRegions(List.of("VE")));
        assertThat(ve.total()).isEqualTo(2);
        assertThat(counts(ve.countries())).containsEntry("FR", 1L).containsEntry("VE", 2L);
        assertThat(counts(ve.years())).isEqualTo(Map.of("2019", 1L, "2020", 1L));
        assertThat(counts(ve.sources())).isEqualTo(Map.of("Reuters", 2L));
        assertThat(ve.undated()).isZero();

        // Date filter: years ignore it, months keep the year, days appear with a month.
        Facets april = lib.facets(ArticleQuery.ALL.withDate(2019, 4, null));
        assertThat(april.total()).isEqualTo(2);
        assertThat(counts(april.years())).isEqualTo(Map.of("2019", 2L, "2020", 1L));
        assertThat(counts(april.months())).isEqualTo(Map.of("2019-04", 2L));
        assertThat(counts(april.days())).isEqualTo(Map.of("2019-04-06", 1L, "2019-04-07", 1L));
        assertThat(april.undated()).isEqualTo(1);
        assertThat(counts(april.countries())).isEqualTo(Map.of("VE", 1L, "CO", 1L, "FR", 1L));
        assertThat(april.days().get(0).label()).isEqualTo("2019-04-07");

        // Words: every dimension counted among the matching articles only.
        Facets words = lib.facets(ArticleQuery.ALL.withWords("body").withRegions(List.of("Americas")));
        assertThat(words.total()).isEqualTo(2);
        assertThat(counts(words.sources())).isEqualTo(Map.of("Reuters", 2L));
        assertThat(counts(words.continents())).isEqualTo(Map.of("Americas", 2L, "Europe", 1L, "Asia", 1L));
        assertThat(counts(lib.facets(ArticleQuery.ALL.withWords("\"Body of b\"")).years())).isEqualTo(Map.of("2019", 1L));

        // Source and tag filters.
        Facets afp = lib.facets(ArticleQuery.ALL.withSources(List.of("AFP")).withTags(List.of("x"), null, null));
        assertThat(afp.total()).isEqualTo(1);
        assertThat(counts(afp.sources())).isEqualTo(Map.of("Reuters", 1L, "AFP", 1L));
        assertThat(counts(afp.tags())).isEqualTo(Map.of("x", 1L, "y", 1L));
    }

    @Test
    void correctionsWinInListsFiltersAndFacets() {
        long id = lib.add(article("Fixed").published("2019-04-06").countries("VE").build());
        lib.correctRegions(id, List.of("fr", "DE"));
        lib.correctPublished(id, "2001-02-03");

        assertThat(lib.state(id).orElseThrow().correctedCountries()).containsExactly("FR", "DE");
        assertThat(lib.state(id).orElseThrow().correctedPublished()).isEqualTo("2001-02-03");
        assertThat(lib.article(id).orElseThrow().regions().codes()).containsExactly("VE"); // detection kept
        ArticleSummary s = lib.list(ArticleQuery.ALL, 0, 1).get(0);
        assertThat(s.primaryCountry()).isEqualTo("FR");
        assertThat(s.published()).isEqualTo("2001-02-03");
        assertThat(lib.count(ArticleQuery.ALL.withRegions(List.of("VE")))).isZero();
        assertThat(lib.count(ArticleQuery.ALL.withRegions(List.of("Europe")))).isEqualTo(1);
        assertThat(lib.count(ArticleQuery.ALL.withDate(2001, 2, 3))).isEqualTo(1);
        Facets f = lib.facets(ArticleQuery.ALL);
        assertThat(counts(f.countries())).isEqualTo(Map.of("FR", 1L, "DE", 1L));
        assertThat(counts(f.years())).isEqualTo(Map.of("2001", 1L));

        lib.correctRegions(id, List.of()); // "about no country"
        assertThat(lib.facets(ArticleQuery.ALL).countries()).isEmpty();
        lib.correctRegions(id, null);
        lib.correctPublished(id, null);
        assertThat(lib.count(ArticleQuery.ALL.withRegions(List.of("VE")))).isEqualTo(1);
        assertThat(lib.list(ArticleQuery.ALL, 0, 1).get(0).published()).isEqualTo("2019-04-06");
        assertThat(lib.state(id).orElseThrow().correctedCountries()).isNull();
        assertThatThrownBy(() -> lib.correctPublished(id, "yesterday")).isInstanceOf(StoreException.class);
    }

    @Test
    void fullTextIndexFollowsUpdatesDeletesAndTagChanges() throws Exception {
        long id = lib.add(article("Harbour news").body("Fishermen return.").build());
        ArticleQuery q = ArticleQuery.ALL.withWords("zanzibar");
        assertThat(lib.count(q)).isZero();

        lib.tag(List.of(id), List.of("Zanzibar"), List.of());
        assertThat(lib.count(q)).isEqualTo(1);
        lib.renameTag("Zanzibar", "Pemba");
        assertThat(lib.count(q)).isZero();
        assertThat(lib.count(ArticleQuery.ALL.withWords("pemba"))).isEqualTo(1);
        lib.tag(List.of(id), List.of(), List.of("pemba"));
        assertThat(lib.count(ArticleQuery.ALL.withWords("pemba"))).isZero();
        lib.tag(List.of(id), List.of("Pemba"), List.of());
        lib.deleteTag("Pemba");
        assertThat(lib.count(ArticleQuery.ALL.withWords("pemba"))).isZero();

        // a direct update of the content is reindexed by the trigger
        lib.rooms().database().write(c -> {
            c.createStatement().executeUpdate("UPDATE article SET body_text = 'Now about Zanzibar' WHERE id = " + id);
            return null;
        });
        assertThat(lib.count(q)).isEqualTo(1);
        assertThat(lib.count(ArticleQuery.ALL.withWords("fishermen"))).isZero();
        lib.delete(List.of(id));
        assertThat(lib.count(q)).isZero();
        // the index is consistent with its content table
        lib.rooms().database().write(c -> {
            c.createStatement().executeUpdate("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)");
            return null;
        });
    }

    @Test
    void deleteRemovesStateAndUnsharedOriginals() {
        byte[] shared = "same bytes".getBytes(StandardCharsets.UTF_8);
        long a = lib.add(article("A").original(shared).build());
        long b = lib.add(article("B").original(shared).build());
        Path file = lib.rooms().blobs().path(BlobStore.sha256(shared));
        lib.delete(List.of(a));
        assertThat(file).exists();
        assertThat(lib.original(b)).contains(shared);
        lib.delete(List.of(b));
        assertThat(file).doesNotExist();
        assertThat(lib.count(ArticleQuery.ALL)).isZero();
        assertThat(lib.state(b)).isEmpty();
    }

    @Test
    void tagOperations() {
        long a = lib.add(article("A").tags("red").build());
        long b = lib.add(article("B").tags("blue").build());
        lib.tag(List.of(a, b, 999L), List.of("common", "  spaced   tag "), List.of("red"));
        assertThat(lib.state(a).orElseThrow().tags()).containsExactly("common", "spaced tag");
        lib.setTagColour("common", "#3b82f6");
        assertThatThrownBy(() -> lib.setTagColour("common", "red; drop")).isInstanceOf(StoreException.class);
        lib.renameTag("COMMON", "shared");
        assertThat(lib.tags()).extracting(TagInfo::name).contains("shared").doesNotContain("common");
        assertThat(lib.tags()).filteredOn(t -> t.name().equals("shared")).first()
                .extracting(TagInfo::colour, TagInfo::count).containsExactly("#3b82f6", 2L);
        lib.mergeTags(List.of("blue", "spaced tag"), "shared");
        assertThat(lib.state(b).orElseThrow().tags()).containsExactly("shared");
        lib.renameTag("shared", "red"); // into an existing (now empty) tag: merged
        assertThat(lib.state(a).orElseThrow().tags()).containsExactly("red");
        lib.deleteTag("red");
        assertThat(lib.state(a).orElseThrow().tags()).isEmpty();
        assertThat(lib.tags()).extracting(TagInfo::name).doesNotContain("red");
    }

    @Test
    void tagNamesWithControlCharactersOrLoneSurrogatesReadBackAsStored() {
        long a = lib.add(article("A").tags("nul\u0000here").build());
        lib.tag(List.of(a), List.of("half\uD83Dpair", "\u0000", "\t"), List.of());
        assertThat(lib.state(a).orElseThrow().tags()).containsExactlyInAnyOrder("nul here", "half\uFFFDpair");
        assertThat(lib.tags()).allSatisfy(t -> assertThat(t.count())
                .isEqualTo(lib.count(ArticleQuery.ALL.withTags(List.of(t.name()), null, null))).isEqualTo(1));
        lib.renameTag("nul here", "still\u0000fine");
        assertThat(lib.state(a).orElseThrow().tags()).contains("still fine");
        assertThat(lib.list(ArticleQuery.ALL.withWords("\u0000 still"), 0, 10)).hasSize(1);
    }

    @Test
    void readStarredNotes() {
        long a = lib.add(article("A").build());
        lib.setRead(List.of(a), true);
        lib.setStarred(List.of(a), true);
        lib.setNotes(a, "remember this");
        UserState s = lib.state(a).orElseThrow();
        assertThat(s.read()).isTrue();
        assertThat(s.starred()).isTrue();
        assertThat(s.notes()).isEqualTo("remember this");
        lib.setRead(List.of(a), false);
        assertThat(lib.count(ArticleQuery.ALL.withRead(false))).isEqualTo(1);
    }

    @Test
    void suggestsTagsFromRegionsSourceAndTitle() {
        lib.add(article("Other").tags("Elections").build());
        long id = lib.add(article("Elections in Caracas as Maduro stays").countries("VE").source("Reuters").build());
        assertThat(lib.suggestTags(id, code -> code.equals("VE") ? "Venezuela" : code)).contains("Elections", "Venezuela", "South America", "Reuters", "Caracas", "Maduro");
    }

    @Test
    void hostileWordsNeverBreakTheQuery() {
        lib.add(article("AND NEAR stuff").build());
        for (String w : List.of("AND", "NEAR(", "*", "\"", "-", "a OR", "\"unclosed", "col:x", "^x", "NOT", "()", "'",
                "x\" OR \"y", "a* b*", "\u0000", "AND\u0000", "a\u0000b", "\\")) {
            assertThat(lib.list(ArticleQuery.ALL.withWords(w).withSort(ArticleQuery.Sort.RELEVANCE), 0, 5)).isNotNull();
            assertThat(lib.facets(ArticleQuery.ALL.withWords(w))).isNotNull();
        }
        assertThat(lib.count(ArticleQuery.ALL.withWords("AND"))).isEqualTo(1);
        assertThat(lib.count(ArticleQuery.ALL.withWords("stu*"))).isEqualTo(1);
    }

    @Test
    void concurrentWritersAndReadersDoNotFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        if (n % 2 == 0) {
                            long id = lib.add(article("T" + n + "-" + i).tags("t" + n).build());
                            lib.setRead(List.of(id), true);
                        } else {
                            lib.list(ArticleQuery.ALL, 0, 10);
                            lib.facets(ArticleQuery.ALL);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(lib.count(ArticleQuery.ALL.withRead(true))).isEqualTo(60);
    }

    @Test
    void addAllIsOneTransaction() {
        NewArticle good = article("good").build();
        NewArticle bad = new NewArticle(null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> lib.addAll(List.of(good, bad))).isInstanceOf(NullPointerException.class);
        assertThat(lib.count(ArticleQuery.ALL)).isZero();
        assertThat(lib.addAll(Stream.of("a", "b", "c").map(t -> article(t).build()).toList())).hasSize(3);
    }
}
