package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Facets;
import dev.gazette.model.ImportOutcome;
import dev.gazette.model.SearchParse;
import dev.gazette.service.ArticleView;
import dev.gazette.service.ImportListener;
import dev.gazette.service.ImportProgress;
import dev.gazette.service.ImportReport;
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
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's state and commands. Views bind to its read-only properties and call its
 * command methods; it talks only to {@link LibraryService}. Library work runs on one background
 * thread and results are published on the JavaFX thread (or synchronously, for tests, when
 * constructed with a direct executor).
 */
public final class MainViewModel {

    /** Rows fetched per page of the article list. */
    static final int PAGE = 500;

    private final LibraryService service;
    private final ExecutorService worker;
    private final Consumer<Runnable> ui;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ArticleQuery> sidebarFilter = new SimpleObjectProperty<>(ArticleQuery.ALL);
    private final ObjectProperty<ArticleQuery> effectiveQuery = new SimpleObjectProperty<>(ArticleQuery.ALL);
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObjectProperty<Facets> facets = new SimpleObjectProperty<>();
    private final ObjectProperty<ArticleView> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Long> total = new SimpleObjectProperty<>(0L);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty searchWarning = new SimpleStringProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty importProgress = new SimpleDoubleProperty(0);
    private final StringProperty importMessage = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final AtomicBoolean cancelImport = new AtomicBoolean();

    public MainViewModel(LibraryService service) {
        this(service, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gazette-library");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    MainViewModel(LibraryService service, ExecutorService worker, Consumer<Runnable> ui) {
        this.service = service;
        this.worker = worker;
        this.ui = ui;
    }

    public LibraryService service() {
        return service;
    }

    // ---- read-only state ---------------------------------------------------------------------

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<ArticleQuery> effectiveQueryProperty() {
        return effectiveQuery;
    }

    public ObservableList<ArticleSummary> articles() {
        return FXCollections.unmodifiableObservableList(articles);
    }

    public ReadOnlyObjectProperty<Facets> facetsProperty() {
        return facets;
    }

    public ReadOnlyObjectProperty<ArticleView> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty searchWarningProperty() {
        return searchWarning;
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

    // ---- commands ----------------------------------------------------------------------------

    /** Re-runs the current query and facets. */
    public void refresh() {
        SearchParse parse = service.parseSearch(searchText.get());
        ArticleQuery q = sidebarFilter.get().and(parse.query());
        effectiveQuery.set(q);
        searchWarning.set(parse.warning());
        Long keep = selected.get() == null ? null : selected.get().id();
        run(() -> new Object[]{service.list(q, 0, PAGE), service.facets(q), service.count(q)}, r -> {
            @SuppressWarnings("unchecked")
            List<ArticleSummary> rows = (List<ArticleSummary>) r[0];
            articles.setAll(rows);
            facets.set((Facets) r[1]);
            total.set((Long) r[2]);
            status.set(r[2] + (((Long) r[2]) == 1 ? " article" : " articles"));
            if (keep != null && rows.stream().noneMatch(a -> a.id() == keep)) {
                selected.set(null);
            }
        });
    }

    /** Fetches the next page of the list, if the query has more rows than shown. */
    public void loadMore() {
        ArticleQuery q = effectiveQuery.get();
        int offset = articles.size();
        if (offset >= total.get()) {
            return;
        }
        run(() -> service.list(q, offset, PAGE), rows -> {
            if (q.equals(effectiveQuery.get()) && articles.size() == offset) {
                articles.addAll(rows);
            }
        });
    }

    public void search(String text) {
        searchText.set(text == null ? "" : text);
        refresh();
    }

    public void filterBy(ArticleQuery filter) {
        sidebarFilter.set(filter == null ? ArticleQuery.ALL : filter);
        refresh();
    }

    public void select(ArticleSummary summary) {
        if (summary == null) {
            selected.set(null);
            return;
        }
        long id = summary.id();
        run(() -> {
            var view = service.article(id).orElse(null);
            if (view != null && !view.state().read()) {
                service.setRead(List.of(id), true);
            }
            return view;
        }, selected::set);
    }

    public void addTag(long id, String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        change(() -> service.tag(List.of(id), List.of(tag), List.of()), id);
    }

    public void removeTag(long id, String tag) {
        change(() -> service.tag(List.of(id), List.of(), List.of(tag)), id);
    }

    public void tagAll(Collection<Long> ids, String tag) {
        change(() -> service.tag(ids, List.of(tag), List.of()), null);
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        change(() -> service.setStarred(ids, starred), null);
    }

    public void setRead(Collection<Long> ids, boolean read) {
        change(() -> service.setRead(ids, read), null);
    }

    public void correctRegions(long id, List<String> countries) {
        change(() -> service.correctRegions(id, countries), id);
    }

    public void correctPublished(long id, String iso) {
        change(() -> service.correctPublished(id, iso), id);
    }

    public void importPaths(List<Path> paths) {
        if (importing.get() || paths.isEmpty()) {
            return;
        }
        importing.set(true);
        cancelImport.set(false);
        importProgress.set(-1);
        importMessage.set("Looking for articles…");
        run(() -> service.importPaths(paths, new ImportListener() {
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
        }, cancelImport), report -> {
            importing.set(false);
            importMessage.set("");
            lastReport.set(report);
            status.set("Import: " + report.summary());
            refresh();
        });
    }

    public void cancelImport() {
        cancelImport.set(true);
    }

    public void shutdown() {
        cancelImport.set(true);
        worker.shutdown();
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private void change(Runnable action, Long reselect) {
        run(() -> {
            action.run();
            return reselect == null ? null : service.article(reselect).orElse(null);
        }, view -> {
            if (view != null) {
                selected.set(view);
            }
            refresh();
        });
    }

    private <T> void run(Supplier<T> work, Consumer<T> publish) {
        worker.execute(() -> {
            try {
                T result = work.get();
                ui.accept(() -> publish.accept(result));
            } catch (RuntimeException e) {
                ui.accept(() -> status.set("Error: " + (e.getMessage() == null ? e : e.getMessage())));
            }
        });
    }

    private static String shortName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
