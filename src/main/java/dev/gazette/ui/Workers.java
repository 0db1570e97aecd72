package dev.gazette.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window's background threads: each a single daemon thread with a name that says what it
 * does ({@code gazette-library}, {@code gazette-reader}, {@code gazette-highlights}), so work
 * given to one runs in order and a thread dump tells them apart. Safe from any thread.
 */
final class Workers {

    private Workers() {
    }

    /** A new single-thread executor on a daemon thread called name. */
    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
