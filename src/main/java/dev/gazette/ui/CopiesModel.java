package dev.gazette.ui;

import dev.gazette.model.StoryCopy;
import dev.gazette.service.Copies;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The view-model of a story's copies (docs/copies.md): for the article in the reader, the
 * other sites it was saved from and its earlier versions; for the rows of the list, how many
 * texts each story has. Library work runs on the worker; results are published through ui
 * (the JavaFX thread in the window, a direct executor in tests). Use from the JavaFX thread.
 */
final class CopiesModel {

    /** The story as the reader shows it: which text is open, and all the story's texts. */
    record Story(long shown, List<StoryCopy> copies) {
    }

    /** One link the reader offers: the copy and how it reads ("Lowlands Courier (14 May 2024)"). */
    record Link(StoryCopy copy, String label) {
    }

    private final Copies copies;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(new Story(-1, List.of()));
    private final ObservableMap<Long, Integer> counts = FXCollections.observableHashMap();
    private final ObservableMap<Long, Integer> countsView = FXCollections.unmodifiableObservableMap(counts);
    private final java.util.Set<Long> checked = new java.util.HashSet<>();
    private final java.util.Set<Long> pending = new java.util.LinkedHashSet<>();
    private boolean scheduled;
    private long shown = -1;
    private long countsGeneration;

    CopiesModel(Copies copies, Executor worker, Consumer<Runnable> ui) {
        this.copies = copies;
        this.worker = worker;
        this.ui = ui;
    }

    /** The shown article's story (one text, or none, when it has no copies). */
    ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** Texts per story for the rows asked about with {@link #countRow}; absent means one. */
    ObservableMap<Long, Integer> counts() {
        return countsView;
    }

    long shownId() {
        return shown;
    }

    /** The reader shows this article: loads its story's copies. */
    void show(long articleId) {
        shown = articleId;
        if (articleId < 0) {
            story.set(new Story(-1, List.of()));
            return;
        }
        worker.execute(() -> {
            List<StoryCopy> found = copies.of(articleId);
            ui.accept(() -> {
                if (shown == articleId) {
                    story.set(new Story(articleId, found));
                }
            });
        });
    }

    /**
     * A row of the list is on screen: its story's texts are counted (with the other rows asked
     * for in the same pulse, in one query) unless known already.
     */
    void countRow(long id) {
        if (id < 0 || checked.contains(id) || !pending.add(id)) {
            return;
        }
        if (!scheduled) {
            scheduled = true;
            ui.accept(this::flushCounts);
        }
    }

    /** The list was read again: every count is asked for anew. */
    void forgetCounts() {
        countsGeneration++;
        checked.clear();
        pending.clear();
        if (!counts.isEmpty()) {
            counts.clear();
        }
    }

    private void flushCounts() {
        scheduled = false;
        if (pending.isEmpty()) {
            return;
        }
        List<Long> wanted = new ArrayList<>(pending);
        pending.clear();
        checked.addAll(wanted);
        long generation = countsGeneration;
        try {
            worker.execute(() -> {
                Map<Long, Integer> found = new HashMap<>(copies.counts(wanted));
                found.values().removeIf(n -> n <= 1);
                ui.accept(() -> {
                    if (generation == countsGeneration && !found.isEmpty()) {
                        counts.putAll(found);
                    }
                });
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing and its worker has stopped: no badge is needed any more
        }
    }

    /** The latest text from each other site, as "Also saved from" lists them. */
    List<Link> alsoSavedFrom() {
        StoryCopy current = current();
        List<Link> out = new ArrayList<>();
        for (StoryCopy c : story.get().copies()) {
            if (c.latest() && (current == null || !c.outlet().equals(current.outlet()))) {
                out.add(new Link(c, name(c) + " (" + date(c) + ")"));
            }
        }
        return out;
    }

    /** The other texts saved from the shown text's own site: earlier versions, or the latest one. */
    List<Link> versions() {
        StoryCopy current = current();
        List<Link> out = new ArrayList<>();
        if (current == null) {
            return out;
        }
        for (StoryCopy c : story.get().copies()) {
            if (c.articleId() != current.articleId() && c.outlet().equals(current.outlet())) {
                out.add(new Link(c, (c.latest() ? "latest version, saved " : "earlier version, saved ") + saved(c)));
            }
        }
        return out;
    }

    /** True when the shown article belongs to a story of several texts (it can be split off). */
    boolean inStory() {
        return story.get().copies().size() > 1;
    }

    /** Takes the shown article out of its story; then runs done on the JavaFX thread. */
    void splitShown(Runnable done) {
        long id = shown;
        if (id < 0) {
            return;
        }
        worker.execute(() -> {
            copies.split(id);
            ui.accept(() -> {
                show(id);
                done.run();
            });
        });
    }

    private StoryCopy current() {
        for (StoryCopy c : story.get().copies()) {
            if (c.articleId() == story.get().shown()) {
                return c;
            }
        }
        return null;
    }

    private static String name(StoryCopy c) {
        return c.site() != null && !c.site().isBlank() ? c.site() : c.outlet();
    }

    private static String date(StoryCopy c) {
        return c.published() != null ? DateLabels.shortDate(c.published()) : saved(c);
    }

    private static String saved(StoryCopy c) {
        return DateLabels.shortDate(c.addedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString());
    }
}
