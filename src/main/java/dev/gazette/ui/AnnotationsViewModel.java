package dev.gazette.ui;

import dev.gazette.dossier.Dossier;
import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;
import dev.gazette.service.Annotations;
import dev.gazette.service.DossierExport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The view-model of notes, highlights and dossiers (the notes pane, the Highlights view, the
 * reader's highlight commands): each command reads or writes the library on its own worker
 * and hands the result to a callback on the JavaFX thread. The views never hold the service.
 * Commands may be called from the JavaFX thread; callbacks run there, in order.
 */
final class AnnotationsViewModel {

    private final Annotations annotations;
    private final DossierExport dossiers;
    private final Geography geography;
    private final Executor worker;
    private final Consumer<Runnable> ui;

    /**
     * @param worker where library work runs (one thread keeps the commands in order)
     * @param ui     runs a callback on the JavaFX thread
     */
    AnnotationsViewModel(Annotations annotations, DossierExport dossiers, Geography geography, Executor worker,
                         Consumer<Runnable> ui) {
        this.annotations = annotations;
        this.dossiers = dossiers;
        this.geography = geography;
        this.worker = worker;
        this.ui = ui;
    }

    /** An article's note ("" when none) and its highlights in text order. */
    void noteAndHighlights(long articleId, BiConsumer<String, List<Highlight>> then) {
        run(() -> new Notes(annotations.note(articleId), annotations.highlights(articleId)),
                r -> then.accept(r.note() == null ? "" : r.note(), r.highlights()));
    }

    private record Notes(String note, List<Highlight> highlights) {
    }

    void highlights(long articleId, Consumer<List<Highlight>> then) {
        run(() -> annotations.highlights(articleId), then);
    }

    void saveNote(long articleId, String markdown, Runnable then) {
        run(() -> {
            annotations.setNote(articleId, markdown);
            return null;
        }, r -> then.run());
    }

    void setHighlightColour(long id, String colour, Runnable then) {
        run(() -> {
            annotations.setHighlightColour(id, colour);
            return null;
        }, r -> then.run());
    }

    void setHighlightNote(long id, String note, Runnable then) {
        run(() -> {
            annotations.setHighlightNote(id, note);
            return null;
        }, r -> then.run());
    }

    void deleteHighlight(long id, Runnable then) {
        run(() -> annotations.deleteHighlight(id), r -> then.run());
    }

    /** Highlights matching a search (the search box's syntax); failed gets the reason. */
    void find(String search, int limit, Consumer<List<HighlightEntry>> then, Consumer<String> failed) {
        worker.execute(() -> {
            try {
                List<HighlightEntry> found = annotations.findHighlights(search, limit);
                ui.accept(() -> then.accept(found));
            } catch (RuntimeException e) {
                ui.accept(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    /** Highlights a passage given as its text; then gets null when it is not in the article. */
    void highlightText(long articleId, String text, String colour, String note, Consumer<Highlight> then) {
        worker.execute(() -> {
            Highlight h;
            try {
                h = annotations.highlightText(articleId, text, colour, note).orElse(null);
            } catch (RuntimeException e) {
                h = null;
            }
            Highlight made = h;
            ui.accept(() -> then.accept(made));
        });
    }

    /** Writes the articles of a query as a dossier; the file's extension chooses the format. */
    void writeDossier(ArticleQuery query, String title, String described, Path file,
                      Consumer<Dossier> then, Consumer<String> failed) {
        worker.execute(() -> {
            try {
                DossierExport.Format format = DossierExport.formatOf(file);
                Dossier d = dossiers.dossier(query, title, described);
                // the save dialog has asked before replacing a file
                dossiers.writeFile(d, format, file, true);
                ui.accept(() -> then.accept(d));
            } catch (Exception e) {
                ui.accept(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    /** A country's display name (no library work). */
    String countryName(String code) {
        return geography.countryName(code);
    }

    private <T> void run(Supplier<T> work, Consumer<T> publish) {
        worker.execute(() -> {
            T result = work.get();
            ui.accept(() -> publish.accept(result));
        });
    }
}
