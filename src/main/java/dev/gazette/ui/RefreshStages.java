package dev.gazette.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the window's refreshes in two stages, so that the list never waits for the sidebar: the
 * rows (the first page and the count) on the library thread, published at once; then the
 * counts, facets and sidebar on a thread of their own, published after. A refresh asked for
 * while an older one still waits makes the older one's stages skip their work (the newer one
 * reads the same state and newer), so typing, sidebar clicks and reading article after article
 * never pile up a backlog of queries in front of the one the person is waiting for. The second
 * stage of a refresh starts only when its first stage is done, so its result is published after
 * the rows it goes with. {@link #submit} on the JavaFX thread.
 */
final class RefreshStages {

    private final Executor rows;
    private final Executor counts;
    private final Consumer<Runnable> ui;
    private final AtomicLong latest = new AtomicLong();

    /**
     * @param rows   the library thread: the first stage, in order with the rest of the library work
     * @param counts the second stage's thread (the same executor is fine: tests pass a direct one)
     * @param ui     publishes on the JavaFX thread, in order
     */
    RefreshStages(Executor rows, Executor counts, Consumer<Runnable> ui) {
        this.rows = rows;
        this.counts = counts;
        this.ui = ui;
    }

    /**
     * One refresh: each stage's work off the JavaFX thread, its result handed to its publisher on
     * it. A null first stage (nothing in the list changed) goes straight to the second, still in
     * order behind the library thread's work.
     */
    <A, B> void submit(Supplier<A> first, Consumer<A> publishFirst, Supplier<B> second, Consumer<B> publishSecond,
                       Consumer<RuntimeException> failed) {
        long asked = latest.incrementAndGet();
        rows.execute(() -> {
            if (asked != latest.get()) {
                return; // a newer refresh is on its way
            }
            try {
                if (first != null) {
                    A a = first.get();
                    ui.accept(() -> publishFirst.accept(a));
                }
            } catch (RuntimeException e) {
                ui.accept(() -> failed.accept(e));
                return;
            }
            try {
                counts.execute(() -> {
                    if (asked != latest.get()) {
                        return;
                    }
                    try {
                        B b = second.get();
                        ui.accept(() -> publishSecond.accept(b));
                    } catch (RuntimeException e) {
                        ui.accept(() -> failed.accept(e));
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // the window is closing: nothing left to show the counts in
            }
        });
    }
}
