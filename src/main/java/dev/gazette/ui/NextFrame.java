package dev.gazette.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs code once the window's next frame is on screen. The window's start uses it to draw a
 * first frame before doing anything that can wait (filling the list and sidebar, creating the
 * reader's WebView); {@code Platform.runLater} cannot promise that, since queued tasks run
 * before the next pulse draws. Thread-safe.
 */
final class NextFrame {

    private static final String KEY = NextFrame.class.getName();
    /** How long to wait for a frame at most before running the code anyway. */
    private static final Duration SAFETY = Duration.ofSeconds(3);

    /** What one scene's frames are waited for by. */
    private static final class Watch {
        final List<Runnable> waiting = new ArrayList<>();
        /** Pulses counted instead, where JavaFX's frame tracker cannot be reached. */
        AnimationTimer pulses;
    }

    private NextFrame() {
    }

    /**
     * Calls done on the JavaFX thread once the scene's next frame has been drawn: through JavaFX's
     * own frame tracker where it can be reached (class path), else on the second pulse after now,
     * when the frame of the first has been handed to the renderer. Call on the JavaFX thread.
     */
    static void after(Scene scene, Runnable done) {
        Watch watch = (Watch) scene.getProperties().get(KEY);
        if (watch == null) {
            watch = new Watch();
            scene.getProperties().put(KEY, watch);
            if (!track(scene, watch)) {
                watch.pulses = countPulses(watch);
            }
        }
        Runnable once = once(done);
        synchronized (watch.waiting) {
            watch.waiting.add(once);
        }
        // Should no frame come (a window never drawn), go on anyway after a while.
        CompletableFuture.delayedExecutor(SAFETY.toMillis(), TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(once));
        if (watch.pulses != null) {
            watch.pulses.start();
        }
    }

    private static boolean track(Scene scene, Watch watch) {
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object t = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(t, (Runnable) () -> {
                // on the renderer's thread
                List<Runnable> ready = take(watch);
                ready.forEach(Platform::runLater);
            });
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false; // not reachable (module path)
        }
    }

    private static AnimationTimer countPulses(Watch watch) {
        return new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    pulses = 0;
                    stop();
                    take(watch).forEach(Runnable::run);
                }
            }
        };
    }

    private static Runnable once(Runnable r) {
        AtomicBoolean ran = new AtomicBoolean();
        return () -> {
            if (ran.compareAndSet(false, true)) {
                r.run();
            }
        };
    }

    private static List<Runnable> take(Watch watch) {
        synchronized (watch.waiting) {
            List<Runnable> ready = new ArrayList<>(watch.waiting);
            watch.waiting.clear();
            return ready;
        }
    }
}
