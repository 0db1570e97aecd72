package dev.gazette.bench;

import dev.gazette.Launcher;
import dev.gazette.model.ArticleSummary;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static dev.gazette.bench.WindowProbe.find;
import static dev.gazette.bench.WindowProbe.fx;
import static dev.gazette.bench.WindowProbe.key;
import static dev.gazette.bench.WindowProbe.pct;
import static dev.gazette.bench.WindowProbe.screenBounds;
import static dev.gazette.bench.WindowProbe.visibleRowsLoaded;
import static dev.gazette.bench.WindowProbe.waitFor;

/**
 * Drives the real window on a library and prints how long each kind of action takes to show its
 * result, and how long the frames take while it scrolls. Starts the app in this process the way a
 * user does ({@link Launcher}), waits until the list is filled and the reader exists, then gives it
 * real input through JavaFX's {@link Robot} (X events: wheel, keys, clicks):
 *
 * <ul>
 *   <li><b>wheel</b>: one notch of the mouse wheel over the list, again and again;</li>
 *   <li><b>page down</b>: the Page Down key in the list (it moves the selection, so the reader
 *       follows);</li>
 *   <li><b>jump</b>: the list's scroll bar set to a random place (as a thumb drag lands), timed until
 *       every visible row is loaded, not "Loading…";</li>
 *   <li><b>j / k</b>: the next or previous article, timed until the reader shows its headline;</li>
 *   <li><b>sidebar</b>: clicks on a year, a country, a tag and Unread, each followed by All articles,
 *       timed until the list has its new rows;</li>
 *   <li><b>search</b>: typing a word (each key timed to the field showing it), Enter (timed to the
 *       results), Escape (back to everything).</li>
 * </ul>
 *
 * <p>An action is done at the first frame drawn after the layout pass in which its result was in
 * the scene (a post-layout pulse listener checks, JavaFX's per-scene frame tracker says when the
 * frame is drawn). Frame times are from the start of a scene pulse to its frame being drawn; while
 * scrolling an animation timer keeps pulses coming so that stalls between frames show too.
 *
 * <pre>
 * cp -a /tmp/cold100k target/big100k   # or make one with BigLibrary
 * xvfb-run -a -s "-screen 0 1400x900x24" mvn -q test-compile exec:java -Dprism.order=sw \
 *     -Dexec.mainClass=dev.gazette.bench.Interaction -Dexec.args="target/big100k"
 * </pre>
 *
 * Arguments: the library folder, then optionally how many rounds of each action (default 1; a
 * round is 200 wheel notches, 40 page downs, 20 jumps, 40 j and 10 k, 4 sidebar pairs, 3 searches).
 * It changes the library as a user would: the articles it opens are marked read.
 */
public final class Interaction {

    private static final long ACTION_TIMEOUT_MS = 5_000;
    private static final String[] SEARCHES = {"harbour", "drought", "night trains", "ferry"};

    private final Map<String, List<Long>> latencies = new LinkedHashMap<>();
    private final Map<String, FrameStats> frames = new LinkedHashMap<>();
    private Stage stage;
    private Scene scene;
    private TableView<ArticleSummary> table;
    private TreeView<?> sidebar;
    private TextField search;
    private WebView reader;
    private Robot robot;
    private final Random random = new Random(7);

    // ---- frame watching (fields touched on the FX thread, the render thread and the bench thread) ----

    /** What the current action waits for; checked after every layout pass. */
    private volatile Pending pending;
    private volatile long pulseStart;
    private volatile FrameStats recording;
    /** Counts list changes that replace the rows (a new result), not the updates of pages loading. */
    private volatile long resets;
    private volatile long readerLoads;

    private static final class Pending {
        final BooleanSupplier done;
        final CompletableFuture<Long> drawn = new CompletableFuture<>();
        long start;
        volatile boolean armed;
        volatile long armedAt;

        Pending(BooleanSupplier done) {
            this.done = done;
        }
    }

    /** Frame times of one phase, and the processor time its threads used. */
    private static final class FrameStats {
        final List<Long> work = Collections.synchronizedList(new ArrayList<>());
        final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        long lastPulse;
        /** Processor time of the JavaFX, render and library threads, ns (less shaken by a busy machine). */
        final long[] cpu = new long[3];
    }

    /** The JavaFX thread, the renderer and the library's worker, for processor times. */
    private final long[] threads = new long[3];

    private long[] cpuNow() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] out = new long[threads.length];
        for (int i = 0; i < threads.length; i++) {
            out[i] = threads[i] == 0 ? 0 : Math.max(0, mx.getThreadCpuTime(threads[i]));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String only = args.length > 2 ? args[2] : "wheel,pagedown,jump,jk,sidebar,search";
        Thread app = new Thread(() -> Launcher.main(new String[]{"--library", library.toString()}), "app");
        app.setDaemon(true);
        long launched = System.nanoTime();
        app.start();
        Interaction bench = new Interaction();
        try {
            bench.attach(launched);
            bench.run(rounds, List.of(only.split(",")));
            bench.report();
        } finally {
            Platform.exit();
            app.join(20_000);
            System.exit(0);
        }
    }

    // ---- set-up ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void attach(long launched) throws Exception {
        stage = WindowProbe.mainWindow(120_000);
        scene = fx(stage::getScene);
        table = (TableView<ArticleSummary>) fx(() -> scene.lookup("#articles"));
        sidebar = (TreeView<?>) fx(() -> scene.lookup("#sidebar"));
        search = (TextField) fx(() -> scene.lookup("#search"));
        waitFor("window filled", () -> fx(() -> table.getItems().size() > 0 && scene.lookup("#reader") != null
                && sidebar.getExpandedItemCount() > 5), 120_000);
        reader = (WebView) fx(() -> scene.lookup("#reader"));
        System.out.printf(Locale.ROOT, "window filled %.2f s after launch: %,d articles, window %.0fx%.0f, %s%n",
                (System.nanoTime() - launched) / 1e9, fx(() -> table.getItems().size()), stage.getWidth(), stage.getHeight(),
                System.getProperty("prism.order", "default pipeline"));
        threads[0] = fx(() -> Thread.currentThread().getId());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                threads[1] = t.getId();
            } else if (t.getName().equals("gazette-library")) {
                threads[2] = t.getId();
            }
        }
        fx(() -> {
            robot = new Robot();
            installWatch();
            table.getItems().addListener((ListChangeListener<ArticleSummary>) c -> {
                while (c.next()) {
                    if (c.wasAdded() || c.wasRemoved()) {
                        resets++;
                        return;
                    }
                }
            });
            reader.getEngine().getLoadWorker().stateProperty().addListener((obs, o, n) -> {
                if (n == Worker.State.SUCCEEDED) {
                    readerLoads++;
                }
            });
            Bounds b = screenBounds(table);
            robot.mouseMove(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            stage.requestFocus();
            table.requestFocus();
            return null;
        });
        Thread.sleep(2000); // let the start's background work (backup, sample check) settle
    }

    private void installWatch() throws ReflectiveOperationException {
        Class<?> trackerClass = Class.forName("com.sun.javafx.perf.PerformanceTracker");
        Object tracker = trackerClass.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
        Runnable previous = (Runnable) trackerClass.getMethod("getOnRenderedFrameTask").invoke(tracker);
        Runnable rendered = () -> {
            if (previous != null) {
                previous.run(); // the app's own NextFrame
            }
            long now = System.nanoTime();
            FrameStats r = recording;
            if (r != null) {
                r.work.add(now - pulseStart);
            }
            Pending p = pending;
            if (p != null && p.armed) {
                p.drawn.complete(now);
            }
        };
        trackerClass.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(tracker, rendered);
        scene.addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            pulseStart = now;
            FrameStats r = recording;
            if (r != null) {
                if (r.lastPulse != 0) {
                    r.gaps.add(now - r.lastPulse);
                }
                r.lastPulse = now;
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            Pending p = pending;
            if (p != null && !p.armed && p.done.getAsBoolean()) {
                p.armedAt = System.nanoTime();
                p.armed = true;
            }
        });
    }

    // ---- the actions -------------------------------------------------------------------------

    private void run(int rounds, List<String> phases) throws Exception {
        VirtualFlow<?> flow = (VirtualFlow<?>) fx(() -> table.lookup(".virtual-flow"));
        for (int round = 0; round < rounds; round++) {
            // wheel: one notch at a time over the list
            pointAt(table);
            if (phases.contains("wheel")) record("wheel", () -> {
                for (int i = 0; i < 200; i++) {
                    double before = fx(flow::getPosition);
                    act("wheel", () -> robot.mouseWheel(1), () -> flow.getPosition() != before && visibleRowsLoaded(flow));
                    Thread.sleep(10);
                }
            });
            // page down in the list (it moves the selection, so the reader follows; TableView's
            // Page Down does nothing without a selection)
            fx(() -> {
                table.getSelectionModel().clearAndSelect(flow.getFirstVisibleCell().getIndex());
                table.requestFocus();
                return null;
            });
            if (phases.contains("pagedown")) record("page down", () -> {
                for (int i = 0; i < 40; i++) {
                    int before = fx(() -> table.getSelectionModel().getSelectedIndex());
                    act("page down (list)", () -> robot.keyType(KeyCode.PAGE_DOWN),
                            () -> table.getSelectionModel().getSelectedIndex() != before && visibleRowsLoaded(flow)
                                    && flow.getVisibleCell(table.getSelectionModel().getSelectedIndex()) != null);
                    Thread.sleep(30);
                }
            });
            settle();
            // scroll bar jumps
            ScrollBar bar = fx(() -> table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible())
                    .map(n -> (ScrollBar) n).findFirst().orElseThrow());
            if (phases.contains("jump")) record("jump", () -> {
                for (int i = 0; i < 20; i++) {
                    double to = random.nextDouble();
                    act("jump (rows loaded)", () -> bar.setValue(bar.getMin() + to * (bar.getMax() - bar.getMin())),
                            () -> Math.abs(flow.getPosition() - to) < 0.01 && visibleRowsLoaded(flow));
                    Thread.sleep(50);
                }
            });
            settle();
            // j / k through the list, with the reader following
            fx(() -> {
                table.scrollTo(0);
                table.getSelectionModel().clearSelection();
                table.requestFocus();
                return null;
            });
            settle();
            if (phases.contains("jk")) record("j/k", () -> {
                for (int i = 0; i < 50; i++) {
                    KeyCode key = i < 40 ? KeyCode.J : KeyCode.K;
                    long loadsBefore = readerLoads;
                    act(key == KeyCode.J ? "j (reader shows it)" : "k (reader shows it)", () -> robot.keyType(key),
                            () -> readerLoads > loadsBefore && readerShowsSelected());
                    Thread.sleep(150); // a reader's glance
                }
            });
            settle();
            // sidebar filters, each followed by All articles
            List<String> keys = fx(this::sidebarKeys);
            if (phases.contains("sidebar")) record("sidebar", () -> {
                for (String key : keys) {
                    String kind = key.equals("unread") ? "unread" : key.substring(0, key.indexOf(':'));
                    clickSidebar("sidebar " + kind + " (list)", key);
                    settle();
                    clickSidebar("sidebar all (list)", "all");
                    settle();
                }
            });
            // search: type a word, Enter, Escape
            int firstWord = round * 3;
            if (phases.contains("search")) record("search", () -> {
                for (int s = 0; s < 3; s++) {
                    String word = SEARCHES[(firstWord + s) % SEARCHES.length];
                    pointAt(table);
                    fx(() -> {
                        table.requestFocus();
                        return null;
                    });
                    act("/ (search box focused)", () -> robot.keyType(KeyCode.SLASH), () -> search.isFocused());
                    for (char ch : word.toCharArray()) {
                        int len = fx(() -> search.getText().length());
                        KeyCode code = ch == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(ch)));
                        act("search key (field shows it)", () -> robot.keyType(code), () -> search.getText().length() > len);
                        Thread.sleep(40);
                    }
                    long before = resets;
                    act("search Enter (results)", () -> robot.keyType(KeyCode.ENTER), () -> resets > before);
                    settle();
                    long before2 = resets;
                    act("search Escape (all again)", () -> robot.keyType(KeyCode.ESCAPE), () -> resets > before2);
                    settle();
                }
            });
        }
    }

    /** A year, a country, a tag and Unread, as the sidebar shows them. */
    private List<String> sidebarKeys() {
        List<String> out = new ArrayList<>();
        for (String prefix : List.of("date:", "region:", "tag:", "unread")) {
            String found = findKey(sidebar.getRoot(), prefix);
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    private static String findKey(TreeItem<?> node, String prefix) {
        for (TreeItem<?> c : node.getChildren()) {
            String key = key(c);
            // a year ("date:2019"), a country (two letters), any tag
            if (key != null && key.startsWith(prefix) && (prefix.equals("unread") || prefix.equals("tag:")
                    || (prefix.equals("date:") && key.length() == 9)
                    || (prefix.equals("region:") && key.length() == 9))) {
                return key;
            }
            String deeper = findKey(c, prefix);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private void clickSidebar(String label, String key) throws Exception {
        // bring the row into view (not timed), then click it
        fx(() -> {
            TreeItem<?> item = find(sidebar.getRoot(), key);
            for (TreeItem<?> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            sidebar.scrollTo(Math.max(0, sidebar.getRow((TreeItem) item) - 3));
            return null;
        });
        settle();
        Node cell = fx(() -> sidebar.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.isVisible() && c.getTreeItem() != null && key.equals(key(c.getTreeItem())))
                .findFirst().orElseThrow(() -> new IllegalStateException("no sidebar cell for " + key)));
        Bounds b = fx(() -> screenBounds(cell));
        fx(() -> {
            robot.mouseMove(b.getMinX() + 40, b.getMinY() + b.getHeight() / 2);
            return null;
        });
        Thread.sleep(100);
        long before = resets;
        act(label, () -> robot.mouseClick(MouseButton.PRIMARY), () -> resets > before);
    }

    private boolean readerShowsSelected() {
        ArticleSummary row = table.getSelectionModel().getSelectedItem();
        if (row == null || reader.getEngine().getLoadWorker().getState() != Worker.State.SUCCEEDED) {
            return false;
        }
        var doc = reader.getEngine().getDocument();
        if (doc == null) {
            return false;
        }
        var h1 = doc.getElementsByTagName("h1");
        return h1.getLength() > 0 && row.title() != null && h1.item(0).getTextContent().strip().equals(row.title().strip());
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private interface Steps {
        void run() throws Exception;
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Records the frames drawn while steps run, with pulses kept coming so that stalls show. */
    private void record(String phase, Steps steps) throws Exception {
        FrameStats stats = frames.computeIfAbsent(phase, k -> new FrameStats());
        AnimationTimer keepPulsing = new AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        fx(() -> {
            stats.lastPulse = 0;
            keepPulsing.start();
            recording = stats;
            return null;
        });
        long[] cpuBefore = cpuNow();
        try {
            steps.run();
        } finally {
            fx(() -> {
                recording = null;
                keepPulsing.stop();
                return null;
            });
            Thread.sleep(300); // work the last action set going
            long[] cpuAfter = cpuNow();
            for (int i = 0; i < cpuAfter.length; i++) {
                stats.cpu[i] += cpuAfter[i] - cpuBefore[i];
            }
        }
    }

    /** Does the action on the JavaFX thread and waits until a frame shows its result. */
    private void act(String label, Action action, BooleanSupplier done) throws Exception {
        Pending p = new Pending(done);
        fx(() -> {
            pending = p;
            p.start = System.nanoTime();
            action.run();
            return null;
        });
        long drawn;
        try {
            drawn = p.drawn.get(ACTION_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending = null;
            if (p.armed) {
                drawn = p.armedAt; // result in the scene, but no frame came: nothing to redraw
            } else {
                System.out.println("  timeout: " + label + "; sidebar selection " + fx(() -> {
                    Object sel = sidebar.getSelectionModel().getSelectedItem();
                    return sel == null ? "none" : key((TreeItem<?>) sel);
                }) + ", focus " + fx(() -> String.valueOf(scene.getFocusOwner())));
                return;
            }
        }
        pending = null;
        latencies.computeIfAbsent(label, k -> new ArrayList<>()).add(drawn - p.start);
    }

    /** Waits until nothing is in flight: the library thread idle enough for the list to answer. */
    private void settle() throws Exception {
        Thread.sleep(400);
        fx(() -> null);
    }

    private void pointAt(Node node) throws Exception {
        fx(() -> {
            Bounds b = screenBounds(node);
            robot.mouseMove(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            return null;
        });
        Thread.sleep(50);
    }

    // ---- report ------------------------------------------------------------------------------

    private void report() {
        System.out.printf(Locale.ROOT, "%n%-30s %5s %9s %9s %9s%n", "action (ms to the frame)", "n", "median", "p95", "max");
        for (var e : latencies.entrySet()) {
            List<Long> ms = e.getValue().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-30s %5d %9.1f %9.1f %9.1f%n", e.getKey(), ms.size(),
                    pct(ms, 50) / 1e6, pct(ms, 95) / 1e6, ms.get(ms.size() - 1) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%n%-12s %7s %9s %8s %8s %9s %12s %12s %28s%n", "frames", "drawn", "median",
                ">16.7ms", ">50ms", "longest", "pulse gaps>50", "longest gap", "cpu ms: fx / render / library");
        for (var e : frames.entrySet()) {
            List<Long> work = new ArrayList<>(e.getValue().work);
            List<Long> gaps = new ArrayList<>(e.getValue().gaps);
            Collections.sort(work);
            Collections.sort(gaps);
            if (work.isEmpty()) {
                continue;
            }
            long[] cpu = e.getValue().cpu;
            System.out.printf(Locale.ROOT, "%-12s %7d %8.1fms %8d %8d %7.1fms %12d %10.1fms %12d / %5d / %5d%n", e.getKey(),
                    work.size(), pct(work, 50) / 1e6, work.stream().filter(w -> w > 16_700_000).count(),
                    work.stream().filter(w -> w > 50_000_000).count(), work.get(work.size() - 1) / 1e6,
                    gaps.stream().filter(g -> g > 50_000_000).count(), gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1) / 1e6,
                    cpu[0] / 1_000_000, cpu[1] / 1_000_000, cpu[2] / 1_000_000);
        }
    }

}
