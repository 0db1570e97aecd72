package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Facets;
import dev.gazette.model.SearchParse;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ImportReport;
import dev.gazette.service.LibraryService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's state and commands. Views bind to its read-only properties and call its
 * command methods; it talks only to {@link LibraryService}. Library work runs on one background
 * thread, in order, and results are published on the JavaFX thread (tests construct it with a
 * direct executor and publisher and get everything synchronously). Use on the JavaFX thread.
 */
public final class MainViewModel {

    private final LibraryService service;
    private final ExecutorService worker;
    /** The second stage of a refresh (counts, facets, sidebar) and the reader's article: threads of their own. */
    private final ExecutorService countsWorker;
    private final ExecutorService articleWorker;
    private final RefreshStages stages;
    private final ArticleLoader reading;
    /** The last counts published, and the rows the last refresh hid (deleted, undo still open). */
    private ListCounts counts;
    private List<ArticleSummary> hiddenNow = List.of();
    private final SuggestedTagsModel suggestedTags;
    private CopiesModel copies;
    private final Consumer<Runnable> ui;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ArticleQuery> browseFilter = new SimpleObjectProperty<>(ArticleQuery.ALL);
    /** The sidebar's, timeline's and map's filters, combined; browseFilter is their query. */
    private final ObjectProperty<BrowseFilters> browseFilters = new SimpleObjectProperty<>(BrowseFilters.NONE);
    private final ObjectProperty<ArticleQuery.Sort> sort = new SimpleObjectProperty<>(ArticleQuery.Sort.PUBLISHED_DESC);
    private final ObjectProperty<ArticleQuery> effectiveQuery = new SimpleObjectProperty<>(ArticleQuery.ALL);
    private final PagedArticles rows;
    private final ObjectProperty<Facets> facets = new SimpleObjectProperty<>();
    private final ObjectProperty<List<SidebarTree.Node>> sidebar = new SimpleObjectProperty<>(
            SidebarTree.build(null, -1, -1, -1, List.of(), null));
    private final ObservableList<TagInfo> tags = FXCollections.observableArrayList();
    private final ObservableList<TagInfo> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final SimpleObjectProperty<Long> unreadCount = new SimpleObjectProperty<>(0L);
    private final SimpleObjectProperty<Long> starredCount = new SimpleObjectProperty<>(0L);
    private final ObjectProperty<ArticleView> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Long> total = new SimpleObjectProperty<>(0L);
    private final SimpleObjectProperty<Long> libraryTotal = new SimpleObjectProperty<>(-1L);
    private final StringProperty status = new SimpleStringProperty("");
    /** A short note beside the count (a file opened), until the person filters or searches. */
    private final StringProperty notice = new SimpleStringProperty("");
    /** More about the note (why a file could not be opened), or empty: the note's "Details". */
    private final StringProperty noticeDetails = new SimpleStringProperty("");
    /** What Edit → Undo would undo ("Delete", "Tag Removal"), and how; empty when nothing. */
    private String undoLabel = "";
    private Runnable undoAction;
    private final BooleanProperty importingSamples = new SimpleBooleanProperty(false);
    private ReaderViewModel reader;
    private ExecutorService readerWorker;
    private final StringProperty searchWarning = new SimpleStringProperty();
    private final StringProperty highlightWords = new SimpleStringProperty();
    private final ImportViewModel imports;
    private final ObservableList<Long> pendingDelete = FXCollections.observableArrayList();
    private final ObservableList<Long> pendingDeleteView = FXCollections.unmodifiableObservableList(pendingDelete);
    private final javafx.beans.property.LongProperty refreshes = new javafx.beans.property.SimpleLongProperty();
    /** The query whose results are on screen: a new one may leave the reader's article out. */
    private ArticleQuery shownQuery;

    public MainViewModel(LibraryService service) {
        this(service, Platform::runLater);
    }

    /** Publishes its results through ui, which must run them on the JavaFX thread in order. */
    MainViewModel(LibraryService service, Consumer<Runnable> ui) {
        this(service, ui, Workers.named("gazette-library"), Workers.named("gazette-counts"), Workers.named("gazette-article"));
    }

    /** Every piece of library work on worker, in order (tests pass a direct executor). */
    MainViewModel(LibraryService service, ExecutorService worker, Consumer<Runnable> ui) {
        this(service, ui, worker, worker, worker);
    }

    private MainViewModel(LibraryService service, Consumer<Runnable> ui, ExecutorService worker,
                          ExecutorService countsWorker, ExecutorService articleWorker) {
        this.service = service;
        this.worker = worker;
        this.countsWorker = countsWorker;
        this.articleWorker = articleWorker;
        this.stages = new RefreshStages(worker, countsWorker, ui);
        this.ui = ui;
        this.rows = new PagedArticles(this::loadPage);
        this.suggestedTags = new SuggestedTagsModel(service::suggestions, worker, ui, this::addTag, this::refresh);
        this.reading = new ArticleLoader(service, articleWorker, ui, suggestedTags::prepare);
        this.imports = new ImportViewModel(service, worker, ui, this::imported, status::set);
    }

    /** Tag suggestions: the shown article's ghost chips and the bulk list (docs/tags.md). */
    SuggestedTagsModel suggestedTags() {
        return suggestedTags;
    }

    /** The reader's view-model: pages prepared on their own thread (made on first use). */
    ReaderViewModel reader() {
        if (reader == null) {
            java.util.concurrent.ExecutorService pages = Workers.named("gazette-reader");
            readerWorker = pages;
            reader = new ReaderViewModel(v -> service.annotations().marked(v), pages, ui);
        }
        return reader;
    }

    /** A story's copies (docs/copies.md): made on first use, its library reads on this view-model's worker. */
    CopiesModel copies() {
        if (copies == null) {
            copies = new CopiesModel(service.copies(), worker, ui);
        }
        return copies;
    }

    /** Notes, highlights and dossiers, their library work on the given worker. */
    AnnotationsViewModel annotations(java.util.concurrent.Executor annotationsWorker) {
        return new AnnotationsViewModel(service.annotations(), service.dossiers(), service.geography(), annotationsWorker, ui);
    }

    /** Country and region names for display (no library work). */
    public dev.gazette.enrich.Geography geography() {
        return service.geography();
    }

    // ---- read-only state ---------------------------------------------------------------------

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<ArticleQuery> browseFilterProperty() {
        return browseFilter;
    }

    /** The active filters, one per kind, shown as chips above the list. */
    ReadOnlyObjectProperty<BrowseFilters> browseFiltersProperty() {
        return browseFilters;
    }

    public ReadOnlyObjectProperty<ArticleQuery> effectiveQueryProperty() {
        return effectiveQuery;
    }

    public ReadOnlyObjectProperty<ArticleQuery.Sort> sortProperty() {
        return sort;
    }

    /** The result rows, as long as the result and paged from the store on demand. */
    public ObservableList<ArticleSummary> articles() {
        return rows;
    }

    PagedArticles pagedArticles() {
        return rows;
    }

    public ReadOnlyObjectProperty<Facets> facetsProperty() {
        return facets;
    }

    /** The sidebar's sections as records, built with each result off the JavaFX thread. */
    ReadOnlyObjectProperty<List<SidebarTree.Node>> sidebarProperty() {
        return sidebar;
    }

    public ObservableList<TagInfo> tags() {
        return tagsView;
    }

    public ReadOnlyObjectProperty<Long> unreadCountProperty() {
        return unreadCount;
    }

    public ReadOnlyObjectProperty<Long> starredCountProperty() {
        return starredCount;
    }

    public ReadOnlyObjectProperty<ArticleView> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total;
    }

    /** Articles in the whole library, whatever the filters; -1 until first counted. */
    public ReadOnlyObjectProperty<Long> libraryTotalProperty() {
        return libraryTotal;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty noticeDetailsProperty() {
        return noticeDetails;
    }

    /** Shows a note in the status bar, with details behind its "Details" link (empty: none). */
    void note(String text, String details) {
        notice.set(text == null ? "" : text);
        noticeDetails.set(details == null ? "" : details);
    }

    /** The library's files (export, back up, restore, About), their work on this view-model's worker. */
    LibraryFilesModel libraryFiles() {
        return new LibraryFilesModel(service, worker, ui, this::note, this::refresh);
    }

    /** True while a new library is being filled with the sample articles. */
    public ReadOnlyBooleanProperty importingSamplesProperty() {
        return importingSamples;
    }

    /** Whether the last import's report is for a dialog (an import) or not (files opened). */
    public boolean reportWanted() {
        return imports.reportWanted();
    }

    public ReadOnlyStringProperty searchWarningProperty() {
        return searchWarning;
    }

    /** The search words to highlight in the reader, or null. */
    public ReadOnlyStringProperty highlightWordsProperty() {
        return highlightWords;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return imports.importingProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return imports.progressProperty();
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return imports.messageProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return imports.lastReportProperty();
    }

    /** Articles the person deleted that can still be brought back with {@link #undoDelete}. */
    public ObservableList<Long> pendingDelete() {
        return pendingDeleteView;
    }

    /** How many times results were published; lets tests and the start-up log wait for a refresh to land. */
    long refreshes() {
        return refreshes.get();
    }

    javafx.beans.property.ReadOnlyLongProperty refreshCountProperty() {
        return refreshes;
    }

    // ---- browsing ----------------------------------------------------------------------------

    /** Re-runs the current query, its facets and counts; keeps the list's selection when it can. */
    public void refresh() {
        refresh(false);
    }

    private void refresh(boolean sameShape) {
        refresh(sameShape, false);
    }

    /**
     * The rows first (page and count, on the library thread), then the counts, facets and
     * sidebar ({@link RefreshStages}); readOnly: only the read state changed (an article opened),
     * so the facets are counted again only when a filter asks about it.
     */
    private void refresh(boolean sameShape, boolean readOnly) {
        SearchParse parse = service.parseSearch(searchText.get());
        ArticleQuery q = browseFilter.get().and(parse.query()).withSort(effectiveSort(parse.query()));
        effectiveQuery.set(q);
        searchWarning.set(parse.warning());
        highlightWords.set(parse.query().words());
        Long keep = selected.get() == null ? null : selected.get().id();
        ListCounts last = readOnly && q.equals(shownQuery) ? counts : null;
        if (worker.isShutdown()) {
            return;
        }
        // an article opened: its row was marked read in place, the list itself is the same
        stages.submit(last != null && q.read() == null ? null : () -> new Rows(service.list(q, 0, PagedArticles.PAGE), service.count(q),
                keep == null ? null : withSuggestions(service.article(keep).orElse(null))), r -> {
            if (!q.equals(effectiveQuery.get())) {
                return;
            }
            boolean newQuery = !q.equals(shownQuery);
            shownQuery = q;
            if (sameShape && !newQuery) {
                rows.refreshLoaded(r.count, r.firstPage);
            } else {
                rows.reset(r.count, r.firstPage);
            }
            // articles deleted with the undo still open stay out of the list and of the counts
            hiddenNow = pendingDelete.isEmpty() ? List.of() : rows.hide(pendingDelete);
            long count = r.count - hiddenNow.size();
            total.set(count);
            // only if the person is still on that article: a j pressed meanwhile has moved on, and
            // this result must not put the article before it back in the reader
            if (keep != null && selected.get() != null && selected.get().id() == keep) {
                // a new filter or search that leaves the article out empties the reader; the
                // first page tells when the whole result is on it, else the article stays
                boolean listed = r.firstPage.stream().anyMatch(a -> a.id() == keep) || r.count > r.firstPage.size();
                selected.set(newQuery && !listed ? null : r.selected);
            }
            status.set(articles(count));
        }, () -> ListCounts.count(service, q, last), c -> {
            if (!q.equals(effectiveQuery.get())) {
                return;
            }
            counts = c;
            List<ArticleSummary> gone = hiddenNow;
            unreadCount.set(c.unread() - gone.stream().filter(a -> !a.read()).count());
            starredCount.set(c.starred() - gone.stream().filter(ArticleSummary::starred).count());
            libraryTotal.set(c.libraryTotal() - pendingDelete.size());
            if (!tags.equals(c.tags())) {
                tags.setAll(c.tags());
            }
            facets.set(c.facets());
            sidebar.set(c.sidebar());
            refreshes.set(refreshes.get() + 1);
        }, e -> status.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** A refresh's first stage: the list's first page, the count, the reader's article again. */
    private record Rows(List<ArticleSummary> firstPage, long count, ArticleView selected) {
    }

    private ArticleQuery.Sort effectiveSort(ArticleQuery searched) {
        if (sort.get() == ArticleQuery.Sort.PUBLISHED_DESC && searched.words() != null && !searched.words().isBlank()) {
            return ArticleQuery.Sort.RELEVANCE;
        }
        return sort.get();
    }

    private void loadPage(long generation, int page) {
        ArticleQuery q = effectiveQuery.get();
        // a page of a result replaced while it waited is not read (the list would ignore it)
        run(() -> generation != rows.generation() ? List.<ArticleSummary>of()
                : service.list(q, page * PagedArticles.PAGE, PagedArticles.PAGE), list -> rows.pageLoaded(generation, page, list));
    }

    public void search(String text) {
        note("", "");
        searchText.set(text == null ? "" : text);
        refresh();
    }

    /** Replaces every filter with this one (a sidebar key's query); combines with the search box. */
    public void filterBy(ArticleQuery filter) {
        setFilters(BrowseFilters.of(filter == null ? ArticleQuery.ALL : filter));
    }

    /**
     * Adds what the sidebar, timeline or map chose to the filters, replacing the one of its kind
     * (a year another year, a region another region); "all" clears them.
     */
    public void addFilter(String key) {
        setFilters(browseFilters.get().with(key));
    }

    public void removeFilter(String key) {
        setFilters(browseFilters.get().without(key));
    }

    public void clearFilters() {
        setFilters(BrowseFilters.NONE);
    }

    /** Brings back the filters remembered from the last run (their chips say so). */
    void restoreFilters(String encoded) {
        setFilters(BrowseFilters.decode(encoded));
    }

    private void setFilters(BrowseFilters filters) {
        note("", "");
        browseFilters.set(filters);
        browseFilter.set(filters.query());
        refresh();
    }

    /** Filters to one month (timeline bar) or a whole year when month is null. */
    public void filterByMonth(int year, Integer month) {
        addFilter(BrowseKeys.keyOf(ArticleQuery.ALL.withDate(year, month, null)));
    }

    /** Filters to one country, sub-region or continent (map, sidebar). */
    public void filterByRegion(String codeOrName) {
        addFilter("region:" + codeOrName);
    }

    public void filterByTag(String tag) {
        addFilter("tag:" + tag);
    }

    public void sortBy(ArticleQuery.Sort s) {
        sort.set(s == null ? ArticleQuery.Sort.PUBLISHED_DESC : s);
        refresh();
    }

    public void select(ArticleSummary summary) {
        if (summary != null && summary.id() >= 0) {
            select(summary.id(), summary.read());
        }
    }

    /** Shows one article in the reader by its id (a copy's link, a file opened). */
    public void selectId(long id) {
        select(id, false);
    }

    /** The article is read on a thread of its own ({@link ArticleLoader}); the counts follow a newly read one. */
    private void select(long id, boolean wasRead) {
        reading.load(id, (view, markedNow) -> {
            selected.set(view);
            if (markedNow || !wasRead) {
                rows.markRead(id);
                refresh(true, true);
            }
        }, e -> status.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** On the worker: the article's ghost chips are worked out before it is published, so they come with it. */
    private ArticleView withSuggestions(ArticleView view) {
        if (view != null) {
            suggestedTags.prepare(view.id());
        }
        return view;
    }

    /** Reads, unpacks and decodes an article's saved original off this thread, then hands it on. */
    void loadOriginal(ArticleView v, Consumer<OriginalFile> then) {
        run(() -> OriginalFile.of(v, service.original(v.id()).orElse(null), service.originalPage(v.id()).orElse(null)), then);
    }

    public void clearSelection() {
        selected.set(null);
    }

    // ---- changes -----------------------------------------------------------------------------

    public void addTag(long id, String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        change(() -> service.tag(List.of(id), List.of(tag), List.of()));
    }

    public void removeTag(long id, String tag) {
        change(() -> service.tag(List.of(id), List.of(), List.of(tag)));
        undoable("Tag Removal", () -> change(() -> service.tag(List.of(id), List.of(tag), List.of())));
    }

    /** What {@link #undo} would undo, for the Edit menu ("Delete", "Tag Removal"); empty when nothing. */
    public String undoLabel() {
        return undoLabel;
    }

    /** Undoes the last delete still open for undo, or the last tag removal (Edit → Undo, Ctrl+Z). */
    public void undo() {
        Runnable action = undoAction;
        undoable("", null);
        if (action != null) {
            action.run();
        }
    }

    private void undoable(String label, Runnable action) {
        undoLabel = label;
        undoAction = action;
    }

    public void tagAll(Collection<Long> ids, String tag) {
        if (tag == null || tag.isBlank() || ids.isEmpty()) {
            return;
        }
        change(() -> service.tag(ids, List.of(tag), List.of()));
        status.set("Tagged " + ids.size() + (ids.size() == 1 ? " article" : " articles") + " “" + tag.strip() + "”");
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        change(() -> service.setStarred(ids, starred));
    }

    public void setRead(Collection<Long> ids, boolean read) {
        change(() -> service.setRead(ids, read));
    }

    public void renameTag(String from, String to) {
        change(() -> service.renameTag(from, to));
    }

    public void mergeTags(Collection<String> from, String into) {
        change(() -> service.mergeTags(from, into));
    }

    public void deleteTag(String name) {
        change(() -> service.deleteTag(name));
    }

    public void setTagColour(String name, String colour) {
        change(() -> service.setTagColour(name, colour));
    }

    /** Names, aliases or codes; an empty list goes back to the detected regions. */
    public void correctRegions(long id, List<String> countries) {
        change(() -> service.correctRegions(id, countries));
    }

    public void correctPublished(long id, String iso) {
        change(() -> service.correctPublished(id, iso));
    }

    /**
     * Marks articles for deletion: they are deleted for good by {@link #commitDelete} (the view
     * calls it when the undo bar closes, and on exit) unless {@link #undoDelete} comes first.
     */
    public void delete(Collection<Long> ids) {
        Set<Long> all = new LinkedHashSet<>(pendingDelete);
        all.addAll(ids);
        all.removeAll(pendingDelete);
        List<Long> fresh = List.copyOf(all);
        if (selected.get() != null && ids.contains(selected.get().id())) {
            selected.set(null);
        }
        // the rows leave the list at once and the counts follow; the store deletes them when
        // the undo bar closes
        List<ArticleSummary> gone = rows.hide(fresh);
        pendingDelete.addAll(fresh);
        total.set(total.get() - gone.size());
        unreadCount.set(unreadCount.get() - gone.stream().filter(a -> !a.read()).count());
        starredCount.set(starredCount.get() - gone.stream().filter(ArticleSummary::starred).count());
        if (libraryTotal.get() >= fresh.size()) {
            libraryTotal.set(libraryTotal.get() - fresh.size());
        }
        status.set(articles(total.get()));
        undoable("Delete", this::undoDelete);
    }

    public void undoDelete() {
        if ("Delete".equals(undoLabel)) {
            undoable("", null);
        }
        pendingDelete.clear();
        rows.showHidden();
        refresh(true);
    }

    private static String articles(long n) {
        return n == 1 ? "1 article" : String.format("%,d articles", n);
    }

    public void commitDelete() {
        if (pendingDelete.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(pendingDelete);
        pendingDelete.clear();
        if ("Delete".equals(undoLabel)) {
            undoable("", null);
        }
        run(() -> {
            service.delete(ids);
            return null;
        }, r -> {
            status.set("Deleted " + ids.size() + (ids.size() == 1 ? " article" : " articles"));
            refresh();
        });
    }

    boolean isPendingDelete(long id) {
        return pendingDelete.contains(id);
    }

    // ---- import ------------------------------------------------------------------------------

    public void importPaths(List<Path> paths) {
        imports.importPaths(paths, true);
    }

    /**
     * Imports files opened with Gazette (command line, file manager, a second launch): no report
     * to click away; the view shows the article and {@link #noticeProperty} says what happened.
     */
    public void openPaths(List<Path> paths) {
        imports.importPaths(paths, false);
    }

    /**
     * On a library's first start, imports the sample articles, saying so meanwhile (the list
     * is empty for the seconds it takes); completes when they are in, or at once if they were
     * offered before. The rest of the start waits on the returned stage.
     */
    public java.util.concurrent.CompletableFuture<Void> offerSamples() {
        return SampleOffer.offer(service, ui, notice, importingSamples);
    }

    /** An import ended (on the JavaFX thread): the status bar and the list follow it. */
    private void imported(ImportReport report, boolean announce) {
        status.set("Import: " + report.summary());
        if (!announce) {
            note(ImportViewModel.openedNote(report), ImportViewModel.failures(report));
        }
        refresh();
    }

    public void cancelImport() {
        imports.cancel();
    }

    public void shutdown() {
        imports.cancelQuietly();
        if (!pendingDelete.isEmpty()) {
            List<Long> ids = new ArrayList<>(pendingDelete);
            pendingDelete.clear();
            worker.execute(() -> service.delete(ids));
        }
        worker.shutdown();
        countsWorker.shutdown();
        articleWorker.shutdown();
        if (readerWorker != null) {
            readerWorker.shutdown();
        }
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private void change(Runnable action) {
        run(() -> {
            action.run();
            return null;
        }, r -> refresh(true));
    }

    private <T> void run(Supplier<T> work, Consumer<T> publish) {
        run(work, publish, e -> { });
    }

    private <T> void run(Supplier<T> work, Consumer<T> publish, Consumer<RuntimeException> failed) {
        if (worker.isShutdown()) {
            return; // a late event after the window closed: the library is closed too
        }
        worker.execute(() -> {
            try {
                T result = work.get();
                ui.accept(() -> publish.accept(result));
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    failed.accept(e);
                    status.set(e.getMessage() == null ? e.toString() : e.getMessage());
                });
            }
        });
    }
}
