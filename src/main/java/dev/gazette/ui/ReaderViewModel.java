package dev.gazette.ui;

import dev.gazette.service.ArticleView;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The reader's view-model: prepares the page the reader shows (the article with its highlights
 * marked, its saved images already inlined by the service, rendered in the theme and text size,
 * search words highlighted) on a worker thread, and publishes it on the JavaFX thread. The view
 * only loads the published HTML. A page asked for later replaces one still being prepared, so
 * a quick j-j-j shows the last article, never an earlier one after it. Use on the JavaFX thread.
 */
final class ReaderViewModel {

    /** What the reader shows: the article and its page. */
    record Page(ArticleView article, String html) {
    }

    private final UnaryOperator<ArticleView> marker;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    private final SimpleObjectProperty<Page> page = new SimpleObjectProperty<>();
    private long generation;

    /**
     * @param marker marks an article's highlights in its reading HTML (reads the library: runs
     *               on the worker); an error there shows the article without marks
     * @param worker where pages are prepared
     * @param ui     runs the publishing on the JavaFX thread
     */
    ReaderViewModel(UnaryOperator<ArticleView> marker, Executor worker, Consumer<Runnable> ui) {
        this.marker = marker;
        this.worker = worker;
        this.ui = ui;
    }

    /** The page on screen, or null for the reader's empty state. */
    ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    /** Prepares the article's page (null empties the reader at once). */
    void show(ArticleView article, ReaderPage.Theme theme, int fontPercent, String searchWords) {
        long asked = ++generation;
        if (article == null) {
            page.set(null);
            return;
        }
        worker.execute(() -> {
            ArticleView shown;
            try {
                shown = marker.apply(article);
            } catch (RuntimeException e) {
                shown = article; // never lose the article over its marks
            }
            String html = ReaderPage.render(shown, theme, fontPercent, searchWords);
            ui.accept(() -> {
                if (asked == generation) {
                    page.set(new Page(article, html));
                }
            });
        });
    }
}
