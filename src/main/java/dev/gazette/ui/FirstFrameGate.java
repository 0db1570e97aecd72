package dev.gazette.ui;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the window's view-model publishes its results: held back until {@link #open()} (the
 * window's first frame is on screen), then passed on to the JavaFX thread. On a big library the
 * first results (a page of rows, the sidebar's facets) take the JavaFX thread a while to lay out
 * and draw; held back, the window's frame, menus and empty panes show first and fill a moment
 * later. Thread-safe.
 */
final class FirstFrameGate implements Consumer<Runnable> {

    private final List<Runnable> held = new ArrayList<>();
    private boolean open;

    @Override
    public void accept(Runnable publish) {
        synchronized (held) {
            if (open) {
                Platform.runLater(publish);
            } else {
                held.add(publish);
            }
        }
    }

    /** Lets everything held, and all that follows, through to the JavaFX thread, in order. */
    void open() {
        synchronized (held) {
            if (!open) {
                open = true;
                held.forEach(Platform::runLater); // under the lock: nothing later overtakes them
                held.clear();
            }
        }
    }
}
