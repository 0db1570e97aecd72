package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.TagSuggestion;
import dev.gazette.service.ArticleView;
import dev.gazette.service.TagSuggestions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tag suggestions in the window, without a window (docs/tags.md): the ghost chips of the shown
 * article and the "Suggested tags" list of untagged articles to accept in bulk.
 *
 * <p>The ghosts come <em>with</em> the article, never after it: the main view-model calls
 * {@link #prepare} on its worker in the same task that loads the article, before it publishes
 * it, and the header asks {@link #offersFor} when it draws the article. Before the first model
 * is learned an article is offered nothing (it does not wait). Accepting goes through the
 * window's own tag command (with its Undo); refusing is remembered for that article.
 *
 * <p>Prepare runs on the worker; everything else on the JavaFX thread.
 */
final class SuggestedTagsModel {

    /** How many untagged articles the bulk list shows at most. */
    static final int LIST_LIMIT = 500;

    /** An untagged article in the bulk list, with its offers and which of them are ticked. */
    record Row(long id, String title, String published, List<TagSuggestion> offers, Set<String> ticked) {
    }

    private final Supplier<TagSuggestions> suggestions;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final BiConsumer<Long, String> addTag;
    private final Runnable refresh;
    /** The article prepared last and its offers (written on the worker, read on the JavaFX thread). */
    private volatile Prepared prepared = new Prepared(-1, List.of());
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();

    private record Prepared(long id, List<TagSuggestion> offers) {
    }

    /**
     * @param suggestions the library's suggestions (made on first use: learning starts then)
     * @param worker      where library work runs
     * @param ui          runs a result on the JavaFX thread
     * @param addTag      the window's command that tags an article (with Undo)
     * @param refresh     shows the library again after a change
     */
    SuggestedTagsModel(Supplier<TagSuggestions> suggestions, Executor worker, Consumer<Runnable> ui,
                       BiConsumer<Long, String> addTag, Runnable refresh) {
        this.suggestions = suggestions;
        this.worker = worker;
        this.ui = ui;
        this.addTag = addTag;
        this.refresh = refresh;
    }

    /** On the worker, before the article is published: works out its ghost chips. */
    void prepare(long id) {
        List<TagSuggestion> offers;
        try {
            TagSuggestions s = suggestions.get();
            offers = s.ready() ? s.offered(id, TagSuggestions.WINDOW_OFFERS) : List.of();
        } catch (RuntimeException e) {
            offers = List.of(); // never lose the article over its suggestions
        }
        prepared = new Prepared(id, offers);
    }

    /** The ghost chips of the article being shown: best first, none it has already. */
    List<TagSuggestion> offersFor(ArticleView v) {
        Prepared p = prepared;
        if (v == null || p.id() != v.id()) {
            return List.of();
        }
        Set<String> has = new HashSet<>();
        v.state().tags().forEach(t -> has.add(t.toLowerCase(java.util.Locale.ROOT)));
        return p.offers().stream().filter(o -> !has.contains(o.tag().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** Puts the suggested tag on the article (Undo takes it off). */
    void accept(long id, String tag) {
        addTag.accept(id, tag);
    }

    /** The person does not want this tag on this article: never offer it for it again. */
    void refuse(long id, String tag) {
        Prepared p = prepared;
        if (p.id() == id) {
            prepared = new Prepared(id, p.offers().stream().filter(o -> !o.tag().equals(tag)).toList());
        }
        worker.execute(() -> {
            suggestions.get().refuse(id, tag);
            ui.accept(refresh);
        });
    }

    // ---- the bulk list -----------------------------------------------------------------------

    /** The untagged articles with suggestions, each offer ticked (read-only list; see {@link #load}). */
    ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** True while the list is being worked out. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Works out the list on the worker (learning first, when it has not finished). */
    void load() {
        loading.set(true);
        worker.execute(() -> {
            List<Row> found = new ArrayList<>();
            for (TagSuggestions.Suggested s : suggestions.get().suggested(ArticleQuery.ALL, true, LIST_LIMIT,
                    TagSuggestions.WINDOW_OFFERS)) {
                Set<String> ticked = new HashSet<>();
                s.tags().forEach(t -> ticked.add(t.tag()));
                found.add(new Row(s.article().id(), s.article().title() == null ? "(untitled)" : s.article().title(),
                        s.article().published(), s.tags(), ticked));
            }
            ui.accept(() -> {
                rows.setAll(found);
                loading.set(false);
            });
        });
    }

    /** Ticks or unticks one offer of a row. */
    void tick(long id, String tag, boolean on) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.id() == id) {
                Set<String> t = new HashSet<>(r.ticked());
                if (on) {
                    t.add(tag);
                } else {
                    t.remove(tag);
                }
                rows.set(i, new Row(r.id(), r.title(), r.published(), r.offers(), Set.copyOf(t)));
            }
        }
    }

    /** How many tags are ticked in the list. */
    int tickedCount() {
        return rows.stream().mapToInt(r -> r.ticked().size()).sum();
    }

    /**
     * Puts every ticked tag on its article (one change a tag, through the window's tag command so
     * Undo takes each back), and takes those rows off the list.
     */
    void acceptTicked() {
        Map<String, List<Long>> byTag = new LinkedHashMap<>();
        List<Row> keep = new ArrayList<>();
        for (Row r : rows) {
            if (r.ticked().isEmpty()) {
                keep.add(r);
            }
            for (TagSuggestion o : r.offers()) {
                if (r.ticked().contains(o.tag())) {
                    byTag.computeIfAbsent(o.tag(), k -> new ArrayList<>()).add(r.id());
                }
            }
        }
        byTag.forEach((tag, ids) -> ids.forEach(id -> addTag.accept(id, tag)));
        rows.setAll(keep);
    }
}
