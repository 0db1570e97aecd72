package dev.gazette.ui;

import dev.gazette.service.ArticleView;
import dev.gazette.service.LibraryService;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads the article a person chose for the reader, on a thread of its own so that it never
 * waits behind the list's queries, facets or an import's refresh, and marks it read. Of articles
 * chosen quickly one after another (j j j) only the last is read and published. {@link #load}
 * on the JavaFX thread.
 */
final class ArticleLoader {

    private final LibraryService service;
    private final Executor worker;
    private final Consumer<Runnable> ui;
    /** Works out the article's ghost chips before it is published (on the worker). */
    private final LongConsumer prepare;
    private final AtomicLong asked = new AtomicLong();

    ArticleLoader(LibraryService service, Executor worker, Consumer<Runnable> ui, LongConsumer prepare) {
        this.service = service;
        this.worker = worker;
        this.ui = ui;
        this.prepare = prepare;
    }

    /**
     * Reads the article (null when it is gone), marking it read if it was not; shown gets it on
     * the JavaFX thread with whether it was read just now, unless another was asked for since.
     */
    void load(long id, Shown shown, Consumer<RuntimeException> failed) {
        long mine = asked.incrementAndGet();
        try {
            worker.execute(() -> read(id, mine, shown, failed));
        } catch (RejectedExecutionException closed) {
            // the window is closing
        }
    }

    /** On the worker: reads it unless another was asked for since it was. */
    private void read(long id, long mine, Shown shown, Consumer<RuntimeException> failed) {
        if (mine != asked.get()) {
            return;
        }
        try {
            ArticleView view = service.article(id).orElse(null);
            boolean markedNow = view != null && !view.state().read();
            if (markedNow) {
                service.setRead(List.of(id), true);
                view = service.article(id).orElse(view);
            }
            if (view != null) {
                prepare.accept(view.id());
            }
            ArticleView result = view;
            ui.accept(() -> {
                if (mine == asked.get()) {
                    shown.accept(result, markedNow);
                }
            });
        } catch (RuntimeException e) {
            ui.accept(() -> failed.accept(e));
        }
    }

    /** Receives a loaded article on the JavaFX thread. */
    @FunctionalInterface
    interface Shown {
        void accept(ArticleView article, boolean markedReadNow);
    }
}
