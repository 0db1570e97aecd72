package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Facets;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.SearchParse;
import dev.gazette.model.TagInfo;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ImportListener;
import dev.gazette.service.ImportProgress;
import dev.gazette.service.ImportReport;
import dev.gazette.service.SampleArticles;
import dev.gazette.service.LibraryService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** Whether the import that ended last wants its report shown (not for files opened). */
    private boolean reportWanted = true;
    private ReaderViewModel reader;
    private ExecutorService readerWorker;
    private final StringProperty searchWarning = new SimpleStringProperty();
    private final StringProperty highlightWords = new SimpleStringProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty importProgress = new SimpleDoubleProperty(0);
    private final StringProperty importMessage = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final ObservableList<Long> pendingDelete = FXCollections.observableArrayList();
    private final ObservableList<Long> pendingDeleteView = FXCollections.unmodifiableObservableList(pendingDelete);
    private final AtomicBoolean cancelImport = new AtomicBoolean();
    private final javafx.beans.property.LongProperty refreshes = new javafx.beans.property.SimpleLongProperty();
    /** The query whose results are on screen: a new one may leave the reader's article out. */
    private ArticleQuery shownQuery;

    public MainViewModel(LibraryService service) {
        this(service, Platform::runLater);
    }

    /** Publishes its results through ui, which must run them on the JavaFX thread in order. */
    MainViewModel(LibraryService service, Consumer<Runnable> ui) {
        this(service, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gazette-library");
            t.setDaemon(true);
            return t;
        }), ui);
    }

    MainViewModel(LibraryService service, ExecutorService worker, Consumer<Runnable> ui) {
        this.service = service;
        this.worker = worker;
        this.ui = ui;
        this.rows = new PagedArticles(this::loadPage);
    }

    /** The reader's view-model: pages prepared on their own thread (made on first use). */
    ReaderViewModel reader() {
        if (reader == null) {
            java.util.concurrent.ExecutorService pages = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "gazette-reader");
                t.setDaemon(true);
                return t;
            });
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

    /** Every tag in the library with its colour and count, by name. */
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
        return reportWanted;
    }

    public ReadOnlyStringProperty searchWarningProperty() {
        return searchWarning;
    }

    /** The search words to highlight in the reader, or null. */
    public ReadOnlyStringProperty highlightWordsProperty() {
        return highlightWords;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress;
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage;
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport;
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
        SearchParse parse = service.parseSearch(searchText.get());
        ArticleQuery q = browseFilter.get().and(parse.query()).withSort(effectiveSort(parse.query()));
        effectiveQuery.set(q);
        searchWarning.set(parse.warning());
        highlightWords.set(parse.query().words());
        Long keep = selected.get() == null ? null : selected.get().id();
        run(() -> {
            ArticleQuery any = q.withRead(null).withStarred(null);
            Facets f = service.facets(q);
            long unread = service.count(any.withRead(false));
            long starred = service.count(any.withStarred(true));
            List<TagInfo> allTags = service.tags();
            long library = service.count(ArticleQuery.ALL);
            return new Result(service.list(q, 0, PagedArticles.PAGE), service.count(q), f, unread, starred,
                    allTags, library, keep == null ? null : service.article(keep).orElse(null),
                    SidebarTree.build(f, library, unread, starred, allTags, service.geography()));
        }, r -> {
            if (!q.equals(effectiveQuery.get())) {
                return;
            }
            boolean newQuery = !q.equals(shownQuery);
            shownQuery = q;
            if (sameShape) {
                rows.refreshLoaded(r.count, r.firstPage);
            } else {
                rows.reset(r.count, r.firstPage);
            }
            // articles deleted with the undo still open stay out of the list and of the counts
            List<ArticleSummary> gone = pendingDelete.isEmpty() ? List.of() : rows.hide(pendingDelete);
            long count = r.count - gone.size();
            total.set(count);
            unreadCount.set(r.unread - gone.stream().filter(a -> !a.read()).count());
            starredCount.set(r.starred - gone.stream().filter(ArticleSummary::starred).count());
            libraryTotal.set(r.libraryTotal - pendingDelete.size());
            if (!tags.equals(r.tags)) {
                tags.setAll(r.tags);
            }
            facets.set(r.facets);
            sidebar.set(r.sidebar);
            // only if the person is still on that article: a j pressed meanwhile has moved on, and
            // this result must not put the article before it back in the reader
            if (keep != null && selected.get() != null && selected.get().id() == keep) {
                // a new filter or search that leaves the article out empties the reader; the
                // first page tells when the whole result is on it, else the article stays
                boolean listed = r.firstPage.stream().anyMatch(a -> a.id() == keep) || r.count > r.firstPage.size();
                selected.set(newQuery && !listed ? null : r.selected);
            }
            status.set(articles(count));
            refreshes.set(refreshes.get() + 1);
        });
    }

    private record Result(List<ArticleSummary> firstPage, long count, Facets facets, long unread, long starred,
                          List<TagInfo> tags, long libraryTotal, ArticleView selected, List<SidebarTree.Node> sidebar) {
    }

    private ArticleQuery.Sort effectiveSort(ArticleQuery searched) {
        if (sort.get() == ArticleQuery.Sort.PUBLISHED_DESC && searched.words() != null && !searched.words().isBlank()) {
            return ArticleQuery.Sort.RELEVANCE;
        }
        return sort.get();
    }

    private void loadPage(long generation, int page) {
        ArticleQuery q = effectiveQuery.get();
        run(() -> service.list(q, page * PagedArticles.PAGE, PagedArticles.PAGE),
                list -> rows.pageLoaded(generation, page, list));
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

    private void select(long id, boolean wasRead) {
        run(() -> {
            var view = service.article(id).orElse(null);
            if (view != null && !view.state().read()) {
                service.setRead(List.of(id), true);
                view = service.article(id).orElse(view);
            }
            return view;
        }, view -> {
            selected.set(view);
            if (!wasRead) {
                refresh(true);
            }
        });
    }

    /** Reads, unpacks and decodes an article's saved original off this thread, then hands it on. */
    void loadOriginal(ArticleView v, Consumer<OriginalFile> then) {
        run(() -> OriginalFile.of(v, service.original(v.id()).orElse(null)), then);
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
        importPaths(paths, true);
    }

    /**
     * Imports files opened with Gazette (command line, file manager, a second launch): no report
     * to click away; the view shows the article and {@link #noticeProperty} says what happened.
     */
    public void openPaths(List<Path> paths) {
        importPaths(paths, false);
    }

    /**
     * On a library's first start, imports the sample articles, saying so meanwhile (the list
     * is empty for the seconds it takes); completes when they are in, or at once if they were
     * offered before. The rest of the start waits on the returned stage.
     */
    public java.util.concurrent.CompletableFuture<Void> offerSamples() {
        boolean first = !SampleArticles.wasOffered(service);
        if (first) {
            importingSamples.set(true);
            notice.set("Importing the sample articles…");
        }
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            ImportReport r = SampleArticles.offerOnFirstStart(service);
            long n = r == null ? 0 : r.count(ImportOutcome.Status.IMPORTED);
            ui.accept(() -> {
                if (n > 0) {
                    notice.set("Added " + n + (n == 1 ? " sample article" : " sample articles")
                            + " to read and try things on");
                } else if (notice.get().startsWith("Importing the sample")) {
                    notice.set(""); // a library with articles but no marker: nothing was added
                }
            });
        }).whenComplete((r, e) -> ui.accept(() -> {
            importingSamples.set(false);
            if (e != null && notice.get().startsWith("Importing the sample")) {
                notice.set("");
            }
        }));
    }

    private void importPaths(List<Path> paths, boolean announce) {
        if (importing.get() || paths.isEmpty()) {
            return;
        }
        importing.set(true);
        cancelImport.set(false);
        importProgress.set(-1);
        importMessage.set("Looking for articles…");
        run(() -> named(service.importPaths(paths, new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                ui.accept(() -> {
                    importProgress.set(p.fraction());
                    importMessage.set(p.done() + " of " + p.total() + " · " + shortName(p.currentFile()));
                });
            }

            @Override
            public void outcome(ImportOutcome o) {
            }
        }, cancelImport)), report -> {
            importing.set(false);
            importMessage.set("");
            status.set("Import: " + report.summary());
            reportWanted = announce;
            if (!announce) {
                note(openedNote(report), failures(report));
            }
            lastReport.set(report);
            refresh();
        }, e -> {
            importing.set(false);
            importMessage.set("");
        });
    }

    /**
     * The report with the files passed over inside the folders among its lines (the import names
     * them apart), so the report window lists every file with its reason.
     */
    private ImportReport named(ImportReport report) {
        if (report.skippedFiles() == 0 || report.cancelled()) {
            return report;
        }
        List<ImportOutcome> all = new ArrayList<>(report.outcomes());
        all.addAll(report.passedOver());
        return new ImportReport(all, List.of(), false, report.elapsed());
    }

    public void cancelImport() {
        cancelImport.set(true);
        importMessage.set("Cancelling…");
    }

    public void shutdown() {
        cancelImport.set(true);
        if (!pendingDelete.isEmpty()) {
            List<Long> ids = new ArrayList<>(pendingDelete);
            pendingDelete.clear();
            worker.execute(() -> service.delete(ids));
        }
        worker.shutdown();
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

    /** "Opened story.html (new in the library)", "Opened 3 files", "Could not open story.html". */
    static String openedNote(ImportReport report) {
        List<ImportOutcome> found = report.outcomes().stream().filter(o -> o.articleId() >= 0).toList();
        long added = found.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        if (found.isEmpty()) {
            return report.outcomes().isEmpty() ? "" : "Could not open " + shortName(report.outcomes().get(0).file());
        }
        String what = found.size() == 1 ? shortName(found.get(0).file()) : found.size() + " files";
        return "Opened " + what + (added == found.size() ? " (new in the library)"
                : added == 0 ? " (already in the library)" : " (" + added + " new in the library)");
    }

    /** Each file that could not be opened, with its reason; empty when all opened. */
    static String failures(ImportReport report) {
        StringBuilder out = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            if (o.failed()) {
                out.append(o.file()).append("\n    ").append(o.message()).append('\n');
            }
        }
        return out.toString().strip();
    }

    static String shortName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
