package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.LibraryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

    /** The article files in samples/ (one per supported format and then some; README.md is not one). */
    static final long SAMPLE_ARTICLES = 11;

    @TempDir
    Path dir;
    private LibraryService service;
    private MainViewModel model;
    /** Articles the samples gave: every sample file but the folder's README is an article. */
    private long imported;

    @BeforeEach
    void open() {
        service = LibraryService.open(dir.resolve("library"));
        model = new MainViewModel(service, new DirectExecutor(), Runnable::run);
        model.importPaths(List.of(Path.of("samples")));
        imported = model.lastReportProperty().get().count(ImportOutcome.Status.IMPORTED);
        assertThat(model.lastReportProperty().get().outcomes()).filteredOn(ImportOutcome::failed).isEmpty();
        assertThat(imported).isEqualTo(SAMPLE_ARTICLES);
    }

    @AfterEach
    void close() {
        model.shutdown();
        service.close();
    }

    private List<String> titles() {
        return IntStream.range(0, model.articles().size()).mapToObj(i -> model.articles().get(i))
                .map(ArticleSummary::title).toList();
    }

    @Test
    void importingAFolderShowsItsArticlesAndReportsThem() {
        assertThat(model.lastReportProperty().get().outcomes()).isNotEmpty();
        assertThat(model.articles()).hasSize((int) imported);
        assertThat(model.totalProperty().get()).isEqualTo(imported);
        assertThat(model.facetsProperty().get().years()).isNotEmpty();
        assertThat(model.importingProperty().get()).isFalse();
    }

    @Test
    void aLibraryWithArticlesIsNotSaidToBeImportingTheSamples() {
        // the library has articles but was never offered the samples (made by an import, a restore)
        model.offerSamples().join();
        assertThat(model.noticeProperty().get()).doesNotContain("Importing");
        assertThat(model.importingSamplesProperty().get()).isFalse();
    }

    @Test
    void theReportNamesEveryFilePassedOverWithItsReason() {
        // samples/README.md is a note about the folder: the import passes it over
        assertThat(model.lastReportProperty().get().outcomes())
                .filteredOn(o -> o.status() == ImportOutcome.Status.SKIPPED)
                .anySatisfy(o -> {
                    assertThat(o.file()).endsWith("README.md");
                    assertThat(o.message()).isNotBlank();
                });
        assertThat(model.lastReportProperty().get().skippedFiles()).isZero();
    }

    @Test
    void filteringByMonthAndByCountryNarrowsTheList() {
        model.filterByMonth(2019, 4);
        assertThat(model.articles()).hasSize(2);
        model.filterByRegion("KE");
        assertThat(titles()).singleElement().asString().contains("Nairobi");
        model.filterBy(ArticleQuery.ALL);
        assertThat(model.articles()).hasSize((int) imported);
    }

    @Test
    void countsFollowTheOtherFilters() {
        model.filterByMonth(2019, null);
        ArticleQuery in2019 = ArticleQuery.ALL.withDate(2019, null, null);
        assertThat(model.unreadCountProperty().get()).isEqualTo(2L);
        Facets facets = model.facetsProperty().get();
        assertThat(facets.total()).isEqualTo(model.totalProperty().get()).isEqualTo(service.count(in2019)).isEqualTo(2);
        // each country counts the year's articles about it, and only those
        assertThat(facets.countries()).isNotEmpty();
        for (FacetCount country : facets.countries()) {
            assertThat(country.count()).as(country.key())
                    .isEqualTo(service.count(in2019.withRegions(List.of(country.key()))));
        }
        assertThat(service.facets(ArticleQuery.ALL).countries()).hasSizeGreaterThan(facets.countries().size());
        // the years are counted under the other filters only: choosing 2019 leaves them as they were
        assertThat(facets.years()).isEqualTo(service.facets(ArticleQuery.ALL).years());
        assertThat(facets.years()).hasSizeGreaterThan(1);
    }

    @Test
    void aTagAddedToAnArticleFiltersItBack() {
        ArticleSummary first = model.articles().get(0);
        model.select(first);
        model.addTag(first.id(), "  water  ");
        // Some samples arrive with tags of their own (a Markdown clipping's front matter).
        assertThat(model.selectedProperty().get().state().tags()).contains("water").doesNotContain("  water  ");
        assertThat(model.tags()).extracting(t -> t.name()).contains("water");
        model.filterByTag("water");
        assertThat(titles()).containsExactly(first.title());
    }

    @Test
    void bulkTaggingAndTagManagementChangeEveryArticle() {
        List<Long> ids = List.of(model.articles().get(0).id(), model.articles().get(1).id());
        model.tagAll(ids, "later");
        assertThat(model.tags()).filteredOn(t -> t.name().equals("later")).singleElement()
                .satisfies(t -> assertThat(t.count()).isEqualTo(2));
        model.renameTag("later", "to read");
        assertThat(model.tags()).extracting(t -> t.name()).contains("to read").doesNotContain("later");
        model.setTagColour("to read", "#ff0000");
        assertThat(model.tags()).filteredOn(t -> t.name().equals("to read")).singleElement()
                .satisfies(t -> assertThat(t.colour()).isEqualToIgnoringCase("#ff0000"));
        model.deleteTag("to read");
        assertThat(model.tags()).extracting(t -> t.name()).doesNotContain("to read");
    }

    @Test
    void searchWordsNarrowTheListAndAreHighlighted() {
        model.search("reservoir");
        assertThat(titles()).singleElement().asString().contains("Nairobi");
        assertThat(model.highlightWordsProperty().get()).isEqualTo("reservoir");
        model.search("");
        assertThat(model.articles()).hasSize((int) imported);
    }

    @Test
    void correctingRegionsMovesTheArticleToTheNewCountry() {
        model.filterByRegion("KE");
        ArticleSummary nairobi = model.articles().get(0);
        model.select(nairobi);
        model.correctRegions(nairobi.id(), List.of("Chile"));
        assertThat(model.selectedProperty().get().regionNames()).containsExactly("Chile");
        model.filterByRegion("CL");
        assertThat(titles()).contains(nairobi.title());
    }

    @Test
    void correctingTheDateMovesTheArticleToThatMonth() {
        ArticleSummary a = model.articles().get(0);
        model.correctPublished(a.id(), "2001-02-03");
        model.filterByMonth(2001, 2);
        assertThat(titles()).containsExactly(a.title());
    }

    @Test
    void starringAndReadingShowInTheLibraryCounts() {
        ArticleSummary a = model.articles().get(0);
        assertThat(model.unreadCountProperty().get()).isEqualTo(imported);
        model.select(a);
        assertThat(model.unreadCountProperty().get()).isEqualTo(imported - 1);
        model.setStarred(List.of(a.id()), true);
        assertThat(model.starredCountProperty().get()).isEqualTo(1L);
        model.filterBy(ArticleQuery.ALL.withStarred(true));
        assertThat(titles()).containsExactly(a.title());
    }

    @Test
    void openingAnArticleMarksItsRowReadInPlaceAndCountsOnlyUnreadAgain() {
        ArticleSummary a = model.articles().get(2);
        var facetsBefore = model.facetsProperty().get();
        var sidebarBefore = model.sidebarProperty().get();
        List<Long> shownRows = IntStream.range(0, model.articles().size()).mapToObj(i -> model.articles().get(i).id()).toList();
        model.select(a);
        assertThat(model.selectedProperty().get().id()).isEqualTo(a.id());
        assertThat(model.selectedProperty().get().state().read()).isTrue();
        assertThat(model.articles().get(2).read()).isTrue();
        assertThat(model.unreadCountProperty().get()).isEqualTo(imported - 1);
        // the same list, facets and sidebar: nothing but Unread was asked of the library again
        assertThat(IntStream.range(0, model.articles().size()).mapToObj(i -> model.articles().get(i).id()).toList())
                .isEqualTo(shownRows);
        assertThat(model.facetsProperty().get()).isSameAs(facetsBefore);
        assertThat(model.sidebarProperty().get()).isSameAs(sidebarBefore);
        // under an Unread filter the facets do change, and are counted again
        model.filterBy(ArticleQuery.ALL.withRead(false));
        var unreadFacets = model.facetsProperty().get();
        model.select(model.articles().get(0));
        assertThat(model.facetsProperty().get()).isNotSameAs(unreadFacets);
        assertThat(model.facetsProperty().get().total()).isEqualTo(imported - 2);
    }

    @Test
    void deleteCanBeUndoneUntilItIsCommitted() {
        long id = model.articles().get(0).id();
        model.delete(List.of(id));
        assertThat(model.isPendingDelete(id)).isTrue();
        model.undoDelete();
        assertThat(model.pendingDelete()).isEmpty();
        assertThat(model.totalProperty().get()).isEqualTo(imported);
        model.delete(List.of(id));
        model.commitDelete();
        assertThat(model.totalProperty().get()).isEqualTo(imported - 1);
    }

    @Test
    void theListIsPagedNotHeldWhole() {
        // a library longer than two pages, filled through the store (importing files would take long)
        Path big = dir.resolve("big");
        int articles = PagedArticles.PAGE * 2 + 7;
        try (dev.gazette.store.Library library = dev.gazette.store.Library.open(big)) {
            List<dev.gazette.store.NewArticle> batch = IntStream.range(0, articles).mapToObj(i ->
                    new dev.gazette.store.NewArticle(new dev.gazette.model.ExtractedArticle("Story " + i,
                            "2020-01-01", null, null, "Wire", null, "en", null, null, null, "Body " + i, "<p>Body " + i
                            + "</p>"), dev.gazette.model.RegionAssessment.NONE, dev.gazette.model.SourceFormat.TEXT,
                            "hash" + i, null, null, List.of(), List.of(), null, null, null)).toList();
            library.addAll(batch);
        }
        try (LibraryService bigService = LibraryService.open(big)) {
            MainViewModel bigModel = new MainViewModel(bigService, new DirectExecutor(), Runnable::run);
            try {
                bigModel.filterBy(ArticleQuery.ALL);
                PagedArticles rows = bigModel.pagedArticles();
                assertThat(rows).hasSize(articles); // as long as the result ...
                assertThat(rows.loadedPages()).isEqualTo(1); // ... but only the first page was read
                assertThat(rows.peek(PagedArticles.PAGE - 1)).isNotNull();
                assertThat(rows.peek(PagedArticles.PAGE)).isNull();
                assertThat(rows.peek(articles - 1)).isNull();
                // a row further down asks for its page, and only that one
                assertThat(rows.get(articles - 1).title()).isEqualTo(PagedArticles.LOADING.title());
                assertThat(rows.loadedPages()).isEqualTo(2);
                assertThat(rows.peek(articles - 1)).isNotNull();
                assertThat(rows.peek(PagedArticles.PAGE)).isNull();
            } finally {
                bigModel.shutdown();
            }
        }
    }

    @Test
    void sortingByTitleOrdersTheList() {
        model.sortBy(ArticleQuery.Sort.TITLE);
        List<String> t = titles().stream().filter(java.util.Objects::nonNull).toList();
        assertThat(t).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        model.sortBy(ArticleQuery.Sort.PUBLISHED_ASC);
        assertThat(titles().get(0)).contains("Hamburg");
    }
}
