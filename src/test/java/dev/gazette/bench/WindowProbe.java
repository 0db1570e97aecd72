package dev.gazette.bench;

import dev.gazette.model.ArticleSummary;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the window benchmarks ({@link Interaction}, {@link WindowBenchmark}) share to drive the
 * real window from a thread of their own: running on the JavaFX thread, waiting, finding the
 * window, the sidebar's keys and whether the list's visible rows are loaded. Not instantiable.
 */
final class WindowProbe {

    private WindowProbe() {
    }

    /** The shown main window, once the app started in this process has put it on screen. */
    static Stage mainWindow(long timeoutMs) throws Exception {
        long until = System.currentTimeMillis() + timeoutMs;
        while (true) {
            if (System.currentTimeMillis() > until) {
                throw new TimeoutException("no window");
            }
            Thread.sleep(100);
            try {
                Stage stage = fx(() -> Window.getWindows().stream()
                        .filter(w -> w instanceof Stage s && "Gazette".equals(s.getTitle()) && w.isShowing())
                        .map(w -> (Stage) w).findFirst().orElse(null));
                if (stage != null) {
                    return stage;
                }
            } catch (IllegalStateException e) {
                // the toolkit is not up yet
            }
        }
    }

    /** Runs c on the JavaFX thread and returns what it gave. */
    static <T> T fx(Callable<T> c) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return c.call();
        }
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    static void waitFor(String what, Callable<Boolean> condition, long ms) throws Exception {
        long until = System.currentTimeMillis() + ms;
        while (!condition.call()) {
            if (System.currentTimeMillis() > until) {
                throw new TimeoutException(what);
            }
            Thread.sleep(50);
        }
    }

    static Bounds screenBounds(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    /** The p-th percentile of sorted values (nearest rank). */
    static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** A sidebar item's key ("date:2019", "region:VE", "all"), or null for a heading. */
    static String key(TreeItem<?> item) {
        Object v = item.getValue();
        if (v == null) {
            return null;
        }
        try {
            return (String) v.getClass().getMethod("key").invoke(v);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The sidebar item with this key under node, or null. */
    static TreeItem<?> find(TreeItem<?> node, String key) {
        for (TreeItem<?> c : node.getChildren()) {
            if (key.equals(key(c))) {
                return c;
            }
            TreeItem<?> deeper = find(c, key);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** True when no visible row of the list still says "Loading…". */
    static boolean visibleRowsLoaded(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return false;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            if (flow.getVisibleCell(i) instanceof TableRow<?> row && row.getItem() instanceof ArticleSummary a && a.id() < 0) {
                return false;
            }
        }
        return true;
    }
}
