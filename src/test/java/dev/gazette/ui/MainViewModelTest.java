package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
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

    @TempDir
    Path dir;
    private LibraryService service;
    private MainViewModel model;
    /** Articles the samples gave (the formats this build reads); every sample imports once the readers land. */
    private long imported;

    @BeforeEach
    void open() {
        service = LibraryService.open(dir.resolve("library"));
        model = new MainViewModel(service, new DirectExecutor(), Runnable::run);
        model.importPaths(List.of(Path.of("samples")));
        imported = model.lastReportProperty().get().count(ImportOutcome.Status.IMPORTED);
        assertThat(imported).isGreaterThanOrEqualTo(8);
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
        assertThat(model.unreadCountProperty().get()).isEqualTo(2L);
        assertThat(model.facetsProperty().get().countries().stream().mapToLong(f -> f.count()).sum())
                .isLessThanOrEqualTo(2 * 5);
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
        PagedArticles rows = model.pagedArticles();
        assertThat(rows.loadedPages()).isEqualTo(1);
        assertThat(PagedArticles.PAGE * PagedArticles.CACHED_PAGES).isLessThan(10_000);
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
