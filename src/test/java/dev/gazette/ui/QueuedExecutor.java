package dev.gazette.ui;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** Holds tasks until the test runs them: a worker busy while the person goes on clicking and typing. */
final class QueuedExecutor implements Executor {

    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
        tasks.add(r);
    }

    /** Runs what waits, and what that adds, in order. */
    void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }
}
